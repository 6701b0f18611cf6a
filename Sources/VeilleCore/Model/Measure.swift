/// Something the parties announced, agreed or intend to do.
public struct Measure: Codable, Sendable, Hashable {
    /// The article's words, trimmed of list punctuation and a leading "Et"/"And".
    public var text: String
    /// The head of the measure, lower-cased: "déploiement", "formation", "deliver".
    public var action: String
    /// Gazetteer ids of the places the measure names.
    public var regions: [String]
    /// Where the measure's words are.
    public var evidence: [Span]

    public init(text: String, action: String, regions: [String] = [], evidence: [Span] = []) {
        self.text = text
        self.action = action
        self.regions = regions
        self.evidence = evidence
    }
}
