enum PaneView {
    /// Draws one list pane; returns the cursor position when it holds the focus.
    @discardableResult
    static func draw(_ pane: PaneID, _ state: AppState, in rect: Rect, on s: inout CellGrid) -> Point? {
        let focused = pane == state.focus
        let items = pane == .articles ? PaneList(rows: state.rows, width: Layout.itemWidth(rect))
            : PaneList(items: PaneContent.items(pane, state: state, width: Layout.itemWidth(rect)))
        let count = items.count - items.contextCount
        s.panel(rect, title: items.count == 0 ? pane.title : "\(pane.title) \(count)", focused: focused)
        let inner = rect.inner
        guard !inner.isEmpty else { return nil }
        if items.count == 0 {
            s.put(PaneContent.emptyMessage(pane, state: state), at: Point(x: inner.x + 2, y: inner.y), role: .dim, maxWidth: inner.width - 2)
            return focused ? Point(x: inner.x, y: inner.y) : nil
        }
        let heights = items.heights
        let selected = min(state.selected(pane), items.count - 1)
        let top = Viewport.top(heights: heights, selected: selected, currentTop: state.top[pane] ?? 0, visibleRows: inner.height)
        var cursor: Point?
        for (index, start) in Viewport.visible(heights: heights, top: top, visibleRows: inner.height) {
            let isSelected = index == selected
            let highlight: Role? = isSelected && focused ? .selection : nil
            for (offset, line) in items.item(index).lines.enumerated() where start + offset < inner.height {
                let y = inner.y + start + offset
                if let highlight {
                    // Behind the text and one cell past it, not to the border: a move then
                    // rewrites the two items' words, not rows of coloured blanks.
                    let width = min(inner.width, 2 + line.reduce(0) { $0 + TextWidth.of($1.text) } + 1)
                    s.fill(Rect(x: inner.x, y: y, width: width, height: 1), role: highlight)
                }
                let marker = offset > 0 ? "  " : isSelected ? "▶ " : pane == .measures ? "• " : "  "
                // Blank markers in the text role: a colour switch for two spaces costs
                // more bytes than the spaces (every move redraws the row it leaves).
                let markerRole: Role = highlight ?? (marker == "  " ? .text : isSelected ? .borderFocused : .dim)
                s.put(marker, at: Point(x: inner.x, y: y), role: markerRole, maxWidth: 2)
                s.draw(line, at: Point(x: inner.x + 2, y: y), maxWidth: inner.width - 2, override: highlight)
            }
            if isSelected && focused { cursor = Point(x: inner.x, y: inner.y + start) }
        }
        if top > 0 { s.put("↑", at: Point(x: rect.maxX - 2, y: rect.y), role: .dim, maxWidth: 1) }
        if let last = Viewport.visible(heights: heights, top: top, visibleRows: inner.height).last,
           last.index < items.count - 1 || last.row + heights[last.index] > inner.height {
            s.put("↓", at: Point(x: rect.maxX - 2, y: rect.maxY - 1), role: .dim, maxWidth: 1)
        }
        return cursor
    }
}
