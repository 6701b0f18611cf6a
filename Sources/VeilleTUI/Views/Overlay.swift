enum Overlay {
    /// A centred box, no larger than the screen allows.
    static func rect(width: Int, height: Int, in size: Size) -> Rect {
        let w = min(width, size.width - 2)
        let h = min(height, size.height - 2)
        return Rect(x: (size.width - w) / 2, y: max(1, (size.height - h) / 2), width: w, height: h)
    }
}

enum PickerView {
    static func draw(_ state: AppState, on s: inout CellGrid) -> Point? {
        guard let picker = state.picker else { return nil }
        let rows = state.pickerRows(query: picker.query)
        let all = state.allRegions
        let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let parents = RegionTree.parents(all, gazetteer: state.gazetteer)
        // Over several articles, how many name the place; in one, how often it is named.
        let articles = Dictionary(state.store.regions.map { ($0.region.id, $0.articles) }, uniquingKeysWith: { a, _ in a })
        let rect = Overlay.rect(width: 56, height: max(8, min(rows.count + 5, state.size.height - 4)), in: state.size)
        s.panel(rect, title: "Filter by region", focused: true)
        let inner = rect.inner
        let prompt = "› "
        let typed = s.put(prompt + picker.query, at: Point(x: inner.x + 1, y: inner.y), role: .key, maxWidth: inner.width - 2)
        let cursor = Point(x: inner.x + 1 + typed, y: inner.y)
        let listRows = inner.height - 2
        guard listRows > 0 else { return cursor }
        if rows.isEmpty {
            s.put("No region matches", at: Point(x: inner.x + 3, y: inner.y + 2), role: .dim, maxWidth: inner.width - 4)
            return cursor
        }
        let top = Viewport.top(heights: rows.map { _ in 1 }, selected: picker.selected, currentTop: 0, visibleRows: listRows)
        for (i, row) in rows.enumerated().dropFirst(top).prefix(listRows) {
            let y = inner.y + 2 + i - top
            let selected = i == picker.selected
            let count = "\(state.hasList ? articles[row.region.id] ?? 0 : row.region.mentions.count)"
            // Nested rows drop the code their parent row already shows; a flat (typed) list keeps it.
            let parent = row.depth > 0 ? parents[row.region.id].flatMap { byID[$0] } : nil
            let code = PaneContent.shownCode(row.region, parent: parent) ?? row.region.country ?? ""
            let right = code.leftPadded(to: 7) + " " + count.leftPadded(to: 3)
            let nameWidth = inner.width - 4 - TextWidth.of(right) - 1
            let role: Role = selected ? .selection : .text
            if selected { s.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection) }
            s.put(selected ? "▶ " : "  ", at: Point(x: inner.x + 1, y: y), role: role, maxWidth: 2)
            s.put(TerminalText.fit(row.prefix + row.region.name, to: nameWidth), at: Point(x: inner.x + 3, y: y), role: role, maxWidth: nameWidth)
            s.put(right, at: Point(x: inner.maxX - 1 - TextWidth.of(right), y: y), role: selected ? .selection : .dim)
        }
        return cursor
    }
}
