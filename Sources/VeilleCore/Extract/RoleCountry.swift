/// The country a role phrase gives its holder. "l'ambassadeur de Russie au
/// Mali" is Russian: where an envoy is posted ("au Mali", "in Mali") is not
/// their nationality, so a country after a destination preposition counts
/// only when the role is not a posting and nothing else is named.
enum RoleCountry {
    static func of(_ role: Range<Int>, in text: ParsedText, countries: [CountryMention]) -> String? {
        // "Représentant spécial du Secrétaire général des Nations unies au Mali": an international official.
        if servesInternationalBody(role, text) { return nil }
        // The mentions read in place: a filtered copy cost an array and a copy of each code, for every role.
        let inRole = countries.starting(in: role)
        guard let first = inRole.firstIndex(where: { $0.form != .capital }) else { return nil }
        for k in first..<inRole.endIndex where inRole[k].form != .capital {
            let before = inRole[k].tokens.lowerBound - 1
            if before < role.lowerBound || !postedTo(before, text) { return inRole[k].code }
        }
        return Lexicon.postings.contains(in: text.tokens, role) ? nil : inRole[first].code
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
