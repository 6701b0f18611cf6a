enum ReaderView {
    static func draw(_ state: AppState, on s: inout CellGrid) -> Point? {
        let rect = state.readerRect
        guard let article = state.currentArticle else { return nil }
        let marks = state.readerMarks
        let lines = ReaderContent.lines(article: article, allMarks: marks.all, focus: marks.focus, width: state.readerWidth)
        let inner = rect.inner
        let position = lines.isEmpty ? "" : " \(min(lines.count, state.readerTop + inner.height))/\(lines.count) "
        s.panel(rect, title: article.title, focused: true)
        s.put(position, at: Point(x: rect.maxX - 1 - TextWidth.of(position), y: rect.maxY - 1), role: .dim)
        var cursor: Point?
        for (row, line) in lines.dropFirst(state.readerTop).prefix(inner.height).enumerated() {
            let y = inner.y + row
            s.draw(line, at: Point(x: inner.x + 1, y: y), maxWidth: inner.width - 2)
            if cursor == nil, line.contains(where: { $0.role == .highlightFocus }) { cursor = Point(x: inner.x + 1, y: y) }
        }
        return cursor ?? Point(x: inner.x + 1, y: inner.y)
    }
}
