/// Builds delegations as frames filled across sentences: a sentence that
/// announces a visit opens a frame; the following ones ("Cette mission était
/// conduite par…", "Ils ont été reçus par…") add the leader, members and hosts.
struct DelegationExtractor {
    let text: ParsedText
    let gazetteer: Gazetteer
    let countries: [CountryMention]
    let places: [PlaceMention]
    /// The country the article is mostly about, for visits whose origin is only implied.
    let homeCountry: String?

    private var reader: PersonReader { PersonReader(text: text) }
    private static let indefinite = WordSet(["une", "un", "a", "an", "nouvelle", "new", "autre", "another", "seconde", "second", "deuxième"])
    private static let maxGap = 4

    func extract() -> [Delegation] {
        var frames: [DelegationFrame] = []
        var current: Int?
        for s in text.sentenceTokens.indices {
            let range = text.sentenceTokens[s]
            guard !range.isEmpty, !Lexicon.notAVisit.contains(in: text.tokens, range) else { continue }
            let cues = SentenceCues(text: text, range: range)
            if let c = current, s - frames[c].lastSentence > Self.maxGap { current = nil }
            if opensFrame(cues, range, continuing: current.map { frames[$0] }) {
                frames.append(DelegationFrame(sentence: s))
                current = frames.count - 1
            } else if current == nil, cues.hasFrameSlots {
                frames.append(DelegationFrame(sentence: s))
                current = frames.count - 1
            }
            guard let c = current, cues.isRelevant else { continue }
            fill(&frames[c], cues, sentence: s)
        }
        return frames.filter(\.hasPeople).map(finish)
    }

    private func opensFrame(_ cues: SentenceCues, _ range: Range<Int>, continuing frame: DelegationFrame?) -> Bool {
        if let noun = cues.delegationNoun, noun > range.lowerBound, Self.indefinite.contains(text.tokens[noun - 1])
            || (noun > range.lowerBound + 1 && Self.indefinite.contains(text.tokens[noun - 2])) {
            return !(cues.backReference && frame != nil)
        }
        guard cues.travel != nil, !cues.backReference else { return false }
        return frame == nil || frame!.hasPeople
    }

    private func fill(_ frame: inout DelegationFrame, _ cues: SentenceCues, sentence s: Int) {
        frame.touch(s)
        let range = text.sentenceTokens[s]
        if let noun = cues.delegationNoun, frame.from == nil { frame.from = origin(afterNoun: noun, in: range) }
        if let travel = cues.travel {
            if frame.place == nil || frame.to == nil { setDestination(&frame, after: travel.end, in: range) }
            if !cues.backReference, cues.delegationNoun == nil, let subject = reader.read(at: range.lowerBound, limit: travel.start) {
                add(subject, as: .leader, to: &frame)
            }
        }
        if let lead = cues.lead {
            if isHeadOf(lead), let subject = reader.read(at: range.lowerBound, limit: lead.start) {
                add(subject, as: .leader, to: &frame)
            } else {
                addList(from: lead.end, in: range, as: .leader, to: &frame)
            }
        }
        if let members = cues.members { addList(from: members.end, in: range, as: .member, to: &frame) }
        if let host = cues.hostAfter { addList(from: host.end, in: range, as: .host, to: &frame) }
        if let host = cues.hostBefore, let subject = reader.read(at: range.lowerBound, limit: host.start) {
            add(subject, as: .host, to: &frame)
            if cues.delegationNoun == nil, let guest = reader.read(at: host.end, limit: range.upperBound) {
                add(guest, as: .leader, to: &frame)
            }
        }
        if let palace = presidency(in: range) {
            if frame.to == nil { frame.to = palace.country }
            if frame.place == nil { frame.place = palace.city }
        }
    }

    private func isHeadOf(_ lead: (start: Int, end: Int)) -> Bool {
        let first = text.folded(lead.start)
        return first == "a" || first == "sous" || first == "under"
    }

    /// Reads "X, Y et Z" after a cue.
    private func addList(from start: Int, in range: Range<Int>, as slot: DelegationFrame.Slot, to frame: inout DelegationFrame) {
        var i = start
        while i < range.upperBound, let phrase = reader.read(at: i, limit: range.upperBound) {
            add(phrase, as: slot, to: &frame)
            var next = phrase.end
            if next < range.upperBound, text.isComma(next) { next += 1 }
            guard next < range.upperBound, next > i else { break }
            if WordSet.conjunctions.contains(text.tokens[next]) { next += 1 }
            guard next < range.upperBound, next != phrase.end || text.isComma(phrase.end) || WordSet.conjunctions.contains(text.tokens[phrase.end]) else { break }
            // Only continue into another person, not into the rest of the clause.
            guard startsPerson(next, range.upperBound) else { break }
            i = next
        }
    }

    private func startsPerson(_ i: Int, _ limit: Int) -> Bool {
        guard let p = reader.read(at: i, limit: limit) else { return false }
        return p.name != nil
    }

    private func add(_ phrase: PersonPhrase, as slot: DelegationFrame.Slot, to frame: inout DelegationFrame) {
        guard let nameRange = phrase.name else {
            if slot == .host, frame.to == nil, let role = phrase.role { frame.to = country(in: role) }
            return
        }
        let words = nameRange.filter { text.tokens[$0].kind == .word }.map { text.string(text.tokens[$0].span) }
        let role = phrase.role.map { text.string(tokens: $0) }
        let person = Person(
            name: text.string(tokens: nameRange), role: role, country: phrase.role.flatMap(country(in:)),
            mentions: [text.span(tokens: nameRange)]
        )
        // A person already placed keeps their first slot: hosts named again are not leaders.
        if let existing = frame.slot(of: words), existing != slot {
            frame.add(person, words: words, as: existing)
            return
        }
        frame.add(person, words: words, as: slot)
    }

    private func country(in range: Range<Int>) -> String? {
        countries.first { range.contains($0.tokens.lowerBound) && $0.form != .capital }?.code
    }

    /// "une délégation russe", "en provenance de la Fédération de Russie", "a Turkish delegation".
    private func origin(afterNoun noun: Int, in range: Range<Int>) -> String? {
        if let before = countries.last(where: { $0.tokens.upperBound == noun || $0.tokens.upperBound == noun - 1 }), before.form == .demonym {
            return before.code
        }
        let window = noun..<min(range.upperBound, noun + 12)
        let travelStart = Lexicon.travel.first(in: text.tokens, window)?.start ?? window.upperBound
        return countries.first { ($0.tokens.lowerBound > noun) && $0.tokens.lowerBound < travelStart }?.code
    }

    private func setDestination(_ frame: inout DelegationFrame, after start: Int, in range: Range<Int>) {
        var i = start
        while i < min(range.upperBound, start + 4) {
            let t = text.tokens[i]
            if t.kind == .word, Lexicon.destinationPrepositions.contains(t) || Lexicon.determiners.contains(t) { i += 1; continue }
            break
        }
        guard i < range.upperBound else { return }
        if let place = places.first(where: { $0.tokens.lowerBound == i }) {
            frame.place = frame.place ?? text.string(tokens: place.tokens)
            frame.to = frame.to ?? place.place.country
        } else if let c = countries.first(where: { $0.tokens.lowerBound == i }) {
            if c.form == .capital { frame.place = frame.place ?? text.string(tokens: c.tokens) }
            frame.to = frame.to ?? c.code
        }
    }

    private func presidency(in range: Range<Int>) -> (country: String, city: String)? {
        for i in range where text.tokens[i].kind == .word && text.tokens[i].isCapitalized {
            if let p = Lexicon.presidencies[text.folded(i)] { return p }
        }
        return nil
    }

    private func finish(_ frame: DelegationFrame) -> Delegation {
        var f = frame
        if f.from == nil { f.from = f.countries(in: .leader).first ?? f.countries(in: .member).first }
        if f.to == nil { f.to = f.countries(in: .host).first }
        if f.from == nil, let home = homeCountry, home != f.to, f.countries(in: .host).allSatisfy({ $0 != home }) { f.from = home }
        if f.from == f.to, f.from != nil, let hostCountry = f.countries(in: .host).first, hostCountry != f.from { f.to = hostCountry }
        let evidence = f.sentences.map { text.layout.sentences[$0].span }
        return f.delegation(evidence: evidence)
    }
}
