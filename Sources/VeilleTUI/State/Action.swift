/// What can happen to the dashboard, independent of which key or click caused it.
public enum Action: Sendable, Hashable {
    case move(Int)
    case page(Int)
    case first
    case last
    case nextPane
    case previousPane
    case open
    case back
    case toggleHelp
    case startSearch
    case searchNext(forward: Bool)
    case openPicker
    /// The directory of people.
    case openPeople
    case clearFilter
    case applyFilter(query: String)
    case nextTheme
    /// The article list's next order (see `ArticleSort`).
    case cycleSort
    case type(Character)
    case deleteBackward
    case click(Point)
    case wheel(Point, Int)
    case resize(Size)
    /// Repaint the whole screen: the state does not change.
    case redraw
    case quit
    /// The background load delivered rows, progress or failures.
    case corpus(CorpusUpdate)

    /// Actions by kind, without their values, so that a test can ask whether each is reachable.
    public enum Kind: Sendable, CaseIterable, Hashable {
        case move, page, first, last, nextPane, previousPane, open, back, toggleHelp, startSearch, searchNext
        case openPicker, openPeople, clearFilter, applyFilter, nextTheme, cycleSort, type, deleteBackward, click, wheel, resize, redraw, quit
        case corpus

        /// Where an action of this kind comes from when no key makes it.
        public enum Source: Sendable { case keys, pointer, terminal, commandLine, loader }

        public var source: Source {
            switch self {
            case .click, .wheel: .pointer
            case .resize: .terminal
            case .applyFilter: .commandLine
            case .corpus: .loader
            default: .keys
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .move: .move
        case .page: .page
        case .first: .first
        case .last: .last
        case .nextPane: .nextPane
        case .previousPane: .previousPane
        case .open: .open
        case .back: .back
        case .toggleHelp: .toggleHelp
        case .startSearch: .startSearch
        case .searchNext: .searchNext
        case .openPicker: .openPicker
        case .openPeople: .openPeople
        case .clearFilter: .clearFilter
        case .applyFilter: .applyFilter
        case .nextTheme: .nextTheme
        case .cycleSort: .cycleSort
        case .type: .type
        case .deleteBackward: .deleteBackward
        case .click: .click
        case .wheel: .wheel
        case .resize: .resize
        case .redraw: .redraw
        case .quit: .quit
        case .corpus: .corpus
        }
    }
}
