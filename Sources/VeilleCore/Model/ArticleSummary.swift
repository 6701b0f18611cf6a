/// What the article list shows of an article: enough to draw, sort and search its row without the
/// article itself, which the dashboard asks its store for when the article is opened.
public struct ArticleSummary: Sendable, Hashable {
    /// The store's key for the whole article.
    public var id: Int64
    public var source: String
    public var title: String
    public var published: String?
    public var outlet: String?
    public var delegations: Int
    public var regions: Int
    public var measures: Int

    public init(id: Int64, source: String, title: String, published: String?, outlet: String?,
                delegations: Int, regions: Int, measures: Int) {
        self.id = id
        self.source = source
        self.title = title
        self.published = published
        self.outlet = outlet
        self.delegations = delegations
        self.regions = regions
        self.measures = measures
    }

    public init(_ article: Article, id: Int64) {
        self.init(id: id, source: article.source, title: article.title, published: article.provenance.published,
                  outlet: article.provenance.outlet, delegations: article.delegations.count,
                  regions: article.regions.count, measures: article.measures.count)
    }

    /// "2025-03-11 · Le Quotidien du Sahel": the day (not the time) and the outlet, when known.
    public var byline: String? {
        let parts = [published.map { String($0.prefix(10)) }, outlet].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
