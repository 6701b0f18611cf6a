import VeilleCore

enum HeaderView {
    static func draw<S: Surface>(_ state: AppState, in rect: Rect, on s: inout S) {
        s.fill(rect, role: .header)
        let what = state.articles.count == 1 ? state.articles[0].title
            : state.articles.isEmpty ? "no article" : "\(state.articles.count) articles"
        let filter = "filter: " + (state.filter?.label ?? "none")
        let counts = countsText(state)
        let right = "\(filter)   \(counts) "
        let rightWidth = TextWidth.of(right)
        let leftWidth = max(0, rect.width - rightWidth - 2)
        s.put(TerminalText.truncate(" veille · \(what)", to: leftWidth), at: Point(x: rect.x, y: rect.y), role: .header, maxWidth: leftWidth)
        if rightWidth < rect.width {
            s.put(right, at: Point(x: rect.maxX - rightWidth, y: rect.y), role: .header, maxWidth: rightWidth)
        } else {
            s.put(TerminalText.truncate(counts, to: rect.width), at: Point(x: rect.x, y: rect.y), role: .header)
        }
    }

    static func countsText(_ state: AppState) -> String {
        guard let a = state.currentArticle else { return "" }
        func n(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return [n(a.delegations.count, "delegation"), n(a.regions.filter { state.filter?.contains(regionID: $0.id) ?? true }.count, "region"), n(a.measures.count, "measure")]
            .joined(separator: " · ")
    }
}
