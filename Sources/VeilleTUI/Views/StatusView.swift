enum StatusView {
    /// The status line's keys for the state's mode, in table order (see `KeyBinding.all`).
    static func keys(for state: AppState) -> [(String, String)] {
        KeyBinding.all.flatMap { binding in
            binding.status.filter { $0.modes.contains(state.mode) && ($0.when?.holds(in: state) ?? true) }
                .map { ($0.keys, $0.text) }
        }
    }

    /// Returns where the cursor belongs while typing a search, if anywhere.
    @discardableResult
    static func draw(_ state: AppState, in rect: Rect, on s: inout CellGrid) -> Point? {
        s.fill(rect, role: .status)
        var x = rect.x + 1
        if let search = state.search, state.mode == .search {
            x += s.put("/" + search.query, at: Point(x: x, y: rect.y), role: .key, maxWidth: rect.width / 2)
            let cursor = Point(x: x, y: rect.y)
            x += 3
            drawKeys(state, from: x, in: rect, on: &s)
            return cursor
        }
        if let message = state.message {
            s.put(message, at: Point(x: x, y: rect.y), role: state.failures.contains(message) ? .error : .status,
                  maxWidth: rect.width - 2)
            return nil
        }
        drawKeys(state, from: x, in: rect, on: &s)
        return nil
    }

    private static func drawKeys(_ state: AppState, from start: Int, in rect: Rect, on s: inout CellGrid) {
        var x = start
        for (key, what) in keys(for: state) {
            let needed = TextWidth.of(key) + 1 + TextWidth.of(what)
            guard x + needed < rect.maxX else { break }
            x += s.put(key, at: Point(x: x, y: rect.y), role: .key)
            x += s.put(" " + what + "  ", at: Point(x: x, y: rect.y), role: .status, maxWidth: rect.maxX - x)
        }
    }
}
