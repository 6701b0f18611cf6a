/// Keeps what an article ties to one place or to a place inside it: a filter
/// on "nord malien" keeps Gao and Ménaka.
public struct RegionFilter: Sendable, Hashable {
    public let place: Place
    private let inside: Set<String>

    public init?(query: String, gazetteer: Gazetteer) {
        guard let place = gazetteer.lookup(query) else { return nil }
        self.init(place: place, gazetteer: gazetteer)
    }

    public init(place: Place, gazetteer: Gazetteer) {
        self.place = place
        var inside: Set<String> = [place.id]
        for p in gazetteer.places where gazetteer.ancestors(of: p.id).contains(where: { $0.id == place.id }) {
            inside.insert(p.id)
        }
        self.inside = inside
    }

    public func contains(regionID: String) -> Bool {
        inside.contains(regionID)
    }

    public func apply(to article: Article) -> Article {
        var result = article
        let kept = article.regions.filter { contains(regionID: $0.id) }
        let mentions = kept.flatMap(\.mentions)
        result.regions = kept
        result.measures = article.measures.filter { $0.regions.contains(where: contains(regionID:)) }
        result.delegations = article.delegations.filter { d in
            d.evidence.contains { e in mentions.contains { e.contains($0) } }
                || d.place.map { name in kept.contains { fold($0.name) == fold(name) } } == true
        }
        return result
    }
}
