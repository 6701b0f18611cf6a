/// A place named in the article, resolved to one gazetteer record.
struct PlaceMention: Sendable {
    let place: Place
    let tokens: Range<Int>
}

/// Finds gazetteer places in the text and resolves the traps of the genre:
/// plain words that are also regions ("Centre", "Est"), Sahel the zone versus
/// Burkina's region, the river Niger, capitals standing for governments.
struct PlaceFinder {
    let gazetteer: Gazetteer
    /// Countries the article is about, most named first: they break ties
    /// between places of the same name (Gao in Mali or in Burkina Faso).
    let countries: [String]

    private static let governmentVerbs = WordSet([
        "a", "ont", "entend", "entendent", "souhaite", "souhaitent", "veut", "veulent", "s", "se", "accuse", "dénonce", "estime",
        "affirme", "annonce", "exige", "says", "said", "has", "have", "wants", "will", "accuses", "insists", "announced",
    ])
    private static let river = WordSet(["fleuve", "river", "boucle", "delta", "vallée"])

    func find(in text: ParsedText, excluding excluded: [Range<Int>]) -> [PlaceMention] {
        var mentions: [PlaceMention] = []
        let tokens = text.tokens
        var i = 0
        var ex = 0
        while i < tokens.count {
            while ex < excluded.count, excluded[ex].upperBound <= i { ex += 1 }
            if ex < excluded.count, excluded[ex].contains(i) { i = excluded[ex].upperBound; continue }
            guard tokens[i].kind == .word, let match = gazetteer.placeNames.longestMatch(in: tokens, at: i) else { i += 1; continue }
            if let country = gazetteer.countryNames.longestMatch(in: tokens, at: i), country.end >= match.end, tokens[i].isCapitalized {
                i = country.end
                continue
            }
            if let place = resolve(match.payload, text, i..<match.end) {
                mentions.append(PlaceMention(place: place, tokens: i..<match.end))
                i = match.end
            } else {
                i += 1
            }
        }
        return mentions
    }

    private func resolve(_ payload: [Int32], _ text: ParsedText, _ range: Range<Int>) -> Place? {
        let tokens = text.tokens
        let cued = hasCue(tokens, before: range.lowerBound, after: range.upperBound)
        let capitalized = tokens[range.lowerBound].isCapitalized
        let candidates = payload.map { gazetteer.placeIndex($0) }.filter { place in
            if place.strict, !cued { return false }
            if place.kind == .city || place.kind == .adminRegion, !capitalized { return false }
            return true
        }
        guard let place = candidates.min(by: { rank($0) < rank($1) }) else { return nil }
        if isRiver(tokens, range) || standsForGovernment(tokens, range, place) { return nil }
        return place
    }

    private func rank(_ p: Place) -> (Int, Int) {
        let countryRank = p.country.flatMap { countries.firstIndex(of: $0) } ?? (p.country == nil ? 0 : countries.count + 1)
        return (countryRank, Gazetteer.preference(p) - (p.strict ? 10 : 0))
    }

    private static let cueHeads = WordSet(["région", "régions", "province", "provinces", "wilaya", "wilayas", "cercle", "commune", "district", "region", "regions"])
    private static let cueLinks = WordSet(["du", "de", "des", "la", "l", "d", "of", "the"])

    /// "région du Sahel", "province tchadienne du Lac", "the Lac province".
    private func hasCue(_ tokens: [Token], before i: Int, after end: Int) -> Bool {
        if end < tokens.count, Self.cueHeads.contains(tokens[end]) { return true }
        var j = i - 1
        var sawLink = false
        while j >= max(0, i - 6) {
            let t = tokens[j]
            if t.kind == .punctuation {
                guard t.key == 0x27 else { return false }
            } else if Self.cueHeads.contains(t) {
                return sawLink
            } else if Self.cueLinks.contains(t) {
                sawLink = true
            } else if !gazetteer.demonymKeys.contains(t) {
                return false
            }
            j -= 1
        }
        return false
    }

    private func isRiver(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let before = range.lowerBound - 1
        if before >= 0, Self.river.contains(tokens[before]) { return true }
        return range.upperBound < tokens.count && Self.river.contains(tokens[range.upperBound])
    }

    /// "Bamako et Moscou ont convenu", "Washington says": the capital is the
    /// government speaking, not a place the article is about.
    private func standsForGovernment(_ tokens: [Token], _ range: Range<Int>, _ place: Place) -> Bool {
        guard gazetteer.capitals.longestMatch(in: tokens, at: range.lowerBound) != nil else { return false }
        if range.lowerBound > 0, Lexicon.destinationPrepositions.contains(tokens[range.lowerBound - 1]) { return false }
        // A foreign capital is a place only where someone goes or stays ("à Moscou", "in Ankara").
        if place.id.hasPrefix("cap:") { return true }
        var j = range.upperBound
        if j < tokens.count, tokens[j].kind == .word, WordSet.conjunctions.contains(tokens[j]), j + 1 < tokens.count,
           let other = gazetteer.capitals.longestMatch(in: tokens, at: j + 1) ?? gazetteer.countryNames.longestMatch(in: tokens, at: j + 1) {
            j = other.end
        }
        return j < tokens.count && Self.governmentVerbs.contains(tokens[j])
    }
}

extension WordSet {
    static let conjunctions = WordSet(["et", "and", "ou", "or"])
}
