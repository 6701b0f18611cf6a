/// The `?` overlay, drawn from `KeyBinding.all`.
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

    static func draw(_ state: AppState, on s: inout CellGrid) {
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
