extension CellGrid {
    /// Draws runs left to right; `override` replaces every run's role (the selected row).
    @discardableResult
    mutating func draw(_ line: Line, at point: Point, maxWidth: Int, override: Role? = nil) -> Int {
        var x = point.x
        for run in line where x < point.x + maxWidth {
            x += put(run.text, at: Point(x: x, y: point.y), role: override ?? run.role, maxWidth: point.x + maxWidth - x)
        }
        return x - point.x
    }

    /// A bordered box with its title set into the top edge.
    mutating func panel(_ rect: Rect, title: String, focused: Bool) {
        box(rect, role: focused ? .borderFocused : .border)
        fill(rect.inner, role: .text)
        guard rect.width > 4 else { return }
        // An ellipsis rather than a title cut against the corner.
        let shown = TerminalText.truncate(title, to: max(1, rect.width - 6))
        put(" \(shown) ", at: Point(x: rect.x + 1, y: rect.y), role: focused ? .borderFocused : .title, maxWidth: rect.width - 2)
    }
}
