import VeilleCore

/// The region filter as the dashboard needs it, built from the regions of the open
/// articles (their `parent` links give the nesting).
///
/// The core's `RegionFilter` will know the whole gazetteer; once merged, `init?(query:)`
/// should defer to `RegionFilter(query:)` for names no open article mentions.
struct ArticleRegionFilter: Sendable, Hashable {
    let region: Region
    /// The region and every region of the open articles nested inside it.
    let inside: Set<String>
    /// The places that contain the region, kept in the regions pane for context.
    let around: Set<String>

    init(region: Region, among regions: [Region]) {
        self.region = region
        var parent: [String: String] = [:]
        for r in regions { if let p = r.parent { parent[r.id] = p } }
        func chain(_ id: String) -> [String] {
            var out: [String] = []
            var current = parent[id]
            while let c = current, !out.contains(c), c != id {
                out.append(c)
                current = parent[c]
            }
            return out
        }
        inside = Set(regions.map(\.id).filter { $0 == region.id || chain($0).contains(region.id) }).union([region.id])
        around = Set(chain(region.id))
    }

    /// Matches an id, ISO code, or a name without regard to case or accents.
    init?(query: String, among regions: [Region]) {
        let q = fold(query.trimmingSpaces())
        guard !q.isEmpty else { return nil }
        let match = regions.first { fold($0.id) == q || fold($0.iso3166_2 ?? "") == q || fold($0.name) == q }
            ?? regions.first { fold($0.name).hasPrefix(q) }
        guard let match else { return nil }
        self.init(region: match, among: regions)
    }

    var label: String {
        region.iso3166_2.map { "\(region.name) (\($0))" } ?? region.name
    }

    func contains(regionID: String) -> Bool { inside.contains(regionID) }

    /// Keeps the delegations, regions and measures tied to the region.
    func apply(to article: Article) -> Article {
        var a = article
        let names = Set(article.regions.filter { inside.contains($0.id) }.map { fold($0.name) })
        a.delegations = article.delegations.filter { d in d.place.map { names.contains(fold($0)) } ?? false }
        a.measures = article.measures.filter { m in m.regions.contains { inside.contains($0) } }
        a.regions = article.regions.filter { inside.contains($0.id) || around.contains($0.id) }
        return a
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
