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
