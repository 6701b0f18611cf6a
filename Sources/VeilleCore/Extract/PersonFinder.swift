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
                if mayStartPerson(text.tokens[i]), !opensNoPhrase(i, limit: range.upperBound), let phrase = reader.read(at: i, limit: range.upperBound),
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
        return assigningRespectively(found)
    }

    // MARK: "respectivement"

    /// "Les délégations du Burkina et du Niger, conduites respectivement par A et B", "the army chiefs of Mali and
    /// Niger, A and B respectively": the people next to the word take, in order, the countries named before them.
    private func assigningRespectively(_ found: [FoundPerson]) -> [FoundPerson] {
        var out = found
        let respectively = Lexicon.respectively
        // Only sentences that name two people or more are scanned for the word (found is in sentence order).
        for p in found.indices.dropLast() where found[p + 1].sentence == found[p].sentence && (p == 0 || found[p - 1].sentence != found[p].sentence) {
            let s = found[p].sentence
            let range = text.sentenceTokens[s]
            for k in range where text.tokens[k].kind == .word && respectively.contains(text.tokens[k]) {
                let group = groupBeside(k, in: out, sentence: s)
                // The countries before the first name: "the army chiefs of Mali and Niger, A" names them in A's role.
                guard group.count >= 2, let first = out[group[0]].phrase.name?.lowerBound else { continue }
                let named = countries.partiesNamed(in: range.lowerBound..<first)
                guard named.count >= group.count else { continue }
                for (person, country) in zip(group, named.suffix(group.count)) {
                    var phrase = out[person].phrase
                    phrase.origin = country.tokens
                    out[person] = FoundPerson(phrase: phrase, sentence: s, country: country.code)
                }
            }
        }
        return out
    }

    /// The people just after "respectivement (par)" or just before "respectively", joined by commas, articles
    /// and conjunctions only.
    private func groupBeside(_ k: Int, in found: [FoundPerson], sentence s: Int) -> [Int] {
        let inSentence = found.indices.filter { found[$0].sentence == s }
        let after = inSentence.filter { start(of: found[$0].phrase) > k }
        let before = inSentence.filter { found[$0].phrase.end <= k }
        var group: [Int] = []
        if let firstAfter = after.first, onlyLinks(k + 1, start(of: found[firstAfter].phrase)) {
            group = [firstAfter]
            for p in after.dropFirst() where onlyLinks(found[group.last!].phrase.end, start(of: found[p].phrase)) { group.append(p) }
        } else if let lastBefore = before.last, onlyLinks(found[lastBefore].phrase.end, k) {
            group = [lastBefore]
            for p in before.reversed().dropFirst() where onlyLinks(found[p].phrase.end, start(of: found[group[0]].phrase)) {
                group.insert(p, at: 0)
            }
        }
        return group
    }

    /// Nothing but commas, conjunctions, agents ("par") and articles between two tokens.
    private func onlyLinks(_ lo: Int, _ hi: Int) -> Bool {
        guard lo <= hi, hi - lo <= 3 else { return false }
        return (lo..<hi).allSatisfy { k in
            let t = text.tokens[k]
            return t.isCommaMark || t.isPunctuation("'") || (t.kind == .word && (reader.lexicon.conjunctions.contains(t)
                || Lexicon.agents.contains(t) || Lexicon.determiners.contains(t)))
        }
    }

    private func start(of phrase: PersonPhrase) -> Int {
        Swift.min(phrase.role?.lowerBound ?? Int.max, phrase.name?.lowerBound ?? Int.max)
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

    /// Classes of the words the reader skips or reads a role from before a name.
    private static let opensRole = starts | WordClass.determiner.rawValue | WordClass.circumstanceAdjective.rawValue
        | WordClass.internationalBodyStart.rawValue

    /// A capitalised word ("Selon", "Cette", "Niamey") that the reader can neither skip nor read a role from,
    /// followed by a lower-case word that no name particle joins: the reader would return no phrase, as a name
    /// takes two capitalised words when no surname is known. Said with a few bit tests, where the reader's
    /// calls cost hundreds of instructions at a third of the capitalised words.
    @inline(__always)
    private func opensNoPhrase(_ i: Int, limit: Int) -> Bool {
        let t = text.tokens[i]
        guard t.isCapitalized, !t.isUpperCase, t.classes & Self.opensRole == 0, reader.surnames.isEmpty else { return false }
        guard i + 1 < limit else { return true }
        let next = text.tokens[i + 1]
        return next.kind == .word && !next.isCapitalized && next.classes & WordClass.nameParticle.rawValue == 0
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
