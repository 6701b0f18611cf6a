/// A keystroke or mouse event, decoded from the terminal but independent of ncurses.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case redraw
    case click(Point)
    case wheel(Point, Int)
    case resize(Size)
}

/// Which action a key means in the current mode. Typing modes (search, region
/// picker) take printable characters as text; elsewhere they are commands.
public enum KeyMap {
    public static func action(for key: Key, in state: AppState) -> Action? {
        switch key {
        case .resize(let size): return .resize(size)
        case .click(let p): return .click(p)
        case .wheel(let p, let d): return .wheel(p, d)
        case .redraw: return nil
        default: break
        }
        if state.mode == .search || state.mode == .picker {
            switch key {
            case .character("R") where state.mode == .picker && picker(state).isEmpty: return .clearFilter
            case .character(let c): return .type(c)
            case .backspace: return .deleteBackward
            case .enter: return .open
            case .escape: return .back
            default: break
            }
        }
        switch key {
        case .up, .character("k"): return .move(-1)
        case .down, .character("j"): return .move(1)
        case .left, .character("h"): return .previousPane
        case .right, .character("l"): return .nextPane
        case .tab: return .nextPane
        case .backTab: return .previousPane
        case .pageUp: return .page(-1)
        case .pageDown, .character(" "): return .page(1)
        case .home, .character("g"): return .first
        case .end, .character("G"): return .last
        case .enter: return .open
        case .escape: return .back
        case .character("q"): return state.mode == .browse ? .quit : .back
        case .character("?"): return .toggleHelp
        case .character("/"): return .startSearch
        case .character("n"): return .searchNext(forward: true)
        case .character("N"): return .searchNext(forward: false)
        case .character("r"): return .openPicker
        case .character("R"): return .clearFilter
        case .character("t"): return .nextTheme
        default: return state.mode == .help ? .back : nil
        }
    }

    private static func picker(_ state: AppState) -> String { state.picker?.query ?? "" }
}
