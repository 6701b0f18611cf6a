import Foundation

/// What a page says of itself: its publication date (`article:published_time` and its kin, JSON-LD
/// `datePublished`, the first `<time datetime>`), its outlet (`og:site_name`) and its address (`og:url`,
/// `<link rel="canonical">`).
enum PageMeta {
    static let dateKeys = ["article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
                           "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date", "parsely-pub-date"]

    static func provenance(_ root: MarkupNode) -> Provenance {
        var p = Provenance()
        let metas = elements(root, "meta")
        func meta(_ key: String) -> String? { content(metas, key) }
        let date = dateKeys.lazy.compactMap { meta($0).flatMap(PublicationDate.any) }.first
            ?? jsonLDDate(root)
            ?? elements(root, "time").lazy.compactMap { $0.attribute("datetime").flatMap(PublicationDate.any) }.first
        if let date {
            p.published = date
            p.dateSource = .meta
        }
        p.outlet = meta("og:site_name")
        p.url = meta("og:url") ?? elements(root, "link").first { $0.attribute("rel")?.lowercased() == "canonical" }?.attribute("href")
        return p
    }

    /// `<meta property="og:title" content="…">` (or `name=`, `itemprop=`).
    static func meta(_ root: MarkupNode, _ key: String) -> String? { content(elements(root, "meta"), key) }

    private static func content(_ metas: [MarkupNode], _ key: String) -> String? {
        metas.first { ($0.attribute("property") ?? $0.attribute("name") ?? $0.attribute("itemprop"))?.lowercased() == key }?
            .attribute("content").map(collapse).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `datePublished` anywhere in the page's JSON-LD (an object, a list, or a `@graph`).
    private static func jsonLDDate(_ root: MarkupNode) -> String? {
        for script in elements(root, "script") where script.attribute("type")?.lowercased() == "application/ld+json" {
            guard let json = try? JSONSerialization.jsonObject(with: Data(script.text.utf8)) else { continue }
            if let date = find("datePublished", in: json, depth: 0).flatMap(PublicationDate.any) { return date }
        }
        return nil
    }

    private static func find(_ key: String, in json: Any, depth: Int) -> String? {
        guard depth < 8 else { return nil }
        if let object = json as? [String: Any] {
            if let value = object[key] as? String { return value }
            for value in object.values { if let found = find(key, in: value, depth: depth + 1) { return found } }
        } else if let list = json as? [Any] {
            for value in list { if let found = find(key, in: value, depth: depth + 1) { return found } }
        }
        return nil
    }

    /// Every element of one name, in document order.
    static func elements(_ root: MarkupNode, _ name: String) -> [MarkupNode] {
        var out: [MarkupNode] = []
        func walk(_ n: MarkupNode) {
            guard n.name != nil else { return }
            if n.name == name { out.append(n) }
            n.children.forEach(walk)
        }
        walk(root)
        return out
    }
}
