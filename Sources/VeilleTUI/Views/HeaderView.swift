import VeilleCore

enum HeaderView {
    static func draw(_ state: AppState, in rect: Rect, on s: inout CellGrid) {
        s.fill(rect, role: .header)
        let what = state.articles.count == 1 ? ([PaneContent.byline(state.articles[0])].compactMap { $0 } + [state.articles[0].title]).joined(separator: " · ")
            : state.articles.isEmpty ? "no article" : "\(state.articles.count) articles"
        let compact = rect.width < Layout.wideWidth
        let filter = state.filter.map { "filter: \($0.label)   " } ?? (compact ? "" : "filter: none   ")
        let counts = countsText(state, compact: compact)
        let right = "\(filter)\(counts) "
        let rightWidth = TextWidth.of(right)
        let leftWidth = max(0, rect.width - rightWidth - 2)
        s.put(TerminalText.truncate(" veille · \(what)", to: leftWidth), at: Point(x: rect.x, y: rect.y), role: .header, maxWidth: leftWidth)
        if rightWidth < rect.width {
            s.put(right, at: Point(x: rect.maxX - rightWidth, y: rect.y), role: .header, maxWidth: rightWidth)
        } else {
            s.put(TerminalText.truncate(counts, to: rect.width), at: Point(x: rect.x, y: rect.y), role: .header)
        }
    }

    /// What the header counts: the open article, or with several articles all of them
    /// (each article's own counts are in the article list and the pane titles).
    static func countsText(_ state: AppState, compact: Bool = false) -> String {
        func n(_ count: Int, _ word: String, _ short: String) -> String {
            compact ? "\(count) \(short)" : "\(count) \(word)\(count == 1 ? "" : "s")"
        }
        let shown: [Article]
        if state.articles.count > 1 {
            shown = state.articles.map { a in state.filter.map { $0.apply(to: a) } ?? a }
        } else if let a = state.currentArticle {
            shown = [a]
        } else {
            return ""
        }
        let regions = Set(shown.flatMap(\.regions).map(\.id).filter { state.filter?.contains(regionID: $0) ?? true }).count
        let delegations = shown.reduce(0) { $0 + $1.delegations.count }
        let measures = shown.reduce(0) { $0 + $1.measures.count }
        let total = state.articles.count > 1 ? "in all: " : ""
        return total + [n(delegations, "delegation", "deleg"), n(regions, "region", "reg"), n(measures, "measure", "meas")]
            .joined(separator: " · ")
    }
}
