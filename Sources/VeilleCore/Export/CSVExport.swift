/// One row per item of one table, each with its article's source, date,
/// outlet and title: what a spreadsheet or a script wants. RFC 4180: CRLF
/// rows, a field quoted when it holds a comma, a quote or a line break, its
/// quotes doubled.
public enum CSVTable: String, Sendable, CaseIterable {
    case delegations, measures, regions
}

enum CSVExport {
    static let articleColumns = ["source", "published", "outlet", "title"]

    static func render(_ articles: [Article], table: CSVTable) -> String {
        var rows = [articleColumns + columns(table)]
        for a in articles {
            let article = [a.source, a.provenance.published ?? "", a.provenance.outlet ?? "", a.title]
            rows += items(a, table).map { article + $0 }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func columns(_ table: CSVTable) -> [String] {
        switch table {
        case .delegations: ["from", "to", "place", "leaders", "members", "hosts"]
        case .measures: ["measure", "action", "regions"]
        case .regions: ["region", "id", "iso3166_2", "country", "kind", "mentions"]
        }
    }

    private static func items(_ a: Article, _ table: CSVTable) -> [[String]] {
        switch table {
        case .delegations:
            a.delegations.map { d in [d.from ?? "", d.to ?? "", d.place ?? "", people(d.leaders), people(d.members), people(d.hosts)] }
        case .measures:
            a.measures.map { [$0.text, $0.action, $0.regions.joined(separator: "; ")] }
        case .regions:
            a.regions.map { [$0.written, $0.id, $0.iso3166_2 ?? "", $0.country ?? "", $0.kind.rawValue, String($0.mentions.count)] }
        }
    }

    /// "Sadio Camara (ministre de la Défense); Moussa Mara".
    private static func people(_ list: [Person]) -> String {
        list.map { p in p.role.map { "\(p.name) (\($0))" } ?? p.name }.joined(separator: "; ")
    }

    /// Quoted when RFC 4180 asks it. A field that a spreadsheet would run as a formula ("=", "+", "@") starts
    /// with an apostrophe, as spreadsheets themselves write literal text.
    static func field(_ raw: String) -> String {
        var s = TerminalSafe.text(raw)
        if let first = s.first, "=+@".contains(first) { s = "'" + s }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
