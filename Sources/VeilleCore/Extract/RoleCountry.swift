/// The country a role phrase gives its holder. "l'ambassadeur de Russie au
/// Mali" is Russian: where an envoy is posted ("au Mali", "in Mali") is not
/// their nationality, so a country after a destination preposition counts
/// only when the role is not a posting and nothing else is named.
enum RoleCountry {
    static func of(_ role: Range<Int>, in text: ParsedText, countries: [CountryMention]) -> String? {
        // "Représentant spécial du Secrétaire général des Nations unies au Mali": an international official.
        if servesInternationalBody(role, text) { return nil }
        let named = countries.starting(in: role).filter { $0.form != .capital }
        guard !named.isEmpty else { return nil }
        let isPosting = Lexicon.postings.contains(in: text.tokens, role)
        let home = named.first { m in
            let before = m.tokens.lowerBound - 1
            return before < role.lowerBound || !postedTo(before, text)
        }
        if let home { return home.code }
        return isPosting ? nil : named.first?.code
    }

    /// The role names the UN, ECOWAS, the AU, the EU or another body of several countries.
    static func servesInternationalBody(_ role: Range<Int>, _ text: ParsedText) -> Bool {
        Lexicon.internationalBodies.contains(in: text.tokens, role)
            || role.contains { text.tokens[$0].isUpperCase && Lexicon.bodyAcronyms.contains(text.tokens[$0]) }
    }

    /// "au Mali", "in Mali", "auprès du Niger": the word before the country, past an article.
    private static func postedTo(_ i: Int, _ text: ParsedText) -> Bool {
        var k = i
        if k > 0, Lexicon.determiners.contains(text.tokens[k]) || text.tokens[k].isApostrophe { k -= 1 }
        if k >= 0, text.tokens[k].kind == .word, Lexicon.postingPrepositions.contains(text.tokens[k]) { return true }
        return Lexicon.postingPrepositions.contains(text.tokens[i])
    }
}
