/// A person the article names with a role or a courtesy title, wherever it
/// stands: the press puts people in headlines, in lists after "Étaient
/// présents :", in parentheses, not only next to a visit cue.
struct FoundPerson {
    let phrase: PersonPhrase
    let sentence: Int
    /// The country the phrase tells: a demonym or a country in the role, or "(Mali)" after the name.
    let country: String?
}

struct PersonFinder {
    let text: ParsedText
    let reader: PersonReader
    let countries: [CountryMention]

    func find() -> [FoundPerson] {
        var found: [FoundPerson] = []
        for s in text.sentenceTokens.indices {
            let range = text.sentenceTokens[s]
            var i = range.lowerBound
            while i < range.upperBound {
                if mayStartPerson(text.tokens[i]), let phrase = reader.read(at: i, limit: range.upperBound),
                   let name = phrase.name, phrase.role != nil || isTitled(name.lowerBound, from: i) {
                    let country = country(of: phrase, limit: range.upperBound)
                    found.append(FoundPerson(phrase: phrase, sentence: s, country: country))
                    i = max(phrase.end, i + 1)
                    // "Les ministres de la Défense du Mali, X, et du Niger, Y": one role, a name per country.
                    if let role = phrase.role, let head = roleHeadBeforeCountry(role) {
                        while let (next, name, origin, code) = countryAndName(after: i, limit: range.upperBound) {
                            let phrase = PersonPhrase(name: name, role: head, origin: origin, end: name.upperBound)
                            found.append(FoundPerson(phrase: phrase, sentence: s, country: code))
                            i = next
                        }
                    }
                    // "Les vice-ministres russes X et Y": the second name shares the role.
                    // "…, Air Vice Marshal X and Air Commodore Y": the second name may carry its own rank.
                    if let role = phrase.role, i + 1 < range.upperBound, text.tokens[i].kind == .word, reader.lexicon.conjunctions.contains(text.tokens[i]) {
                        let rank = reader.lexicon.ranks.match(text.tokens, at: i + 1, limit: range.upperBound)
                        guard let second = reader.readName(at: rank ?? i + 1, limit: range.upperBound) else { continue }
                        let own = rank.map { (i + 1)..<$0 } ?? role
                        found.append(FoundPerson(phrase: PersonPhrase(name: second, role: own, end: second.upperBound), sentence: s, country: country))
                        i = second.upperBound
                    }
                    continue
                }
                i += 1
            }
        }
        return found
    }

    /// "ministres de la Défense du Mali", "ses homologues libyen": the role before its closing country,
    /// when the role is plural (a role shared by several people, each named after their country).
    private func roleHeadBeforeCountry(_ role: Range<Int>) -> Range<Int>? {
        guard let last = countries.starting(in: role).last, last.tokens.upperBound == role.upperBound, last.form != .capital else { return nil }
        let head = last.form == .demonym ? last.tokens.lowerBound : ofWordsStart(before: last.tokens.lowerBound, floor: role.lowerBound)
        guard let head, head > role.lowerBound, (role.lowerBound..<head).contains(where: isPluralFunction) else { return nil }
        return role.lowerBound..<head
    }

    /// "ministres", "chefs", "ministers": a function word in -s.
    private func isPluralFunction(_ k: Int) -> Bool {
        let span = text.tokens[k].span
        guard text.tokens[k].kind == .word, span.length > 3, reader.lexicon.functions.match(text.tokens, at: k) != nil else { return false }
        let last = text.scalars[span.end - 1]
        return last == "s" || last == "x"
    }

    /// ", et du Niger, Y", ", du Niger, Y" or ", et tunisien, Y" at i: one past the name, the name, the country's tokens and code.
    private func countryAndName(after i0: Int, limit: Int) -> (Int, Range<Int>, Range<Int>, String)? {
        let tokens = text.tokens
        var i = i0
        if i < limit, tokens[i].isCommaMark { i += 1 }
        if i < limit, tokens[i].kind == .word, reader.lexicon.conjunctions.contains(tokens[i]) { i += 1 }
        var k = i
        while k < min(limit, i + 3), tokens[k].kind == .word || tokens[k].isPunctuation("'"), countries.starting(at: k) == nil,
              tokens[k].isPunctuation("'") || reader.lexicon.countryLinks.contains(tokens[k]) { k += 1 }
        // ", et tunisien, Y": a demonym needs no article.
        guard let c = countries.starting(at: k), c.form == .demonym || (k > i && c.form == .name), c.tokens.upperBound + 1 < limit,
              tokens[c.tokens.upperBound].isCommaMark,
              let name = reader.readName(at: c.tokens.upperBound + 1, limit: limit) else { return nil }
        return (name.upperBound, name, c.tokens, c.code)
    }

    /// Where "du", "de la", "of the" before a country start, if they do.
    private func ofWordsStart(before k: Int, floor: Int) -> Int? {
        var j = k
        while j > floor, text.tokens[j - 1].isPunctuation("'") || reader.lexicon.countryLinks.contains(text.tokens[j - 1]) { j -= 1 }
        return j < k ? j : nil
    }

    /// Where a person phrase can begin: a capitalised word, or a title,
    /// rank, courtesy title or nationality (most words are none, and are
    /// skipped with one bit test).
    private static let starts = WordClass.functionStart.rawValue | WordClass.rankStart.rawValue
        | WordClass.honorific.rawValue | WordClass.countryStart.rawValue

    @inline(__always)
    private func mayStartPerson(_ t: Token) -> Bool {
        t.kind == .word && (t.isCapitalized || t.classes & Self.starts != 0)
    }

    /// "M. Diallo", "Son Excellence Ahmed …": a courtesy title before the name, and no role.
    private func isTitled(_ nameStart: Int, from start: Int) -> Bool {
        (start..<nameStart).contains { reader.lexicon.honorifics.contains(text.tokens[$0]) }
    }

    private func country(of phrase: PersonPhrase, limit: Int) -> String? {
        if let role = phrase.role, let c = RoleCountry.of(role, in: text, countries: countries) { return c }
        // "Sadio Camara (Mali)".
        let e = phrase.end
        guard e + 2 < limit, text.tokens[e].isPunctuation("("),
              let c = countries.starting(at: e + 1), c.form != .capital,
              c.tokens.upperBound < limit, text.tokens[c.tokens.upperBound].isPunctuation(")") else { return nil }
        return c.code
    }
}
