/// Where an article names a country: by name, by demonym ("malienne"), or by
/// a capital standing for its government ("Moscou").
struct CountryMention: Sendable {
    enum Form: Sendable { case name, demonym, capital }
    let code: String
    let tokens: Range<Int>
    let form: Form
}

/// One trie holds every country's names, demonyms and capitals: its payload
/// packs the country's index with the form of the phrase.
enum CountryForm {
    private static let forms: [CountryMention.Form] = [.name, .demonym, .capital]

    static func pack(country: Int, _ form: CountryMention.Form) -> Int32 {
        let code: Int32 = switch form {
        case .name: 0
        case .demonym: 1
        case .capital: 2
        }
        return Int32(country) * 4 + code
    }

    static func unpack(_ payload: Int32) -> (country: Int, form: CountryMention.Form) {
        (Int(payload / 4), forms[Int(payload % 4)])
    }
}

struct CountryFinder {
    let gazetteer: Gazetteer

    func find(in text: ParsedText) -> [CountryMention] {
        var mentions: [CountryMention] = []
        // Articles name a few dozen countries at most: one allocation rather than five regrowths.
        mentions.reserveCapacity(Self.expectedMentions)
        var i = 0
        let tokens = text.tokens
        let forms = gazetteer.countryForms
        while i < tokens.count {
            guard forms.mayStart(tokens[i]) else { i += 1; continue }
            if let m = best(tokens, at: i, forms) {
                mentions.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return mentions
    }

    private static let expectedMentions = 32

    /// The longest country phrase at a word. Names and capitals are proper
    /// nouns; demonyms are lower-case in French.
    /// `forms`: the gazetteer's index, read once by the caller (each read copies its arrays).
    private func best(_ tokens: [Token], at i: Int, _ forms: PhraseIndex) -> CountryMention? {
        // The best reading kept as numbers, the mention built once: one built per reading copied its code.
        var found: (country: Int, end: Int, form: CountryMention.Form)?
        let capitalized = tokens[i].isCapitalized
        forms.forEachMatch(in: tokens, at: i, limit: tokens.count) { end, node in
            forms.forEachPayload(node) { p in
                let (country, form) = CountryForm.unpack(p)
                guard form == .demonym || capitalized else { return }
                if let f = found, f.end > end || (f.end == end && f.form == .name) { return }
                found = (country, end, form)
            }
        }
        return found.map { CountryMention(code: gazetteer.countryCodes[$0.country], tokens: i..<$0.end, form: $0.form) }
    }

    /// Countries by how often the article names them, most named first.
    static func ranking(_ mentions: [CountryMention]) -> [String] {
        // A handful of countries per article: arrays in order of first mention beat hashing.
        var codes: [String] = []
        var counts: [Int] = []
        codes.reserveCapacity(mentions.count)
        counts.reserveCapacity(mentions.count)
        for m in mentions {
            if let k = codes.firstIndex(of: m.code) { counts[k] += 1 } else { codes.append(m.code); counts.append(1) }
        }
        // Most named first, ties in order of first mention: a stable insertion sort in place, where sorting
        // the indexes and mapping them took two more arrays per call.
        for k in codes.indices.dropFirst() {
            var j = k
            while j > 0, counts[j - 1] < counts[j] {
                codes.swapAt(j - 1, j)
                counts.swapAt(j - 1, j)
                j -= 1
            }
        }
        return codes
    }
}
