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

    /// The longest country phrase at a word. Names and capitals are proper
    /// nouns; demonyms are lower-case in French.
    private func best(_ tokens: [Token], at i: Int) -> CountryMention? {
        var found: CountryMention?
        let capitalized = tokens[i].isCapitalized
        gazetteer.countryForms.forEachMatch(in: tokens, at: i, limit: tokens.count) { end, payload in
            for p in payload {
                let form: CountryMention.Form = p % 4 == 0 ? .name : p % 4 == 1 ? .demonym : .capital
                guard form == .demonym || capitalized else { continue }
                if let f = found, f.tokens.upperBound > end || (f.tokens.upperBound == end && f.form == .name) { continue }
                found = CountryMention(code: gazetteer.countryIndex(p / 4).code, tokens: i..<end, form: form)
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
