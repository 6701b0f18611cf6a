/// Reading the people a cue introduces, one after another: "X, Y et Z", "X, as well as Y", past an aside
/// ("composée, outre le Premier ministre, du ministre …") or after a group ("les autorités, notamment …").
extension DelegationExtractor {
    /// Reads "X, Y et Z" or "X, et par Y" after a cue.
    func addList(from start: Int, in range: Range<Int>, as slot: DelegationFrame.Slot, to frame: inout DelegationFrame, because rule: @autoclosure () -> String) {
        let reader = self.reader
        var i = skippingAside(from: start, in: range)
        // "elle comprend également le directeur …": an adverb after the cue.
        if let adverb = Lexicon.insertedAdverbs.match(text.tokens, at: i, limit: range.upperBound) { i = adverb }
        var next = i < range.upperBound ? reader.read(at: i, limit: range.upperBound) : nil
        if let unnamed = next, let named = resolve(unnamed) { next = named }
        // "les autorités maliennes, notamment le Président X, …": the named list follows the group.
        if next?.name == nil, let intro = listIntro(after: next?.end ?? start, in: range) {
            if let group = next { add(group, as: slot, to: &frame, because: rule()) }
            next = reader.read(at: intro, limit: range.upperBound)
        }
        guard let first = next else { return }
        var items = [first] + following(first, in: range)
        if isRespectively(before: start) { assignCountriesInOrder(&items, before: start, in: range) }
        add(items[0], as: slot, to: &frame, because: rule())
        for item in items.dropFirst() { add(item, as: slot, to: &frame, because: rule() + ", in a list") }
    }

    /// The items after one already read: "X, Y et Z", "X, puis celui du Japon, Y".
    func addFollowing(_ first: PersonPhrase, in range: Range<Int>, as slot: DelegationFrame.Slot, to frame: inout DelegationFrame,
                      because rule: @autoclosure () -> String) {
        for item in following(first, in: range) { add(item, as: slot, to: &frame, because: rule()) }
    }

    /// "conduites respectivement par": the cue just read ends with the word.
    private func isRespectively(before start: Int) -> Bool {
        (max(0, start - 2)..<start).contains { text.tokens[$0].kind == .word && Lexicon.respectively.contains(text.tokens[$0]) }
    }

    /// "Les délégations du Burkina Faso et du Niger, conduites respectivement par A et B": A is of the first
    /// country named before the cue, B of the second.
    private func assignCountriesInOrder(_ items: inout [PersonPhrase], before cue: Int, in range: Range<Int>) {
        let named = countries.partiesNamed(in: range.lowerBound..<cue)
        guard items.count >= 2, named.count >= items.count else { return }
        // A role that names its own country keeps it.
        for (k, mention) in named.suffix(items.count).enumerated() where items[k].role.flatMap({ country(in: $0) }) == nil {
            items[k].origin = mention.tokens
        }
    }

    /// The people listed after the first: "X, Y et Z", "X, puis celui du Japon, Y".
    private func following(_ first: PersonPhrase, in range: Range<Int>) -> [PersonPhrase] {
        var items: [PersonPhrase] = []
        var phrase = first
        for _ in 1..<Self.maxListItems {
            var after = phrase.end
            var separated = false
            if after < range.upperBound, text.isComma(after) { after += 1; separated = true }
            if after < range.upperBound, WordSet.conjunctions.contains(text.tokens[after]) || Lexicon.sequels.contains(text.tokens[after]) {
                after += 1
                separated = true
            } else if let end = Lexicon.listContinuations.match(text.tokens, at: after, limit: range.upperBound) {
                after = end
                separated = true
            }
            if after < range.upperBound, separated, Lexicon.agents.contains(text.tokens[after]) { after += 1 }
            guard separated, after < range.upperBound else { return items }
            // The phrase read to see whether a person starts there is the next item.
            guard let next = sameOfficeOfCountry(at: after, in: range) ?? reader.read(at: after, limit: range.upperBound),
                  next.name != nil else { return items }
            items.append(next)
            phrase = next
        }
        return items
    }

    /// "celui du Japon, Kenji Ito": the same office as the item before, of another country, then the name.
    /// "et du Niger, le général Y": the pronoun may be left out, the country's office understood.
    func sameOfficeOfCountry(at i: Int, in range: Range<Int>) -> PersonPhrase? {
        guard i + 2 < range.upperBound else { return nil }
        let pronoun = Lexicon.officePronouns.contains(text.tokens[i])
        guard pronoun || Lexicon.originLinks.contains(text.tokens[i]) else { return nil }
        var k = pronoun ? i + 1 : i
        while k < min(range.upperBound, i + 4), text.tokens[k].kind == .word && (Lexicon.originLinks.contains(text.tokens[k]) || Lexicon.determiners.contains(text.tokens[k]))
            || text.tokens[k].isApostrophe { k += 1 }
        guard let country = countries.starting(at: k), country.form != .demonym else { return nil }
        let comma = country.tokens.upperBound
        guard comma + 1 < range.upperBound, text.isComma(comma), var phrase = reader.read(at: comma + 1, limit: range.upperBound),
              phrase.name != nil, phrase.role == nil || !pronoun else { return nil }
        phrase.origin = country.tokens
        return phrase
    }

    static let asideReach = 10

    /// Past ", outre le Premier ministre," or ", besides the minister,": where the list goes on after the aside.
    func skippingAside(from start: Int, in range: Range<Int>) -> Int {
        guard start + 1 < range.upperBound, text.isComma(start), Lexicon.asideOpeners.match(text.tokens, at: start + 1, limit: range.upperBound) != nil,
              let close = (start + 2..<min(range.upperBound, start + Self.asideReach)).first(where: { text.isComma($0) }) else { return start }
        return close + 1
    }

    static let listIntroReach = 8

    /// The token after "notamment", "including", "dont" close after a group of unnamed people.
    func listIntro(after start: Int, in range: Range<Int>) -> Int? {
        var i = start
        while i < min(range.upperBound, start + Self.listIntroReach) {
            if text.tokens[i].kind == .word, let end = Lexicon.listIntros.match(text.tokens, at: i, limit: range.upperBound) {
                return end < range.upperBound && (text.isComma(end) || text.tokens[end].isPunctuation(":")) ? end + 1 : end
            }
            if text.isPhraseBreak(i), !text.isComma(i) { return nil }
            i += 1
        }
        return nil
    }

    /// "accueilli par …, dont le ministre X", "reçu par le président Y, ainsi que le ministre Z": these members cues go on the hosts' list.
    func continuesHostList(_ member: SentenceCues.Match, _ cues: SentenceCues) -> Bool {
        let continues = Lexicon.listIntros.match(text.tokens, at: member.start) != nil
            || Lexicon.listContinuations.match(text.tokens, at: member.start) == member.end
        return continues && cues.hostsAfter.contains { $0.end <= member.start }
    }
}
