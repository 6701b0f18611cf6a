import Foundation

/// Shared phrasing of the plain exports, so text and Markdown say the same.
enum PlainLines {
    static func person(_ p: Person) -> String {
        var s = p.name
        if let role = p.role { s += ", \(role)" }
        if let c = p.country { s += " [\(c)]" }
        return s
    }

    static func route(_ d: Delegation) -> String {
        var s = "\(d.from ?? "?") -> \(d.to ?? "?")"
        if let place = d.place { s += " (\(place))" }
        return s
    }

    static func region(_ r: Region, gazetteer: Gazetteer) -> String {
        var parts = [r.name]
        if let iso = r.iso3166_2 { parts.append(iso) }
        if let c = r.country { parts.append(c) }
        parts.append(r.kind.rawValue.replacingOccurrences(of: "_", with: " "))
        let within = gazetteer.ancestors(of: r.id).map(\.name)
        var s = parts.joined(separator: " · ")
        if !within.isEmpty { s += " (in \(within.joined(separator: " < ")))" }
        return s + "  ×\(r.mentions.count)"
    }

    static func measure(_ m: Measure, gazetteer: Gazetteer) -> String {
        let places = m.regions.compactMap { gazetteer.place(id: $0)?.name }
        return places.isEmpty ? m.text : "\(m.text)  [\(places.joined(separator: ", "))]"
    }
}
