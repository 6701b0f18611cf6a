/// One person named in one delegation of one article, as the directory of people reads it: from the
/// articles in memory, or from the index's table of people without decoding any article.
public struct PersonMention: Sendable, Hashable {
    public var name: String
    public var role: String?
    public var country: String?
    public var article: Int64
    /// The delegation's position in its article: two people of one visit count one delegation.
    public var delegation: Int
    /// The article's publication date (ISO 8601), when known.
    public var published: String?

    public init(name: String, role: String?, country: String?, article: Int64, delegation: Int, published: String?) {
        self.name = name
        self.role = role
        self.country = country
        self.article = article
        self.delegation = delegation
        self.published = published
    }

    /// Everyone named in the article's delegations: leaders, members and hosts.
    public static func all(in article: Article, id: Int64) -> [PersonMention] {
        article.delegations.enumerated().flatMap { k, delegation in
            delegation.people.map {
                PersonMention(name: $0.name, role: $0.role, country: $0.country, article: id, delegation: k, published: article.provenance.published)
            }
        }
    }
}
