import VeilleCore

public enum PaneID: String, Sendable, CaseIterable, Hashable {
    case articles, delegations, regions, measures

    var title: String {
        switch self {
        case .articles: "Articles"
        case .delegations: "Delegations"
        case .regions: "Regions"
        case .measures: "Planned measures"
        }
    }
}

public enum Mode: Sendable, Hashable {
    case browse
    case reader
    case help
    case picker
    case search
    /// The directory of people across the articles.
    case people
}

struct SearchState: Sendable, Hashable {
    var query: String = ""
    /// Where the selection was when `/` was pressed, for Esc.
    var origin: Int
}

struct PickerState: Sendable, Hashable {
    var query: String = ""
    var selected: Int = 0

    /// Typing and moving in a list of `count` rows, as both pickers (regions, people) do; false for any
    /// other action, which the picker's own reducer handles.
    mutating func edit(_ action: Action, count: Int) -> Bool {
        let last = max(0, count - 1)
        switch action {
        case .type(let c):
            query.append(c)
            selected = 0
        case .deleteBackward:
            if !query.isEmpty { query.removeLast() }
            selected = 0
        case .move(let d): selected = min(max(0, selected + d), last)
        case .page(let d): selected = min(max(0, selected + d * 5), last)
        case .first: selected = 0
        case .last: selected = last
        default: return false
        }
        return true
    }
}

/// Everything the screen shows is a function of this value and the terminal size. It holds the list's
/// rows and the settings; whole articles stay in the store, which is asked for the one that is open.
public struct AppState: Sendable {
    /// Where whole articles, region memberships and searches come from.
    public internal(set) var store: any ArticleStore
    /// Every article, in the list's order.
    public internal(set) var all: [ArticleSummary]
    /// The rows the article list shows: every article, or with a region filter those naming the region.
    public internal(set) var rows: [ArticleSummary]
    /// The places the filter and the region tree look up: the one the articles were parsed with.
    public let gazetteer: Gazetteer
    var failures: [String]
    var filter: ArticleRegionFilter?
    public internal(set) var focus: PaneID
    var selection: [PaneID: Int] = [:]
    /// First visible item of each pane; items can span several rows, so scrolling is by item.
    var top: [PaneID: Int] = [:]
    public internal(set) var mode: Mode = .browse
    var readerTop = 0
    var search: SearchState?
    var lastQuery: String?
    /// A search of the whole corpus (Enter on a search in the article list): its words and the articles found.
    public internal(set) var corpusSearch: (query: String, found: Set<Int64>)?
    var picker: PickerState?
    /// The People overlay's typed text and selection (the same shape as the region picker's).
    var peoplePicker: PickerState?
    /// One person chosen in People: the list keeps the articles about them, the delegations pane theirs.
    public internal(set) var person: PersonEntry?
    public internal(set) var sort = ArticleSort.date
    public internal(set) var themeNames: [String]
    public internal(set) var themeIndex = 0
    public internal(set) var message: String?
    public internal(set) var size: Size
    public var ascii: Bool
    public internal(set) var wantsQuit = false
    /// While the background load runs: how far it has gone.
    public internal(set) var loading: LoadProgress?
    /// A region asked for on the command line before the articles that name it have arrived.
    public internal(set) var pendingRegion: String?
    /// While the folders are watched: the header's notice of what the last change brought.
    public internal(set) var watchNotice: String?

    /// Articles parsed in this process.
    public init(
        articles: [Article], gazetteer: Gazetteer, failures: [String] = [], size: Size, themeNames: [String] = ["default"],
        themeIndex: Int = 0, ascii: Bool = false
    ) {
        let store = MemoryArticleStore(articles)
        self.init(store: store, summaries: store.summaries, gazetteer: gazetteer, failures: failures, size: size,
                  themeNames: themeNames, themeIndex: themeIndex, ascii: ascii)
    }

    public init(
        store: any ArticleStore, summaries: [ArticleSummary], gazetteer: Gazetteer, failures: [String] = [], size: Size,
        themeNames: [String] = ["default"], themeIndex: Int = 0, ascii: Bool = false
    ) {
        self.store = store
        all = ArticleSort.date.sorted(summaries)
        rows = all
        self.gazetteer = gazetteer
        self.failures = failures
        self.size = size
        self.themeNames = themeNames.isEmpty ? ["default"] : themeNames
        self.themeIndex = min(max(0, themeIndex), self.themeNames.count - 1)
        self.ascii = ascii
        self.focus = summaries.count > 1 ? .articles : .delegations
        if let first = failures.first {
            message = failures.count == 1 ? first : "\(first) (and \(failures.count - 1) more)"
        }
    }

    public var themeName: String { themeNames[themeIndex] }

    /// More than one article: the list is shown and the region filter narrows it.
    var hasList: Bool { all.count > 1 }

    /// Panes in Tab order; the article list only when there is a choice to make.
    var panes: [PaneID] {
        hasList ? PaneID.allCases : [.delegations, .regions, .measures]
    }

    func selected(_ pane: PaneID) -> Int { selection[pane] ?? 0 }

    /// The row of the open article.
    var currentRow: ArticleSummary? {
        rows.isEmpty ? nil : rows[min(selected(.articles), rows.count - 1)]
    }

    /// The article whose items the panes show, with the region filter applied.
    var currentArticle: Article? {
        guard let row = currentRow, var article = store.article(row.id) else { return nil }
        // A stored article is the content's; the row names the file it was found in.
        if article.source.isEmpty { article.source = row.source }
        if let person { article.delegations = article.delegations.filter { $0.people.contains(where: person.names) } }
        return filter.map { $0.apply(to: article) } ?? article
    }

    /// Every region of the open articles, merged by id, for the picker and the filter.
    var allRegions: [Region] { store.regions.map(\.region) }
}
