/// One person across the corpus: every spelling seen, the roles held over time, the countries, and
/// where and when they were seen.
public struct PersonEntry: Sendable, Hashable, Identifiable {
    /// A role as written, and the first and last dates it was seen with.
    public struct HeldRole: Sendable, Hashable {
        public var role: String
        public var first: String?
        public var last: String?
    }

    /// The spelling used most often (the fullest, on a tie).
    public var name: String
    /// Every spelling seen, the most used first.
    public var spellings: [String]
    /// Ordered by when each role was first seen: a promotion reads top to bottom.
    public var roles: [HeldRole]
    /// ISO 3166-1 alpha-2 codes, the most frequent first.
    public var countries: [String]
    public var articles: Set<Int64>
    public var delegations: Int
    public var firstSeen: String?
    public var lastSeen: String?
    /// The folded spellings merged into this entry: how a person in an open article is recognised.
    let folded: Set<String>

    public var id: String { name + "|" + (countries.first ?? "") }

    /// Whether `person`, as an article wrote them, is this entry.
    public func names(_ person: Person) -> Bool { folded.contains(fold(person.name)) }

    /// The role seen last: what the person is now, as far as the articles tell.
    public var latestRole: String? {
        roles.max { ($0.last ?? "", $1.first ?? "") < ($1.last ?? "", $0.first ?? "") }?.role
    }

    /// What the filter shows in the header: the name, and the country when it tells apart namesakes.
    public var label: String { countries.first.map { "\(name) (\($0))" } ?? name }
}
