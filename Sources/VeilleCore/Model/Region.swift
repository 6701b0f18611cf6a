public enum RegionKind: String, Codable, Sendable, CaseIterable {
    /// An ISO 3166-2 subdivision: region, province, district, wilaya.
    case adminRegion = "admin_region"
    case city
    /// A named part of one or more countries: "nord malien", "Liptako-Gourma".
    case zone
    /// Larger than a country: "Sahel", "Afrique de l'Ouest".
    case supranational
}

/// A place an article is about, resolved to one gazetteer record.
public struct Region: Codable, Sendable, Hashable {
    /// Stable gazetteer id: the ISO 3166-2 code, `gn:<geonameid>`, `zone:<slug>`, `supra:<slug>`.
    public var id: String
    /// Canonical name.
    public var name: String
    /// The article's spelling at the first mention ("Nord du Mali" for the zone named "nord malien"): the
    /// name exports give, since readers and scorers compare with the article's words.
    public var written: String
    public var country: String?
    /// The place's own ISO 3166-2 code, or that of the first-level unit it lies in.
    public var iso3166_2: String?
    public var kind: RegionKind
    /// Gazetteer id of the place this one lies in (Gao -> nord malien -> Sahel).
    public var parent: String?
    public var latitude: Double?
    public var longitude: Double?
    /// Where the article names it, in any spelling.
    public var mentions: [Span]

    public init(
        id: String, name: String, country: String?, iso3166_2: String?, kind: RegionKind,
        parent: String?, latitude: Double? = nil, longitude: Double? = nil, mentions: [Span] = [], written: String? = nil
    ) {
        self.id = id
        self.name = name
        self.written = written ?? name
        self.country = country
        self.iso3166_2 = iso3166_2
        self.kind = kind
        self.parent = parent
        self.latitude = latitude
        self.longitude = longitude
        self.mentions = mentions
    }
}
