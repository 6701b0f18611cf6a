enum Overlay {
    /// A centred box, no larger than the screen allows.
    static func rect(width: Int, height: Int, in size: Size) -> Rect {
        let w = min(width, size.width - 2)
        let h = min(height, size.height - 2)
        return Rect(x: (size.width - w) / 2, y: max(1, (size.height - h) / 2), width: w, height: h)
    }
}

enum HelpView {
    /// The help's lines by section, from `KeyBinding.all`: bindings with the same help text share a line, their
    /// keys listed first key first ("↑ ↓  k j").
    static var sections: [(String, [(keys: String, help: String)])] {
        var out = KeyBinding.Section.allCases.map { section -> (String, [(keys: String, help: String)]) in
            var texts: [String] = []
            var groups: [String: [KeyBinding]] = [:]
            for b in KeyBinding.all where b.section == section {
                if groups[b.help] == nil { texts.append(b.help) }
                groups[b.help, default: []].append(b)
            }
            return (section.rawValue, texts.map { (keys: keyColumn(groups[$0]!), help: $0) })
        }
        if let screen = out.indices.last { out[screen].1.append(KeyBinding.pointerHelp) }
        return out
    }

    /// "↑ ↓  k j": the first key of each binding, then the second of each, and so on.
    static func keyColumn(_ bindings: [KeyBinding]) -> String {
        let labels = bindings.map { $0.patterns.map(label) }
        let depth = labels.map(\.count).max() ?? 0
        return (0..<depth).map { k in labels.compactMap { k < $0.count ? $0[k] : nil }.joined(separator: " ") }
            .joined(separator: "  ")
    }

    static func label(_ pattern: KeyBinding.Pattern) -> String {
        switch pattern {
        case .key(let key): key.label
        case .letter: "letters"
        case .anyKey: "any key"
        }
    }

    static func draw<S: Surface>(_ state: AppState, on s: inout S) {
        let sections = Self.sections
        let lineCount = sections.reduce(0) { $0 + $1.1.count + 1 }
        let keyWidth = sections.flatMap(\.1).map { TextWidth.of($0.keys) }.max() ?? 0
        let helpWidth = sections.flatMap(\.1).map { TextWidth.of($0.help) }.max() ?? 0
        // Borders, the indent, the key column, a gap, the help and a margin.
        let rect = Overlay.rect(width: 2 + 3 + keyWidth + 2 + helpWidth + 2, height: lineCount + 3, in: state.size)
        s.panel(rect, title: "Keys", focused: true)
        var y = rect.inner.y
        let textX = rect.inner.x + 3 + keyWidth + 2
        for (title, lines) in sections where y < rect.inner.maxY {
            s.put(title, at: Point(x: rect.inner.x + 1, y: y), role: .header, maxWidth: rect.inner.width - 2)
            y += 1
            for line in lines where y < rect.inner.maxY {
                s.put(line.keys, at: Point(x: rect.inner.x + 3, y: y), role: .key, maxWidth: keyWidth)
                s.put(line.help, at: Point(x: textX, y: y), role: .text, maxWidth: max(0, rect.inner.maxX - textX - 1))
                y += 1
            }
        }
    }
}

enum PickerView {
    static func draw<S: Surface>(_ state: AppState, on s: inout S) -> Point? {
        guard let picker = state.picker else { return nil }
        let rows = state.pickerRows(query: picker.query)
        let all = state.allRegions
        let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let parents = RegionTree.parents(all)
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
            let count = "\(row.region.mentions.count)"
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

extension HelpView {
    /// The help as a Markdown table, for the README (a test keeps the two equal).
    static var markdown: String {
        var rows = ["| Keys | What they do |", "|---|---|"]
        for (title, lines) in sections {
            rows.append("| **\(title)** | |")
            for line in lines {
                let keys = line.keys.replacingOccurrences(of: "|", with: "\\|")
                rows.append("| `\(keys)` | \(line.help) |")
            }
        }
        return rows.joined(separator: "\n")
    }
}
