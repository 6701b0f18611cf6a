/// The delegation cues one sentence carries, found once.
struct SentenceCues {
    var delegationNoun: Int?
    var travel: (start: Int, end: Int)?
    var lead: (start: Int, end: Int)?
    var members: (start: Int, end: Int)?
    var hostAfter: (start: Int, end: Int)?
    var hostBefore: (start: Int, end: Int)?
    var backReference = false

    init(text: ParsedText, range: Range<Int>) {
        let tokens = text.tokens
        delegationNoun = range.first { Lexicon.delegationNouns.contains(tokens[$0]) }
        travel = Lexicon.travel.first(in: tokens, range)
        lead = Lexicon.lead.first(in: tokens, range)
        members = Lexicon.members.first(in: tokens, range)
        hostAfter = Lexicon.hostAfter.first(in: tokens, range)
        if let after = hostAfter, let before = Lexicon.hostBefore.first(in: tokens, range), before.start < after.start || before.end <= after.start {
            hostBefore = before
        } else if hostAfter == nil {
            hostBefore = Lexicon.hostBefore.first(in: tokens, range)
        }
        // "a été reçu par" also contains "a reçu"-like words; passive wins.
        if let before = hostBefore, let after = hostAfter, before.start >= after.start && before.start < after.end { hostBefore = nil }
        let head = range.lowerBound..<min(range.upperBound, range.lowerBound + 6)
        backReference = head.contains { Lexicon.backReference.match(tokens, at: $0, limit: range.upperBound) != nil }
    }

    /// Cues that fill a frame even without an opening sentence.
    var hasFrameSlots: Bool {
        (delegationNoun != nil && (lead != nil || hostAfter != nil || hostBefore != nil)) || (hostBefore != nil && travel != nil)
    }

    var isRelevant: Bool {
        delegationNoun != nil || travel != nil || lead != nil || members != nil || hostAfter != nil || hostBefore != nil
    }
}
