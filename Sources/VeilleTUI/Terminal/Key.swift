/// A keystroke or mouse event, decoded from the terminal but independent of ncurses.
/// What a key does is in `KeyBinding.all`, not here.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// A control chord, by its letter: `.control("L")` is Ctrl-L.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case click(Point)
    case wheel(Point, Int)
    case resize(Size)

    /// How the help, the status line and the README write the key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .click: "click"
        case .wheel: "wheel"
        case .resize: "resize"
        }
    }
}
