/// What must hold of every article the parser returns, whatever bytes it was given: the property tests and
/// the fuzz target check the same list, so a finding of one is a failure of the other.
extension Article {
    /// Every span the article holds, named by what it belongs to.
    public var namedSpans: [(owner: String, span: Span)] {
        var out: [(String, Span)] = blocks.map { ("block", $0.span) } + sentences.map { ("sentence", $0.span) }
        for d in delegations {
            out += d.evidence.map { ("delegation evidence", $0) }
            out += d.people.flatMap { p in p.mentions.map { ("mention of a person", $0) } }
        }
        out += regions.flatMap { r in r.mentions.map { ("mention of a region", $0) } }
        out += measures.flatMap { m in m.evidence.map { ("measure evidence", $0) } }
        out += reasons.map { ("reason", $0.evidence) }
        return out
    }

    /// One line per broken promise; empty when the article is sound.
    public var invariantViolations: [String] {
        let length = text.unicodeScalars.count
        var out = namedSpans.filter { $0.span.start < 0 || $0.span.end > length || $0.span.start > $0.span.end }
            .map { "\($0.owner) \($0.span.start)..<\($0.span.end) outside the text of \(length) scalars" }
        if let bad = sentences.first(where: { $0.block < 0 || $0.block >= blocks.count }) {
            out.append("a sentence names block \(bad.block) of \(blocks.count)")
        }
        return out
    }
}
