/// The delegation cues one sentence carries, found once.
struct SentenceCues {
    typealias Match = (start: Int, end: Int)

    var delegationNoun: Int?
    var travel: Match?
    var leads: [Match] = []
    var members: [Match] = []
    var hostsAfter: [Match] = []
    var hostBefore: Match?
    var backReference = false

    private static let passiveHost = WordSet(["reçu", "reçue", "reçus", "reçues", "accueilli", "accueillie", "accueillis", "accueillies", "received", "welcomed", "hosted", "greeted"])
    private static let agent = WordSet(["par", "by"])

    init(text: ParsedText, range: Range<Int>, gazetteer: Gazetteer) {
        let tokens = text.tokens
        delegationNoun = range.first { Lexicon.delegationNouns.contains(tokens[$0]) }
        travel = Lexicon.travel.first(in: tokens, range)
        leads = Self.all(Lexicon.lead, tokens, range)
        members = Self.all(Lexicon.members, tokens, range)
        hostsAfter = Self.merge(Self.all(Lexicon.hostAfter, tokens, range), Self.passiveWithGap(text, range))
        if let before = Lexicon.hostBefore.first(in: tokens, range),
           !hostsAfter.contains(where: { before.start >= $0.start && before.start < $0.end }) {
            hostBefore = before
        }
        let head = range.lowerBound..<min(range.upperBound, range.lowerBound + 6)
        backReference = head.contains { Lexicon.backReference.match(tokens, at: $0, limit: range.upperBound) != nil }
            || Self.pluralDemonymSubject(text, range, gazetteer)
    }

    /// Every non-overlapping match of a phrase set, in order.
    private static func all(_ set: PhraseSet, _ tokens: [Token], _ range: Range<Int>) -> [Match] {
        var found: [Match] = []
        var i = range.lowerBound
        while i < range.upperBound, let m = set.first(in: tokens, i..<range.upperBound) {
            found.append(m)
            i = m.end
        }
        return found
    }

    /// "was received on Tuesday by", "ont été accueillis à l'aéroport par".
    private static func passiveWithGap(_ text: ParsedText, _ range: Range<Int>) -> [Match] {
        var found: [Match] = []
        for i in range where passiveHost.contains(text.tokens[i]) {
            var j = i + 1
            while j < min(range.upperBound, i + 8), !text.isComma(j) {
                if agent.contains(text.tokens[j]) { found.append((i, j + 1)); break }
                j += 1
            }
        }
        return found
    }

    private static func merge(_ a: [Match], _ b: [Match]) -> [Match] {
        var result = a
        for m in b where !a.contains(where: { $0.start <= m.start && m.start < $0.end || m.start <= $0.start && $0.start < m.end }) {
            result.append(m)
        }
        return result.sorted { $0.start < $1.start }
    }

    /// "Les Allemands ont rencontré…", "The Germans met…": the visitors again.
    private static func pluralDemonymSubject(_ text: ParsedText, _ range: Range<Int>, _ gazetteer: Gazetteer) -> Bool {
        guard range.count > 2, Lexicon.determiners.contains(text.tokens[range.lowerBound]) else { return false }
        let t = text.tokens[range.lowerBound + 1]
        guard t.isCapitalized else { return false }
        let word = text.folded(range.lowerBound + 1)
        return word.hasSuffix("s") && gazetteer.demonymKeys.contains(key: WordHasher.key(word))
    }

    /// Cues that fill a frame even without an opening sentence.
    var hasFrameSlots: Bool {
        (delegationNoun != nil && (!leads.isEmpty || !hostsAfter.isEmpty || hostBefore != nil)) || (hostBefore != nil && travel != nil)
    }

    var isRelevant: Bool {
        delegationNoun != nil || travel != nil || !leads.isEmpty || !members.isEmpty || !hostsAfter.isEmpty || hostBefore != nil
    }
}
