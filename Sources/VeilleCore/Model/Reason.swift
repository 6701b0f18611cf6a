/// Why the parser believes an item: the rule or cue that produced it and
/// where. `veille export --explain` prints them; they are how a miss is
/// debugged and how an analyst checks a claim.
public struct Reason: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case delegation, person, region, measure }

    public var kind: Kind
    /// The item, as the panes name it ("leader Sadio Camara", "Gao ML-7").
    public var item: String
    /// The rule, with the cue words it matched when there are some.
    public var rule: String
    /// The words the rule read.
    public var evidence: Span

    public init(kind: Kind, item: String, rule: String, evidence: Span) {
        self.kind = kind
        self.item = item
        self.rule = rule
        self.evidence = evidence
    }
}
