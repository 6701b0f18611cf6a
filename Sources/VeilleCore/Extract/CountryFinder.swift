/// Where an article names a country: by name, by demonym ("malienne"), or by
/// a capital standing for its government ("Moscou").
struct CountryMention: Sendable {
    enum Form: Sendable { case name, demonym, capital }
    let code: String
    let tokens: Range<Int>
    let form: Form
}

struct CountryFinder {
    let gazetteer: Gazetteer

    func find(in text: ParsedText) -> [CountryMention] {
        var mentions: [CountryMention] = []
        var i = 0
        let tokens = text.tokens
        while i < tokens.count {
            guard tokens[i].kind == .word else { i += 1; continue }
            if let m = best(tokens, at: i) {
                mentions.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return mentions
    }

    private func best(_ tokens: [Token], at i: Int) -> CountryMention? {
        var found: CountryMention?
        // Names and capitals are proper nouns; demonyms are lower-case in French.
        if tokens[i].isCapitalized {
            consider(gazetteer.countryNames, .name, tokens, i, &found)
            consider(gazetteer.capitals, .capital, tokens, i, &found)
        }
        consider(gazetteer.demonyms, .demonym, tokens, i, &found)
        return found
    }

    @inline(__always)
    private func consider(_ index: PhraseIndex, _ form: CountryMention.Form, _ tokens: [Token], _ i: Int, _ found: inout CountryMention?) {
        guard let m = index.longestMatch(in: tokens, at: i), let first = m.payload.first else { return }
        if let f = found, f.tokens.upperBound >= m.end { return }
        found = CountryMention(code: gazetteer.countryIndex(first).code, tokens: i..<m.end, form: form)
    }

    /// Countries by how often the article names them, most named first.
    static func ranking(_ mentions: [CountryMention]) -> [String] {
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for (n, m) in mentions.enumerated() {
            counts[m.code, default: 0] += 1
            if firstSeen[m.code] == nil { firstSeen[m.code] = n }
        }
        return counts.keys.sorted { (counts[$0]!, -firstSeen[$0]!) > (counts[$1]!, -firstSeen[$1]!) }
    }
}
