/// A plain report for reading in a pipe or a log: one block per article.
enum TextExport {
    static func render(_ articles: [Article], gazetteer: Gazetteer) -> String {
        articles.map { render($0, gazetteer) }.joined(separator: "\n")
    }

    private static func render(_ a: Article, _ g: Gazetteer) -> String {
        var lines = ["== \(a.title)", "source: \(a.source) · language: \(a.language.rawValue)", ""]
        lines.append("Delegations (\(a.delegations.count))")
        if a.delegations.isEmpty { lines.append("  none") }
        for d in a.delegations {
            lines.append("  \(PlainLines.route(d))")
            lines += d.leaders.map { "    leader: \(PlainLines.person($0))" }
            lines += d.members.map { "    member: \(PlainLines.person($0))" }
            lines += d.hosts.map { "    host:   \(PlainLines.person($0))" }
        }
        lines.append("Regions (\(a.regions.count))")
        if a.regions.isEmpty { lines.append("  none") }
        lines += a.regions.map { "  \(PlainLines.region($0, gazetteer: g))" }
        lines.append("Planned measures (\(a.measures.count))")
        if a.measures.isEmpty { lines.append("  none") }
        lines += a.measures.map { "  - \(PlainLines.measure($0, gazetteer: g))" }
        return TerminalSafe.text(lines.joined(separator: "\n"), keepNewlines: true) + "\n"
    }
}
