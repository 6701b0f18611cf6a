import VeilleCore

enum HeaderView {
    static func draw<S: Surface>(_ state: AppState, in rect: Rect, on s: inout S) {
        s.fill(rect, role: .header)
        let what = state.articles.count == 1 ? state.articles[0].title
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

    static func countsText(_ state: AppState, compact: Bool = false) -> String {
        guard let a = state.currentArticle else { return "" }
        func n(_ count: Int, _ word: String, _ short: String) -> String {
            compact ? "\(count) \(short)" : "\(count) \(word)\(count == 1 ? "" : "s")"
        }
        let regions = a.regions.filter { state.filter?.contains(regionID: $0.id) ?? true }.count
        return [n(a.delegations.count, "delegation", "deleg"), n(regions, "region", "reg"), n(a.measures.count, "measure", "meas")]
            .joined(separator: " · ")
    }
}
