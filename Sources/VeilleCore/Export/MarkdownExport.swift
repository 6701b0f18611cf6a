/// Markdown for pasting into a note or a wiki.
enum MarkdownExport {
    static func render(_ articles: [Article], gazetteer: Gazetteer) -> String {
        articles.map { render($0, gazetteer) }.joined(separator: "\n")
    }

    private static func render(_ a: Article, _ g: Gazetteer) -> String {
        var lines = ["## \(escape(a.title))", "", "*\(escape(a.source)) · \(a.language.rawValue)*", "", "### Delegations", ""]
        if a.delegations.isEmpty { lines.append("None.") }
        for d in a.delegations {
            lines.append("- **\(escape(PlainLines.route(d)))**")
            lines += d.leaders.map { "  - led by \(escape(PlainLines.person($0)))" }
            lines += d.members.map { "  - with \(escape(PlainLines.person($0)))" }
            lines += d.hosts.map { "  - received by \(escape(PlainLines.person($0)))" }
        }
        lines += ["", "### Regions", ""]
        if a.regions.isEmpty { lines.append("None.") }
        lines += a.regions.map { "- \(escape(PlainLines.region($0, gazetteer: g)))" }
        lines += ["", "### Planned measures", ""]
        if a.measures.isEmpty { lines.append("None.") }
        lines += a.measures.map { "- \(escape(PlainLines.measure($0, gazetteer: g)))" }
        return TerminalSafe.text(lines.joined(separator: "\n"), keepNewlines: true) + "\n"
    }

    private static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
