/// A gazetteer place behind a reference. Mentions are copied at every
/// filter and lookup by position: a reference is one count to copy, where
/// the record's strings would take nine.
final class PlaceRecord: Sendable {
    let place: Place

    init(_ place: Place) {
        self.place = place
    }
}

/// A place named in the article, resolved to one gazetteer record.
struct PlaceMention: Sendable {
    /// The record's index in the gazetteer.
    let index: Int
    let record: PlaceRecord
    var place: Place { record.place }
    let tokens: Range<Int>
    /// The compass quarter of the place the mention names ("ouest de la Méditerranée"), when the gazetteer has no record for it.
    var quarter: String? = nil
    /// The region takes the article's words as its name: quarters are named as the press writes them.
    var named = false
    /// A capital standing for its government by the words around it: kept for
    /// the delegations (it tells a country), not a region.
    var government = false

    init(index: Int, in gazetteer: Gazetteer, tokens: Range<Int>, quarter: String? = nil, named: Bool = false, government: Bool = false) {
        self.index = index
        record = gazetteer.placeRecords[index]
        self.tokens = tokens
        self.quarter = quarter
        self.named = named
        self.government = government
    }
}

/// Finds gazetteer places in the text and resolves the traps of the genre:
/// plain words that are also regions ("Centre", "Est"), Sahel the zone versus
/// Burkina's region, the river Niger, capitals standing for governments.
struct PlaceFinder {
    let gazetteer: Gazetteer
    /// Countries the article is about, most named first: they break ties
    /// between places of the same name (Gao in Mali or in Burkina Faso).
    let countries: [String]
    let words = PlaceContextWords.shared

    private static let governmentVerbs = WordSet([
        "a", "ont", "entend", "entendent", "souhaite", "souhaitent", "veut", "veulent", "s", "se", "accuse", "dénonce", "estime",
        "affirme", "annonce", "exige", "says", "said", "has", "have", "wants", "will", "accuses", "insists", "announced",
    ])
    private static let expectedMentions = 32

    func find(in text: ParsedText, excluding excluded: [Range<Int>]) -> [PlaceMention] {
        var mentions: [PlaceMention] = []
        // Articles name a few dozen places at most: one allocation rather than five regrowths.
        mentions.reserveCapacity(Self.expectedMentions)
        let tokens = text.tokens
        let names = gazetteer.placeNames
        var i = 0
        var ex = 0
        while i < tokens.count {
            guard names.mayStart(tokens[i]) else { i += 1; continue }
            while ex < excluded.count, excluded[ex].upperBound <= i { ex += 1 }
            if ex < excluded.count, excluded[ex].contains(i) { i = excluded[ex].upperBound; continue }
            if let q = quarter(at: i, text) {
                if !isInsideName(tokens, q.tokens) { mentions.append(q) }
                i = q.tokens.upperBound
                continue
            }
            guard let match = names.longestMatch(in: tokens, at: i) else { i += 1; continue }
            if let country = gazetteer.countryNames.longestMatch(in: tokens, at: i), country.end >= match.end, tokens[i].isCapitalized {
                i = country.end
                continue
            }
            if isInsideName(tokens, i..<match.end) {
                i = match.end
            } else if let index = resolve(match.node, text, i..<match.end) {
                // Built whole, straight into the array: a mention set after building is copied once more.
                mentions.append(PlaceMention(index: index, in: gazetteer, tokens: i..<match.end, government: isGovernment(tokens, i..<match.end)))
                i = match.end
            } else {
                i += 1
            }
        }
        return mentions
    }

    /// The best of the places sharing a name, by index, or nil when none fits here.
    func resolve(_ node: Int32, _ text: ParsedText, _ range: Range<Int>) -> Int? {
        let tokens = text.tokens
        let capitalized = tokens[range.lowerBound].isCapitalized
        var cued: Bool?
        var best: (index: Int, rank: (Int, Int))?
        let facts = gazetteer.placeFacts
        gazetteer.placeNames.forEachPayload(node) { raw in
            let i = Int(raw)
            // Fields read in place: a copy of the facts would retain their strings.
            let kind = facts[i].kind
            if kind == .city || kind == .adminRegion, !capitalized { return }
            if facts[i].strict {
                if cued == nil { cued = hasCue(tokens, before: range.lowerBound, after: range.upperBound) || inCuedList(tokens, before: range.lowerBound) }
                if cued == false { return }
            }
            let r = rank(country: facts[i].country, preference: facts[i].preference, strict: facts[i].strict)
            if best.map({ r < $0.rank }) ?? true { best = (i, r) }
        }
        guard let best else { return nil }
        if isRiver(tokens, range) || standsForGovernment(tokens, range, foreignCapital: facts[best.index].isForeignCapital) { return nil }
        return best.index
    }

    /// Of the facts' fields, not the facts: a copy of them retained their strings, for every candidate place.
    private func rank(country: String?, preference: Int, strict: Bool) -> (Int, Int) {
        let countryRank = country.flatMap { countries.firstIndex(of: $0) } ?? (country == nil ? 0 : countries.count + 1)
        return (countryRank, preference - (strict ? 10 : 0))
    }


    /// "région du Sahel", "province tchadienne du Lac", "the Lac province".
    private func hasCue(_ tokens: [Token], before i: Int, after end: Int) -> Bool {
        if end < tokens.count, words.cueHeads.contains(tokens[end]) { return true }
        var j = i - 1
        var sawLink = false
        while j >= max(0, i - 6) {
            let t = tokens[j]
            if t.kind == .punctuation {
                guard t.isApostrophe else { return false }
            } else if words.cueHeads.contains(t) {
                return sawLink
            } else if words.cueLinks.contains(t) {
                sawLink = true
            } else if !gazetteer.demonymKeys.contains(t) {
                return false
            }
            j -= 1
        }
        return false
    }

    /// "les régions des Hauts-Bassins, des Cascades, de l'Est et du Nord": the
    /// cue before a list licenses every item of it.
    private func inCuedList(_ tokens: [Token], before i: Int) -> Bool {
        guard i > 0, words.cueLinks.contains(tokens[i - 1]) || tokens[i - 1].isPunctuation("'") else { return false }
        var j = i - 1
        var separated = false
        while j >= max(0, i - PlaceWords.listReach) {
            let t = tokens[j]
            if t.kind == .punctuation {
                guard t.isApostrophe || t.isCommaMark || (t.isHyphen && !t.spaceBefore) else { return false }
                if t.isCommaMark { separated = true }
            } else if PlaceWords.listCueHeads.contains(t) {
                return separated
            } else if WordSet.conjunctions.contains(t) {
                separated = true
            } else if !words.cueLinks.contains(t), !t.isCapitalized {
                return false
            }
            j -= 1
        }
        return false
    }

    private func isRiver(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let before = range.lowerBound - 1
        if before >= 0, words.river.contains(tokens[before]) { return true }
        return range.upperBound < tokens.count && words.river.contains(tokens[range.upperBound])
    }

    /// "Bamako et Moscou ont convenu", "Washington says": the capital is the
    /// government speaking, not a place the article is about.
    private func standsForGovernment(_ tokens: [Token], _ range: Range<Int>, foreignCapital: Bool) -> Bool {
        guard gazetteer.capitals.longestMatch(in: tokens, at: range.lowerBound) != nil else { return false }
        if isDestination(tokens, range.lowerBound) { return false }
        // "BEIJING, May 3 (Xinhua) --": a capital in capitals before a comma or a bracket is a dateline, where the news is.
        let e = range.upperBound
        if tokens[range.lowerBound].isUpperCase, e < tokens.count, tokens[e].isPunctuation(",") || tokens[e].isPunctuation("(") { return false }
        // The words tell: a foreign capital is dropped, a home one flagged (see `isGovernment`).
        if let told = governmentByContext(tokens, range) { return told && foreignCapital }
        // A foreign capital is a place only where someone goes or stays ("à Moscou", "in Ankara").
        if foreignCapital { return true }
        var j = range.upperBound
        if j < tokens.count, tokens[j].kind == .word, WordSet.conjunctions.contains(tokens[j]), j + 1 < tokens.count,
           let other = gazetteer.capitals.longestMatch(in: tokens, at: j + 1) ?? gazetteer.countryNames.longestMatch(in: tokens, at: j + 1) {
            j = other.end
        }
        return j < tokens.count && Self.governmentVerbs.contains(tokens[j])
    }
}

