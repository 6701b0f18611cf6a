/// Quarters named by a compass word: "nord du Mali", "l'ouest de la
/// Méditerranée", "the northern regions of Togo", "Benin's northern regions",
/// "le centre du pays". The whole phrase is one region, named in the
/// article's words.
extension PlaceFinder {
    /// Asked at every word that may start a place, and most are no compass word: that test runs inline,
    /// where the call and its mention-sized result cost more than the lookup.
    @inline(__always)
    func quarter(at i: Int, _ text: ParsedText) -> PlaceMention? {
        let tokens = text.tokens
        guard tokens[i].kind == .word, let first = words.compass.value(for: tokens[i].key) else { return nil }
        return quarter(at: i, compassPart: first, text)
    }

    private func quarter(at i: Int, compassPart first: String, _ text: ParsedText) -> PlaceMention? {
        let tokens = text.tokens
        guard !isVerbEst(tokens, i, first) else { return nil }
        var (part, j) = compound(first, tokens, after: i)
        let hasNoun = j < tokens.count && PlaceWords.quarterNouns.contains(tokens[j])
        if hasNoun { j += 1 }
        if hasNoun, let owner = possessiveOwner(tokens, before: i) { return zone(part, of: owner, i..<j, tokens) }
        let links = j
        while j < tokens.count, j - links < 3, PlaceWords.quarterLinks.contains(tokens[j]) || tokens[j].isPunctuation("'") { j += 1 }
        guard j > links, j < tokens.count else { return nil }
        if PlaceWords.thisCountry.contains(tokens[j]) {
            guard let home = countries.first, isLocated(tokens, i) else { return nil }
            return zone(part, of: home, i..<(j + 1), tokens)
        }
        if tokens[j].isCapitalized, let c = gazetteer.countryNames.longestMatch(in: tokens, at: j) {
            return zone(part, of: code(c.node), i..<c.end, tokens)
        }
        return quarter(part, of: j, text, from: i)
    }

    /// A quarter of a zone or a continent; only an article before the compass
    /// word puts it inside ("au sud du Sahara" is beside the Sahara).
    private func quarter(_ part: String, of j: Int, _ text: ParsedText, from i: Int) -> PlaceMention? {
        let tokens = text.tokens
        guard i > 0, tokens[i - 1].isPunctuation("'") || PlaceWords.quarterArticles.contains(tokens[i - 1]),
              let m = gazetteer.placeNames.longestMatch(in: tokens, at: j), let index = resolve(m.node, text, j..<m.end) else { return nil }
        let kind = gazetteer.placeFacts[index].kind
        guard kind == .zone || kind == .supranational, !isInsideName(tokens, j..<m.end) else { return nil }
        return PlaceMention(index: index, in: gazetteer, tokens: i..<m.end, quarter: part)
    }

    /// "dans le centre du pays", "in the north of the country".
    private func isLocated(_ tokens: [Token], _ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, tokens[k].isPunctuation("'") { k -= 1 }
        if k >= 0, PlaceWords.quarterArticles.contains(tokens[k]) || Lexicon.determiners.contains(tokens[k]) { k -= 1 }
        return k >= 0 && PlaceWords.locatives.contains(tokens[k])
    }

    /// "nord-est", "north-eastern": two compass words joined by a hyphen.
    private func compound(_ first: String, _ tokens: [Token], after i: Int) -> (String, Int) {
        let j = i + 1
        guard first == "nord" || first == "sud", j + 1 < tokens.count, tokens[j].isPunctuation("-"), !tokens[j].spaceBefore,
              let second = PlaceWords.compass.value(for: tokens[j + 1].key), second == "est" || second == "ouest" else { return (first, j) }
        return (first + "-" + second, j + 2)
    }

    /// French "est" is mostly the verb: the compass word comes after "l'", "le", "au".
    private func isVerbEst(_ tokens: [Token], _ i: Int, _ part: String) -> Bool {
        guard part == "est", !tokens[i].isCapitalized else { return false }
        return i == 0 || !(tokens[i - 1].isPunctuation("'") || PlaceWords.eastArticles.contains(tokens[i - 1]))
    }

    /// "Benin's northern regions": the country before the possessive.
    private func possessiveOwner(_ tokens: [Token], before i: Int) -> String? {
        guard i > 2, Lexicon.possessiveS.contains(tokens[i - 1]), tokens[i - 2].isPunctuation("'") else { return nil }
        for k in max(0, i - 6)..<(i - 2) {
            if let c = gazetteer.countryNames.longestMatch(in: tokens, at: k), c.end == i - 2 { return code(c.node) }
        }
        return nil
    }

    private func code(_ node: Int32) -> String {
        var code = ""
        gazetteer.countryNames.forEachPayload(node) { raw in if code.isEmpty { code = gazetteer.countryCodes[Int(raw)] } }
        return code
    }

    /// The gazetteer's zone for a quarter of a country, if it has one; named
    /// in the article's words unless they are one of the zone's own names.
    private func zone(_ part: String, of country: String, _ range: Range<Int>, _ tokens: [Token]) -> PlaceMention? {
        guard let index = gazetteer.compassZones[part + "|" + country] else { return nil }
        var own = false
        if let m = gazetteer.placeNames.longestMatch(in: tokens, at: range.lowerBound), m.end == range.upperBound {
            gazetteer.placeNames.forEachPayload(m.node) { if Int($0) == index { own = true } }
        }
        return PlaceMention(index: index, in: gazetteer, tokens: range, named: !own)
    }
}
