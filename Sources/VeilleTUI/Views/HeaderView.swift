import VeilleCore

enum HeaderView {
    static func draw(_ state: AppState, in rect: Rect, on s: inout CellGrid) {
        s.fill(rect, role: .header)
        let listed = state.all.count == 1 ? ([state.all[0].byline].compactMap { $0 } + [state.all[0].title]).joined(separator: " · ")
            : state.all.isEmpty ? "no article"
            : state.rows.count == state.all.count ? "\(state.all.count) articles" : "\(state.rows.count) of \(state.all.count) articles"
        let what = [listed, state.loading?.text ?? state.watchNotice].compactMap { $0 }.joined(separator: " · ")
        let compact = rect.width < Layout.wideWidth
        let searched = (state.corpusSearch.map { "search: \($0.query)   " } ?? "") + (state.person.map { "person: \($0.label)   " } ?? "")
        let filter = searched + (state.filter.map { "filter: \($0.label)   " } ?? (compact || !searched.isEmpty ? "" : "filter: none   "))
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

    /// What the header counts: the open article, or with several articles those listed, from their rows
    /// (each article's own counts are in the article list and the pane titles).
    static func countsText(_ state: AppState, compact: Bool = false) -> String {
        func n(_ count: Int, _ word: String, _ short: String) -> String {
            compact ? "\(count) \(short)" : "\(count) \(word)\(count == 1 ? "" : "s")"
        }
        let delegations, regions, measures: Int
        if state.hasList {
            delegations = state.rows.reduce(0) { $0 + $1.delegations }
            measures = state.rows.reduce(0) { $0 + $1.measures }
            // Distinct places over the listed articles: the store knows them without opening any article.
            regions = state.filter.map { f in state.store.regions.filter { f.contains(regionID: $0.region.id) }.count } ?? state.store.regions.count
        } else if let a = state.currentArticle {
            delegations = a.delegations.count
            measures = a.measures.count
            regions = Set(a.regions.map(\.id).filter { state.filter?.contains(regionID: $0) ?? true }).count
        } else {
            return ""
        }
        let total = state.hasList ? "in all: " : ""
        return total + [n(delegations, "delegation", "deleg"), n(regions, "region", "reg"), n(measures, "measure", "meas")]
            .joined(separator: " · ")
    }
}
