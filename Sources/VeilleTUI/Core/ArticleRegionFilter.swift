import VeilleCore

/// The region filter as the dashboard needs it: the core's `RegionFilter`
/// (which knows the whole gazetteer, so "nord malien" finds Gao), plus the
/// places around the chosen one, kept in the regions pane for context.
struct ArticleRegionFilter: Sendable, Hashable {
    let region: Region
    private let core: RegionFilter?
    /// The region and every region of the open articles nested inside it.
    let inside: Set<String>
    /// The places that contain the region.
    let around: Set<String>

    init(region: Region, among regions: [Region], gazetteer: Gazetteer) {
        self.region = region
        core = gazetteer.place(id: region.id).map { RegionFilter(place: $0, gazetteer: gazetteer) }
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
        let core = self.core
        inside = Set(regions.map(\.id).filter { id in
            id == region.id || core?.contains(regionID: id) == true || chain(id).contains(region.id)
        }).union([region.id])
        around = Set(chain(region.id) + gazetteer.ancestors(of: region.id).map(\.id))
    }

    /// Matches the open articles' regions by id, ISO code or name (case and
    /// accents ignored), then any gazetteer place by name, alias or code.
    init?(query: String, among regions: [Region], gazetteer: Gazetteer) {
        let q = fold(query.trimmingSpaces())
        guard !q.isEmpty else { return nil }
        let open = regions.first { fold($0.id) == q || fold($0.iso3166_2 ?? "") == q || fold($0.name) == q }
        if let open {
            self.init(region: open, among: regions, gazetteer: gazetteer)
        } else if let place = gazetteer.lookup(query), let region = gazetteer.region(id: place.id) {
            self.init(region: region, among: regions, gazetteer: gazetteer)
        } else if let prefix = regions.first(where: { fold($0.name).hasPrefix(q) }) {
            self.init(region: prefix, among: regions, gazetteer: gazetteer)
        } else {
            return nil
        }
    }

    var label: String {
        region.iso3166_2.map { "\(region.name) (\($0))" } ?? region.name
    }

    func contains(regionID: String) -> Bool { inside.contains(regionID) }

    /// Keeps the delegations, regions and measures tied to the region.
    func apply(to article: Article) -> Article {
        var a = core?.apply(to: article) ?? article
        if core == nil {
            let names = Set(article.regions.filter { inside.contains($0.id) }.map { fold($0.name) })
            a.delegations = article.delegations.filter { d in d.place.map { names.contains(fold($0)) } ?? false }
            a.measures = article.measures.filter { m in m.regions.contains { inside.contains($0) } }
        }
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
