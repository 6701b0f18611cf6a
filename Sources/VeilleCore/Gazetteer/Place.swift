/// One gazetteer record: a subdivision, town, zone or supranational area.
public struct Place: Sendable, Hashable {
    public let id: String
    public let name: String
    /// The English press name when it differs ("Timbuktu", "West Africa").
    public let nameEN: String?
    public let kind: RegionKind
    public let country: String?
    public let iso: String?
    public let parent: String?
    public let latitude: Double?
    public let longitude: Double?
    /// The name is also an ordinary word or a larger area ("Centre", "Sahel"):
    /// it only stands for this place after an administrative cue.
    public let strict: Bool
    public let aliases: [String]
}

/// A country as the press names it, describes its people, and uses its capital.
public struct Country: Sendable, Hashable {
    public let code: String
    public let nameFR: String
    public let nameEN: String
    public let aliases: [String]
    public let demonyms: [String]
    public let capitals: [String]
}
