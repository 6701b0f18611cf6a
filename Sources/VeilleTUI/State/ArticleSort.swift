import VeilleCore

/// The orders of the article list, cycled by `s`: newest first to start with.
public enum ArticleSort: String, Sendable, CaseIterable {
    case date, outlet, title, delegations

    var label: String {
        switch self {
        case .date: "newest first"
        case .outlet: "outlet"
        case .title: "title"
        case .delegations: "most delegations"
        }
    }

    var next: ArticleSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// Stable: articles that tie keep the order they were given in; those without the key come last.
    func sorted(_ rows: [ArticleSummary]) -> [ArticleSummary] {
        // Rows often arrive in order (the index lists them newest first): one pass tells, where sorting
        // 100,000 of them held the keys up for a tenth of a second.
        if rows.indices.dropFirst().allSatisfy({ compare(rows[$0], rows[$0 - 1]) != true }) { return rows }
        return rows.enumerated().sorted { a, b in
            switch compare(a.element, b.element) {
            case .some(let before): before
            case .none: a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Whether `a` comes before `b`, or nil when they tie.
    private func compare(_ a: ArticleSummary, _ b: ArticleSummary) -> Bool? {
        switch self {
        case .date: return ordered(a.published, b.published, descending: true)
        case .outlet: return ordered(a.outlet.map(fold), b.outlet.map(fold), descending: false)
        case .title: return ordered(fold(a.title), fold(b.title), descending: false)
        case .delegations: return a.delegations == b.delegations ? nil : a.delegations > b.delegations
        }
    }

    private func ordered(_ a: String?, _ b: String?, descending: Bool) -> Bool? {
        switch (a, b) {
        case let (x?, y?): x == y ? nil : (descending ? x > y : x < y)
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): nil
        }
    }
}
