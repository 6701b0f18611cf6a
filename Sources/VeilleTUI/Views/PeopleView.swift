import VeilleCore

/// The People overlay: everyone the delegations name, one entry a person across the articles, with the
/// typed text narrowing the list; below it, what is known of the selected person.
enum PeopleView {
    /// Lines kept under the list for the selected person.
    static let detailLines = 6

    static func draw(_ state: AppState, on s: inout CellGrid) -> Point? {
        guard let picker = state.peoplePicker else { return nil }
        let rows = state.peopleRows(query: picker.query)
        let rect = Overlay.rect(width: 96, height: max(14, min(rows.count + 4 + detailLines, state.size.height - 2)), in: state.size)
        s.panel(rect, title: "People · \(state.store.people.count)", focused: true)
        let inner = rect.inner
        let typed = s.put("› " + picker.query, at: Point(x: inner.x + 1, y: inner.y), role: .key, maxWidth: inner.width - 2)
        let cursor = Point(x: inner.x + 1 + typed, y: inner.y)
        let listRows = inner.height - 2 - detailLines
        guard listRows > 0 else { return cursor }
        guard !rows.isEmpty else {
            let none = state.store.people.isEmpty ? "No delegation names anyone" : "Nobody matches"
            s.put(none, at: Point(x: inner.x + 3, y: inner.y + 2), role: .dim, maxWidth: inner.width - 4)
            return cursor
        }
        let top = Viewport.top(heights: rows.map { _ in 1 }, selected: picker.selected, currentTop: 0, visibleRows: listRows)
        for (i, entry) in rows.enumerated().dropFirst(top).prefix(listRows) {
            drawRow(entry, selected: i == picker.selected, y: inner.y + 2 + i - top, inner: inner, on: &s)
        }
        drawDetail(rows[min(picker.selected, rows.count - 1)], in: Rect(x: inner.x, y: inner.maxY - detailLines, width: inner.width, height: detailLines), on: &s)
        return cursor
    }

    private static func drawRow(_ entry: PersonEntry, selected: Bool, y: Int, inner: Rect, on s: inout CellGrid) {
        let role: Role = selected ? .selection : .text
        if selected { s.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection) }
        let right = (entry.countries.first ?? "").leftPadded(to: 3) + " " + "\(entry.articles.count)".leftPadded(to: 5) + " art"
        let nameWidth = inner.width - 4 - TextWidth.of(right) - 1
        let current = entry.latestRole.map { " · " + $0 } ?? ""
        s.put(selected ? "▶ " : "  ", at: Point(x: inner.x + 1, y: y), role: role, maxWidth: 2)
        s.put(TerminalText.fit(entry.name + current, to: nameWidth), at: Point(x: inner.x + 3, y: y), role: role, maxWidth: nameWidth)
        s.put(right, at: Point(x: inner.maxX - 1 - TextWidth.of(right), y: y), role: selected ? .selection : .dim)
    }

    /// The spellings, the roles in the order they were held, the countries and when the person was seen.
    private static func drawDetail(_ entry: PersonEntry, in rect: Rect, on s: inout CellGrid) {
        var lines: [Line] = [[Run(String(repeating: "─", count: rect.width), .border)]]
        let seen = [entry.firstSeen, entry.lastSeen].compactMap { $0.map { String($0.prefix(10)) } }
        let facts = ["\(entry.articles.count) article\(entry.articles.count == 1 ? "" : "s")",
                     "\(entry.delegations) delegation\(entry.delegations == 1 ? "" : "s")"]
            + (entry.countries.isEmpty ? [] : [entry.countries.joined(separator: ", ")])
            + (seen.isEmpty ? [] : ["seen " + (seen.first == seen.last ? seen[0] : seen.joined(separator: " → "))])
        lines += Wrap.lines([Run(entry.name, .header), Run(" · " + facts.joined(separator: " · "), .dim)], width: rect.width - 2, indent: 2)
        if entry.spellings.count > 1 {
            lines += Wrap.lines([Run("spelled ", .dim), Run(entry.spellings.joined(separator: ", "))], width: rect.width - 2, indent: 2)
        }
        let roles = entry.roles.map { r in r.role + (r.first.map { " (\($0.prefix(10)))" } ?? "") }
        if !roles.isEmpty {
            lines += Wrap.lines([Run("roles ", .dim), Run(roles.joined(separator: " → "), .role)], width: rect.width - 2, indent: 2)
        }
        for (i, line) in lines.prefix(rect.height).enumerated() {
            s.draw(line, at: Point(x: rect.x + (i == 0 ? 0 : 1), y: rect.y + i), maxWidth: rect.width - (i == 0 ? 0 : 2))
        }
    }
}
