/// Every key veille answers to, in one table: what it does, in which modes,
/// how the `?` help names it and what the status line shows. Dispatch, the
/// help overlay, the status line and the README's key list all read this
/// table, so a key is added, moved or renamed here and nowhere else.
///
/// In the typing modes (search, region picker) a letter is text: a binding's
/// letters apply there only when the binding has a condition that holds
/// ("R" clears the filter in the picker before anything is typed).
public struct KeyBinding: Sendable {
    public enum Section: String, Sendable, CaseIterable {
        case move = "Move", read = "Read", find = "Find", screen = "Screen"
    }

    /// What a key must be to trigger the binding.
    public enum Pattern: Sendable, Hashable {
        case key(Key)
        /// Any printable character, in the typing modes.
        case letter
        /// Any key at all (the help overlay closes on any key).
        case anyKey
    }

    /// What the binding does: an action, or the typed character as text.
    public enum Command: Sendable, Hashable {
        case action(Action)
        case typeLetter
    }

    public enum Condition: Sendable, Hashable {
        /// Nothing typed in the picker yet (always true outside it).
        case nothingTyped
        /// A region filter is on.
        case filterActive

        func holds(in state: AppState) -> Bool {
            switch self {
            case .nothingTyped: (state.picker?.query ?? "").isEmpty
            case .filterActive: state.filter != nil
            }
        }
    }

    /// What the status line shows for the binding in some modes.
    public struct StatusLabel: Sendable {
        let keys: String
        let text: String
        let modes: Set<Mode>
        var when: Condition?
    }

    public let patterns: [Pattern]
    public let modes: Set<Mode>
    public let command: Command
    public let section: Section
    /// Bindings of one section with the same help text share a line of the help.
    public let help: String
    var when: Condition?
    var status: [StatusLabel] = []

    static let typingModes: Set<Mode> = [.search, .picker, .people]

    /// The patterns that apply in `mode`: letters only under a condition while typing.
    func patterns(in mode: Mode) -> [Pattern] {
        guard modes.contains(mode) else { return [] }
        guard Self.typingModes.contains(mode), when == nil else { return patterns }
        return patterns.filter { if case .key(.character) = $0 { false } else { true } }
    }
}

extension KeyBinding {
    private static let everyMode = Set([Mode.browse, .reader, .help, .picker, .search, .people])
    private static let lists: Set<Mode> = [.browse, .reader, .search, .picker, .people]

    private static func bind(_ keys: [Key], _ modes: Set<Mode>, _ action: Action, _ section: Section, _ help: String,
                             when: Condition? = nil, status: [StatusLabel] = []) -> KeyBinding {
        KeyBinding(patterns: keys.map(Pattern.key), modes: modes, command: .action(action), section: section, help: help,
                   when: when, status: status)
    }

    private static func label(_ keys: String, _ text: String, _ modes: Set<Mode>, when: Condition? = nil) -> StatusLabel {
        StatusLabel(keys: keys, text: text, modes: modes, when: when)
    }

    /// The table. Its order is the status line's order and, within a section, the help's.
    public static let all: [KeyBinding] = [
        KeyBinding(patterns: [.letter], modes: typingModes, command: .typeLetter, section: .find,
                   help: "type text; Backspace erases",
                   status: [label("type", "search", [.search]), label("type", "match", [.picker, .people])]),
        bind([.backspace], typingModes, .deleteBackward, .find, "type text; Backspace erases"),
        bind([.left, .character("h"), .backTab], [.browse], .previousPane, .move, "previous / next pane"),
        bind([.right, .character("l"), .tab], [.browse], .nextPane, .move, "previous / next pane",
             status: [label("Tab", "pane", [.browse])]),
        bind([.up, .character("k")], lists, .move(-1), .move, "previous / next item; scroll the reader",
             status: [label("↑↓", "move", [.browse, .picker, .people]), label("↑↓", "scroll", [.reader])]),
        bind([.down, .character("j")], lists, .move(1), .move, "previous / next item; scroll the reader"),
        bind([.pageUp], lists, .page(-1), .move, "half a pane up / down; a reader page",
             status: [label("PgUp/PgDn", "page", [.reader])]),
        bind([.pageDown, .character(" ")], lists, .page(1), .move, "half a pane up / down; a reader page"),
        bind([.home, .character("g")], lists, .first, .move, "first / last item; reader top / end",
             status: [label("g/G", "top/end", [.reader])]),
        bind([.end, .character("G")], lists, .last, .move, "first / last item; reader top / end"),
        bind([.enter], [.browse, .search, .picker, .people], .open, .read, "read; keep the search; apply the region or person",
             status: [label("Enter", "read", [.browse]), label("Enter", "keep", [.search]), label("Enter", "apply", [.picker, .people])]),
        bind([.character("r")], [.browse], .openPicker, .find, "filter every pane by region / clear it",
             status: [label("r", "region", [.browse])]),
        bind([.character("R")], [.browse, .picker], .clearFilter, .find, "filter every pane by region / clear it",
             when: .nothingTyped, status: [label("R", "clear", [.browse], when: .filterActive), label("R", "clear", [.picker])]),
        bind([.escape], [.browse, .reader, .search, .picker, .people], .back, .read,
             "back, cancel; clear the search, the person, the region",
             status: [label("Esc", "back", [.reader]), label("Esc", "cancel", [.search, .picker, .people])]),
        bind([.character("q"), .enter], [.reader], .back, .read, "back, cancel; clear the search, the person, the region",
             status: [label("q", "back", [.reader])]),
        bind([.character("p")], [.browse], .openPeople, .find, "people across the articles; Enter keeps one's"),
        bind([.character("/")], [.browse], .startSearch, .find, "search as you type; Enter on articles: the whole corpus",
             status: [label("/", "search", [.browse])]),
        bind([.character("n")], [.browse], .searchNext(forward: true), .find, "next / previous match"),
        bind([.character("N")], [.browse], .searchNext(forward: false), .find, "next / previous match"),
        bind([.character("s")], [.browse], .cycleSort, .read, "sort the articles: date, outlet, title, delegations"),
        bind([.character("t")], [.browse], .nextTheme, .screen, "next theme; redraw the screen", status: [label("t", "theme", [.browse])]),
        bind([.control("L")], everyMode, .redraw, .screen, "next theme; redraw the screen"),
        bind([.character("?")], [.browse, .reader], .toggleHelp, .screen, "this help; any key closes it",
             status: [label("?", "help", [.browse])]),
        KeyBinding(patterns: [.anyKey], modes: [.help], command: .action(.back), section: .screen,
                   help: "this help; any key closes it", status: [label("any key", "close help", [.help])]),
        bind([.character("q")], [.browse], .quit, .screen, "quit", status: [label("q", "quit", [.browse])]),
        bind([.control("C")], everyMode, .quit, .screen, "quit"),
    ]

    /// The pointer is no key, but the help says what it does.
    static let pointerHelp = ("mouse", "click to select, wheel to move")
}

/// Which action a key means in the current state, looked up in `KeyBinding.all`.
public enum KeyDispatch {
    public static func action(for key: Key, in state: AppState) -> Action? {
        switch key {
        case .resize(let size): return .resize(size)
        case .click(let p): return .click(p)
        case .wheel(let p, let d): return .wheel(p, d)
        default: break
        }
        let mode = state.mode
        let live = KeyBinding.all.filter { $0.when?.holds(in: state) ?? true }
        // The exact key first, then a letter typed, then "any key".
        if let b = live.first(where: { $0.patterns(in: mode).contains(.key(key)) }) { return command(b.command, key) }
        if case .character = key, let b = live.first(where: { $0.patterns(in: mode).contains(.letter) }) { return command(b.command, key) }
        if let b = live.first(where: { $0.patterns(in: mode).contains(.anyKey) }) { return command(b.command, key) }
        return nil
    }

    private static func command(_ command: KeyBinding.Command, _ key: Key) -> Action? {
        switch command {
        case .action(let action): return action
        case .typeLetter: if case .character(let c) = key { return .type(c) } else { return nil }
        }
    }
}
