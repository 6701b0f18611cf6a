/// Where a visit comes from and goes to: the delegation's origin after its
/// noun, the destination after a travel cue, the town named before the
/// visit, the presidential palace that names the host.
extension DelegationExtractor {
    /// "The ECOWAS delegation", "la délégation de la CEDEAO", "a UN Security Council delegation": the body
    /// is named just before the noun or in its complement.
    func sentByBody(_ noun: Int, in range: Range<Int>) -> Bool {
        let before = max(range.lowerBound, noun - 3)..<noun
        // Wide enough for a body named in full: "de l'Organisation internationale pour les migrations".
        let after = (noun + 1)..<min(range.upperBound, noun + 10)
        return Lexicon.internationalBodies.contains(in: text.tokens, before)
            || (after.first.map { Lexicon.fromWords.contains(text.tokens[$0]) || Lexicon.originLinks.contains(text.tokens[$0]) } ?? false)
            && Lexicon.internationalBodies.contains(in: text.tokens, after)
    }

    /// "une délégation russe", "en provenance de la Fédération de Russie", "a Turkish delegation".
    func origin(afterNoun noun: Int, in range: Range<Int>) -> String? {
        if let before = countries.starting(in: max(0, noun - 6)..<noun).last(where: { $0.tokens.upperBound == noun || $0.tokens.upperBound == noun - 1 }),
           before.form == .demonym {
            return before.code
        }
        // "Chad's delegation": the country's possessive.
        if noun >= 2, text.tokens[noun - 2].isApostrophe, text.tokens[noun - 1].kind == .word, text.tokens[noun - 1].key == Keys.s,
           let owner = countries.starting(in: max(0, noun - 6)..<noun).last(where: { $0.tokens.upperBound == noun - 2 }), owner.form == .name {
            return owner.code
        }
        let window = noun..<min(range.upperBound, noun + 12)
        let stop = [Lexicon.travel.first(in: text.tokens, window)?.start, Lexicon.lead.first(in: text.tokens, window)?.start]
            .compactMap { $0 }.min() ?? window.upperBound
        // "une délégation militaire russe", "a delegation from Accra", "la délégation du Niger": a
        // demonym just after the noun, or a country or capital after "de"/"from"; not any country
        // the clause goes on to name ("the mission, known by its French acronym").
        return countries.starting(in: (noun + 1)..<max(noun + 1, stop)).first { c in
            var k = c.tokens.lowerBound - 1
            if c.form == .demonym { return c.tokens.lowerBound <= noun + 3 }
            // "from the United States": past the article.
            if k > noun + 1, text.tokens[k].kind == .word, Lexicon.determiners.contains(text.tokens[k]), !Lexicon.originLinks.contains(text.tokens[k]) { k -= 1 }
            let before = text.tokens[k]
            return Lexicon.fromWords.contains(before) || Lexicon.originLinks.contains(before)
        }?.code
    }

    /// The first place after a preposition within the clause that follows a
    /// visit cue: "s'est rendue à Bamako", "a séjourné mardi et mercredi à Ouahigouya".
    func setDestination(_ frame: inout DelegationFrame, after start: Int, in range: Range<Int>) {
        var i = start
        let limit = min(range.upperBound, start + 10)
        // The cue may end with its preposition ("arrived in").
        if start > range.lowerBound, text.isDestination(start - 1) { i = start - 1 }
        // "visited Tahoua", "a pris la direction de Niamey": the place straight after the cue is its object.
        if start > range.lowerBound, start < range.upperBound,
           let place = places.starting(at: start), place.place.kind == .city || place.place.kind == .adminRegion {
            frame.fill(.place, text.string(tokens: place.tokens), because: "the object of a visit verb", at: text.span(tokens: place.tokens))
            frame.fill(.to, place.place.country, because: "the country of the place visited", at: text.span(tokens: place.tokens))
            return
        }
        while i < limit, !text.isComma(i) || i == start {
            if text.tokens[i].kind == .word, text.isDestination(i) {
                var j = i + 1
                while j < limit, Lexicon.determiners.contains(text.tokens[j]) || text.tokens[j].isApostrophe { j += 1 }
                // A visit happens in a town or a country, not in "West Africa".
                if let place = places.starting(at: j), place.place.kind == .city || place.place.kind == .adminRegion {
                    frame.fill(.place, text.string(tokens: place.tokens), because: "the town after the visit cue", at: text.span(tokens: place.tokens))
                    frame.fill(.to, place.place.country, because: "the country of the town after the visit cue", at: text.span(tokens: place.tokens))
                    return
                }
                if let c = countries.starting(at: j), c.form != .demonym {
                    if c.form == .capital {
                        frame.fill(.place, text.string(tokens: c.tokens), because: "the capital after the visit cue", at: text.span(tokens: c.tokens))
                    }
                    frame.fill(.to, c.code, because: "the country after the visit cue", at: text.span(tokens: c.tokens))
                    return
                }
            }
            i += 1
        }
    }

    /// "… in Bamako. Mr. X led a delegation …": the town of the host country
    /// named in the sentence before the visit, or in its own sentences.
    /// `country`: the host country when known; else any town not of the visitors' country.
    func priorVenue(_ frame: DelegationFrame, country: String?) -> PlaceMention? {
        guard let first = frame.sentences.first else { return nil }
        for s in [first - 1] + frame.sentences where s >= 0 {
            guard let v = venue(in: text.sentenceTokens[s]) else { continue }
            if let country { if v.place.country == country { return v } } else if v.place.country != frame.from { return v }
        }
        return nil
    }

    func presidency(in range: Range<Int>) -> (country: String, city: String, token: Int)? {
        let tokens = text.tokens
        let palaces = Lexicon.presidencyKeys
        for i in range where tokens[i].kind == .word && tokens[i].isCapitalized && palaces.contains(tokens[i].key) {
            let key = tokens[i].key
            if let p = Lexicon.presidencies.first(where: { $0.key == key }) { return (p.country, p.city, i) }
        }
        return nil
    }

    /// Where a visit at a named palace took place, as the article writes it: its city when the article names
    /// the city, else the palace's own name ("à Koulouba"), never a town the text does not contain.
    func venue(ofPalace palace: (country: String, city: String, token: Int)) -> String {
        places.contains { $0.place.name == palace.city } ? palace.city : text.string(tokens: palace.token..<(palace.token + 1))
    }

    /// The person after "visite en Russie du …", "visit to Mali by …": the place or country straight after
    /// the cue, then "de"/"du"/"by", then a named person.
    func visitorAfterDestination(_ travel: SentenceCues.Match, in range: Range<Int>) -> PersonPhrase? {
        var i = travel.end
        // "visit to Mali by": the cue may stop before its preposition.
        while i < range.upperBound, text.tokens[i].kind == .word, Lexicon.determiners.contains(text.tokens[i]) || text.isDestination(i) { i += 1 }
        guard i < range.upperBound else { return nil }
        if let place = places.starting(at: i) { i = place.tokens.upperBound } else if let c = countries.starting(at: i), c.form != .demonym {
            i = c.tokens.upperBound
        } else { return nil }
        guard i + 1 < range.upperBound, text.tokens[i].kind == .word,
              Lexicon.originLinks.contains(text.tokens[i]) || Lexicon.fromWords.contains(text.tokens[i]) || Lexicon.passiveAgents.contains(text.tokens[i]) else { return nil }
        guard let phrase = reader.read(at: i + 1, limit: range.upperBound), phrase.name != nil else { return nil }
        return phrase
    }

    /// Where the named person a visit goes to begins: "a visit to the Chief of Army Staff, General X",
    /// "une visite de courtoisie au ministre X" (a short lower-case complement before the preposition).
    func visitedPerson(after travel: SentenceCues.Match, in range: Range<Int>) -> Int? {
        var k = travel.end - 1
        while k < min(range.upperBound - 1, travel.end + 3) {
            let t = text.tokens[k]
            guard t.kind == .word, k < travel.end || !t.isCapitalized else { return nil }
            if text.isDestination(k) { break }
            k += 1
        }
        guard k + 1 < range.upperBound, text.isDestination(k),
              let phrase = reader.read(at: k + 1, limit: range.upperBound), let name = phrase.name, phrase.role != nil,
              places.starting(at: name.lowerBound) == nil else { return nil }
        return k + 1
    }

    /// "la capitale russe", "the Russian capital": a demonym just after or just before the word for a capital.
    func capitalByDemonym(in range: Range<Int>) -> CountryMention? {
        for i in range where text.tokens[i].kind == .word && PlaceWords.capitalWords.contains(text.tokens[i]) {
            if let after = countries.starting(at: i + 1), after.form == .demonym { return after }
            if let before = countries.starting(in: max(range.lowerBound, i - 3)..<i).last(where: { $0.tokens.upperBound == i }),
               before.form == .demonym { return before }
        }
        return nil
    }

    /// "a reçu l'ambassadeur d'Allemagne, X, puis celui du Japon, Y": the countries of the other parties the
    /// same hosts received. Each is a guest too, so none of them is where the others went.
    func coGuestCountries(of f: Int, among frames: [DelegationFrame]) -> [String] {
        // A frame has a few hosts: compared in place, where a set of their names hashed each and copied every entry.
        // By index: a frame taken out of the array was copied, every string and list retained.
        let hosts = frames[f].people
        guard hosts.contains(where: { $0.slot == .host }) else { return [] }
        var result: [String] = []
        for k in frames.indices {
            guard let from = frames[k].from, from != frames[f].from else { continue }
            if frames[k].people.contains(where: { o in o.slot == .host && hosts.contains { $0.slot == .host && $0.person.name == o.person.name } }) {
                result.append(from)
            }
        }
        return result
    }
}
