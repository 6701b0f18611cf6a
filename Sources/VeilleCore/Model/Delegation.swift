/// Someone named in a delegation, as the article wrote them.
public struct Person: Codable, Sendable, Hashable {
    public var name: String
    /// The role phrase as written ("vice-ministre russe de la Défense"), without the name.
    public var role: String?
    /// ISO 3166-1 alpha-2, when the article tells it (a demonym in the role, a named country).
    public var country: String?
    /// Every place the article names this person, spelling variants included.
    public var mentions: [Span]

    public init(name: String, role: String? = nil, country: String? = nil, mentions: [Span] = []) {
        self.name = name
        self.role = role
        self.country = country
        self.mentions = mentions
    }
}

/// A visit: who came from where to where, led by whom, received by whom.
public struct Delegation: Codable, Sendable, Hashable {
    /// ISO 3166-1 alpha-2 of the visitors' country.
    public var from: String?
    /// ISO 3166-1 alpha-2 of the host country.
    public var to: String?
    /// Where the visit took place, as written.
    public var place: String?
    public var leaders: [Person]
    public var members: [Person]
    public var hosts: [Person]
    /// The sentences that built this frame.
    public var evidence: [Span]

    public init(
        from: String? = nil, to: String? = nil, place: String? = nil,
        leaders: [Person] = [], members: [Person] = [], hosts: [Person] = [], evidence: [Span] = []
    ) {
        self.from = from
        self.to = to
        self.place = place
        self.leaders = leaders
        self.members = members
        self.hosts = hosts
        self.evidence = evidence
    }

    public var people: [Person] { leaders + members + hosts }
}
