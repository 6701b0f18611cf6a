enum StatusView {
    static func keys(for state: AppState) -> [(String, String)] {
        switch state.mode {
        case .browse:
            var keys = [("Tab", "pane"), ("↑↓", "move"), ("Enter", "read"), ("r", "region")]
            if state.filter != nil { keys.append(("R", "clear")) }
            keys += [("/", "search"), ("t", "theme"), ("?", "help"), ("q", "quit")]
            return keys
        case .reader: return [("↑↓", "scroll"), ("PgUp/PgDn", "page"), ("g/G", "top/end"), ("Esc", "back"), ("q", "back")]
        case .help: return [("any key", "close help")]
        case .picker: return [("type", "match"), ("↑↓", "move"), ("Enter", "apply"), ("R", "clear"), ("Esc", "cancel")]
        case .search: return [("type", "search"), ("Enter", "keep"), ("Esc", "cancel"), ("n/N", "next/previous")]
        }
    }

    /// Returns where the cursor belongs while typing a search, if anywhere.
    @discardableResult
    static func draw<S: Surface>(_ state: AppState, in rect: Rect, on s: inout S) -> Point? {
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

    private static func drawKeys<S: Surface>(_ state: AppState, from start: Int, in rect: Rect, on s: inout S) {
        var x = start
        for (key, what) in keys(for: state) {
            let needed = TextWidth.of(key) + 1 + TextWidth.of(what)
            guard x + needed < rect.maxX else { break }
            x += s.put(key, at: Point(x: x, y: rect.y), role: .key)
            x += s.put(" " + what + "  ", at: Point(x: x, y: rect.y), role: .status, maxWidth: rect.maxX - x)
        }
    }
}
