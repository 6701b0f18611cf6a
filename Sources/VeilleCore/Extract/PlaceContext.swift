/// The rules that read the words around a place name (see PlaceWords).
/// Each looks a bounded number of tokens around the name, so parsing stays
/// linear.
extension PlaceFinder {
    /// Part of an organisation's, a medium's or an agreement's name: "G5 Sahel",
    /// "Alliance des États du Sahel (AES)", "Télé Sahel", "processus d'Alger", "Accra Initiative".
    func isInsideName(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let i = range.lowerBound
        if i > 0, words.organisationPrefixes.contains(tokens[i - 1]) { return true }
        if i > 0, tokens[i - 1].isCapitalized, words.mediaHeads.contains(tokens[i - 1]) { return true }
        if isAcronymAfter(tokens, range.upperBound) { return true }
        let e = range.upperBound
        if e < tokens.count, tokens[e].isCapitalized, words.agreementHeadsAfter.contains(tokens[e]) { return true }
        return hasNameHead(tokens, before: i)
    }

    /// "Sahel (AES)": an organisation's acronym right after the place.
    private func isAcronymAfter(_ tokens: [Token], _ e: Int) -> Bool {
        e + 2 < tokens.count && tokens[e].isPunctuation("(") && tokens[e + 1].isUpperCase && tokens[e + 2].isPunctuation(")")
    }

    /// Walks back over the name's links and at most two other words to its head.
    private func hasNameHead(_ tokens: [Token], before i: Int) -> Bool {
        var j = i - 1
        var words = 0
        var sawLink = false
        while j >= max(0, i - 8) {
            let t = tokens[j]
            if t.kind == .punctuation {
                guard t.isApostrophe || t.isHyphen, !t.spaceBefore else { return false }
            } else if sawLink, self.words.functions.match(tokens, at: j) != nil {
                // "EU Special Representative for the Sahel": the place belongs to a person's title.
                return false
            } else if self.words.agreementHeads.contains(t) || (t.isCapitalized && self.words.organisationHeads.contains(t)) {
                return sawLink
            } else if self.words.nameLinks.contains(t) {
                sawLink = true
            } else if self.words.nameBreaks.contains(t) || !sawLink {
                return false
            } else {
                words += 1
                if words > 2 { return false }
            }
            j -= 1
        }
        return false
    }

    /// A home capital the words around it make its government ("selon Bamako").
    func isGovernment(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard gazetteer.capitals.longestMatch(in: tokens, at: range.lowerBound) != nil else { return false }
        if isDestination(tokens, range.lowerBound) { return false }
        return governmentByContext(tokens, range) == true
    }

    /// "à Bamako", "in Niamey", "visited Accra" — but "according to Bamako" is a source.
    func isDestination(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0 else { return false }
        if words.directVisits.contains(tokens[i - 1]) { return true }
        return words.destinationPrepositions.contains(tokens[i - 1]) && !(i > 1 && isAccordingTo(tokens, i))
    }

    /// A capital that stands for its government by the words around it,
    /// or nil when they do not tell.
    func governmentByContext(_ tokens: [Token], _ range: Range<Int>) -> Bool? {
        let i = range.lowerBound
        if isVenue(tokens, range) { return false }
        if i > 0, PlaceWords.sources.contains(tokens[i - 1]) { return true }
        if i > 1, isAccordingTo(tokens, i) { return true }
        if range.upperBound < tokens.count, PlaceWords.governmentVerbs.contains(tokens[range.upperBound]) { return true }
        if let p = relationPreposition(tokens, before: i), hasRelationNoun(tokens, before: p) { return true }
        return nil
    }

    /// "according to Niamey".
    private func isAccordingTo(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i - 1].key == Self.to && PlaceWords.sources.contains(tokens[i - 2])
    }

    private static let to = WordHasher.key("to")

    /// Where someone comes from, what a town hosts, an apposition naming it a capital.
    private func isVenue(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let e = range.upperBound
        if e < tokens.count, PlaceWords.hosting.match(tokens, at: e) != nil { return true }
        if e + 1 < tokens.count, tokens[e].isPunctuation(","),
           (e + 1..<min(tokens.count, e + 5)).contains(where: { PlaceWords.capitalWords.contains(tokens[$0]) }) { return true }
        return isOrigin(tokens, before: range.lowerBound) || isAlternation(tokens, before: range.lowerBound)
    }

    private func isOrigin(_ tokens: [Token], before i: Int) -> Bool {
        for k in max(0, i - 4)..<i where PlaceWords.origins.match(tokens, at: k, limit: i) == i { return true }
        guard i > 1, tokens[i - 1].key == Self.from else { return false }
        return (max(0, i - 4)..<(i - 1)).contains { PlaceWords.originHeads.contains(tokens[$0]) }
    }

    private static let from = WordHasher.key("from")

    /// "en alternance entre Téhéran et Niamey".
    private func isAlternation(_ tokens: [Token], before i: Int) -> Bool {
        guard let p = relationPreposition(tokens, before: i) else { return false }
        return (max(0, p - 2)..<p).contains { PlaceWords.alternation.contains(tokens[$0]) }
    }

    /// The "avec", "entre" before a capital, or before the first of two ("entre Lomé et Ouagadougou").
    private func relationPreposition(_ tokens: [Token], before i: Int) -> Int? {
        guard i > 0 else { return nil }
        if PlaceWords.relationPrepositions.contains(tokens[i - 1]) { return i - 1 }
        guard WordSet.conjunctions.contains(tokens[i - 1]) else { return nil }
        var j = i - 2
        while j >= max(0, i - 5), tokens[j].kind == .word, !PlaceWords.relationPrepositions.contains(tokens[j]) { j -= 1 }
        return j >= 0 && PlaceWords.relationPrepositions.contains(tokens[j]) ? j : nil
    }

    /// "la coopération avec", "relations d'amitié et de coopération entre", "the tension that occurred between".
    private func hasRelationNoun(_ tokens: [Token], before p: Int) -> Bool {
        var j = p - 1
        while j >= max(0, p - 4) {
            if tokens[j].kind == .punctuation, !tokens[j].isApostrophe { return false }
            if PlaceWords.relationNouns.contains(tokens[j]) { return true }
            j -= 1
        }
        return false
    }
}

/// The words the place finder tests around every place name, held by one
/// shared object: each read of a static set costs a call to its lazy
/// initialisation check, and these are read at every name.
final class PlaceContextWords: Sendable {
    static let shared = PlaceContextWords()

    let organisationPrefixes = PlaceWords.organisationPrefixes
    let mediaHeads = PlaceWords.mediaHeads
    let agreementHeadsAfter = PlaceWords.agreementHeadsAfter
    let agreementHeads = PlaceWords.agreementHeads
    let organisationHeads = PlaceWords.organisationHeads
    let nameLinks = PlaceWords.nameLinks
    let nameBreaks = PlaceWords.nameBreaks
    let functions = Lexicon.functions
    let directVisits = Lexicon.directVisits
    let destinationPrepositions = Lexicon.destinationPrepositions
    let compass = PlaceWords.compass
    let river = WordSet(["fleuve", "river", "boucle", "delta", "vallée"])
    let cueHeads = WordSet(["région", "régions", "province", "provinces", "wilaya", "wilayas", "cercle", "commune", "district", "region", "regions"])
    let cueLinks = WordSet(["du", "de", "des", "la", "l", "d", "of", "the"])
}
