/// What keeps an item out although a rule found it: generic relationship
/// statements ("renforcer la coopération", "soutenir le Mali"), and the
/// linkers and punctuation trimmed off its ends.
extension MeasureReader {
    /// The first words of an item that say whether it is generic.
    private static let genericWindow = 9

    func isGeneric(_ lo: Int, _ hi: Int) -> Bool {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.genericWindow) { ws in
            var n = 0
            for i in lo..<hi where tokens[i].kind == .word && !sets.genericSkipWords.contains(tokens[i]) {
                ws[n] = i
                n += 1
                if n == Self.genericWindow { break }
            }
            guard n > 0 else { return true }
            let first = tokens[ws[0]]
            if isRelation(ws[0], hi) || sets.genericVerbs.contains(first) { return true }
            // "continue to cooperate" is as generic as "cooperate".
            if sets.supportLeads.contains(first), n > 1, sets.genericVerbs.contains(tokens[ws[1]]) { return true }
            // "adopter une attitude responsable" asks a conduct; "le renforcement de la vigilance" is an action on it.
            if sets.headNouns.match(tokens, at: ws[0], limit: hi) == nil,
               (1..<min(3, n)).contains(where: { sets.conductNouns.contains(tokens[ws[$0]]) }) { return true }
            if sets.goalVerbs.contains(first), n > 1, sets.goalNouns.match(tokens, at: ws[1], limit: hi) != nil { return true }
            if sets.revivalHeads.contains(first), n > 1, isRelation(ws[1], hi) { return true }
            for k in 0..<min(3, n) where sets.genericHeads.contains(tokens[ws[k]]) {
                for m in (k + 1)..<min(n, k + 7) where isRelation(ws[m], hi) { return true }
            }
            return false
        }
    }

    /// A relation noun, unless it is of an action ("la coordination des opérations conjointes", "the exchange of
    /// intelligence" name what is done, "la coordination entre nos pays" does not).
    private func isRelation(_ i: Int, _ hi: Int) -> Bool {
        guard let end = sets.relationNouns.match(tokens, at: i, limit: hi) else { return false }
        var j = end
        while j < min(hi, end + 3), isWord(j, hi) || isElision(j, hi), sets.ofWords.contains(tokens[j]) || isElision(j, hi) { j += 1 }
        return j == end || sets.headNouns.match(tokens, at: j, limit: hi) == nil
    }

    /// "soutenir le Mali", "support Niger's efforts": support of a country with no action noun.
    func isGenericSupport(_ lo: Int, _ hi: Int) -> Bool {
        var i = lo
        if isWord(i, hi), sets.supportLeads.contains(tokens[i]), let j = linkEnd(i + 1, hi) { i = j }
        guard isWord(i, hi), sets.supportVerbs.contains(tokens[i]), i + 1 < hi else { return false }
        i = linkEnd(i + 1, hi) ?? i + 1
        if isWord(i, hi), sets.objectDeterminers.contains(tokens[i]) { i += isElision(i + 1, hi) ? 2 : 1 }
        guard isWord(i, hi), tokens[i].isCapitalized || sets.supportObjects.contains(tokens[i]) else { return false }
        return !(lo..<hi).contains { tokens[$0].kind == .word && sets.longHeadNouns.match(tokens, at: $0, limit: hi) != nil }
    }

    /// Past "to", "à", "de", "d'" at i.
    private func linkEnd(_ i: Int, _ hi: Int) -> Int? {
        guard isWord(i, hi), sets.supportLinks.contains(tokens[i]) else { return nil }
        return isElision(i + 1, hi) ? i + 2 : i + 1
    }

    // MARK: trim

    /// Drops linkers, quotes and punctuation at both ends.
    func trim(_ a: Int, _ b: Int) -> Range<Int> {
        var s = a
        var t = b
        while s < t {
            let tok = tokens[s]
            if tok.kind == .punctuation {
                guard Self.leadingMarks.contains(tok.key) else { break }
                s += 1
                continue
            }
            // The static passed in each branch: a set chosen by a conditional was copied, its arrays retained.
            let linker = english ? phrase(sets.englishTrimLinkers, s, t) : phrase(sets.trimLinkers, s, t)
            if let e = linker, e < t, tokens[e].spaceBefore {
                s = e
                continue
            }
            // "d'organiser" is "organiser"; "d'un poste" keeps its "d'"; "l'ouverture" is a noun whatever its ending.
            if tok.key == Keys.d, isElision(s + 1, t),
               looksInfinitive(s + 2, t, minLength: 3) || (tok.key == Keys.d && isOpeningQuote(s + 2, t)) {
                s += 2
                continue
            }
            break
        }
        while t > s, tokens[t - 1].kind == .punctuation, Self.trailingMarks.contains(tokens[t - 1].key) {
            if tokens[t - 1].key == 0x29, (s..<(t - 1)).contains(where: { isMark($0, t, 0x28) }) { break }
            t -= 1
        }
        return s..<t
    }

    private static let leadingMarks: Set<UInt64> = Set("«\"“”»'(),;:.-".unicodeScalars.map { UInt64($0.value) })
    private static let trailingMarks: Set<UInt64> = Set(",;:.»”\"'“«)-".unicodeScalars.map { UInt64($0.value) })

    /// Length of a token range in scalars.
    func length(_ r: Range<Int>) -> Int {
        r.isEmpty ? 0 : Int(tokens[r.upperBound - 1].end) - Int(tokens[r.lowerBound].start)
    }
}
