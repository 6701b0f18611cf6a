enum EvidenceView {
    static func draw(_ state: AppState, in rect: Rect, on s: inout CellGrid) {
        s.panel(rect, title: "Evidence", focused: false)
        let inner = rect.inner
        guard !inner.isEmpty, let article = state.currentArticle, let item = state.selectedItem else { return }
        var lines = EvidenceContent.lines(article: article, item: item, width: inner.width - 2)
        if lines.count > inner.height {
            lines = Array(lines.prefix(inner.height))
            lines[lines.count - 1].append(Run(" …", .dim))
        }
        for (i, line) in lines.enumerated() {
            s.draw(line, at: Point(x: inner.x + 1, y: inner.y + i), maxWidth: inner.width - 2)
        }
    }
}
