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
        let forms: [(PhraseIndex, CountryMention.Form)] = [
            (gazetteer.countryNames, .name), (gazetteer.demonyms, .demonym), (gazetteer.capitals, .capital),
        ]
        for (index, form) in forms {
            guard let m = index.longestMatch(in: tokens, at: i), let first = m.payload.first else { continue }
            // Names and capitals are proper nouns; demonyms are lower-case in French.
            if form != .demonym, !tokens[i].isCapitalized { continue }
            if found == nil || m.end > found!.tokens.upperBound {
                found = CountryMention(code: gazetteer.countryIndex(first).code, tokens: i..<m.end, form: form)
            }
        }
        return found
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
