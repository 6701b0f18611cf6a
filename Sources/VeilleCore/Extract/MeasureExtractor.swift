/// Planned measures: what the parties agreed, decided, plan or announce,
/// found by the rules of `MeasureWords` on the article's tokens. Sentences
/// without the first word of a rule cost one bit test per token; the rest is
/// read in bounded windows, so the whole pass stays linear.
struct MeasureExtractor {
    let text: ParsedText
    let places: [PlaceMention]
    let language: Language

    func extract() -> [Measure] {
        let reader = MeasureReader(text, english: language == .en)
        var found: [MeasureFind] = []
        var lastEnd: [Int] = []
        // One sentence reader moved from sentence to sentence: built for each, it retained the reader's
        // text, tokens and sets, and the rule starts, every time.
        var sentence = MeasureSentence(reader: reader, range: 0..<0)
        for (s, range) in text.sentenceTokens.enumerated() where text.sentence(s, holds: .measureStart) {
            sentence.range = range
            sentence.finds(lastEnd: &lastEnd, into: &found)
        }
        found += MeasureLists(reader: reader).finds()
        let kept = MeasureDeduplication(reader: reader).kept(found)
        let regions = PlacesInside(places)
        return kept.map { measure($0, reader, regions) }.sorted { $0.evidence[0] < $1.evidence[0] }
    }

    private func measure(_ x: MeasureFind, _ reader: MeasureReader, _ regions: PlacesInside) -> Measure {
        let span = text.span(tokens: x.tokens)
        let head = x.head ?? reader.headOfNP(x.tokens.lowerBound, x.tokens.upperBound)
            ?? reader.verbHead(x.tokens.lowerBound, x.tokens.upperBound) ?? firstContentWord(x.tokens, reader)
        let action = head.map { Self.lowercased(text.string(tokens: $0)) } ?? ""
        var words = text.string(span)
        if x.capitalised, let first = words.first { words = first.uppercased() + words.dropFirst() }
        return Measure(text: words, action: action, regions: regions.ids(in: x.tokens), evidence: [span])
    }

    /// `lowercased()`, with an ASCII word lowered byte by byte and a Latin-1 one scalar by scalar: the
    /// Unicode path cost hundreds of instructions for every measure's action, thousands with an accent.
    static func lowercased(_ word: String) -> String {
        var word = word
        // Read from the string's contiguous bytes: stepping through its UTF-8 view cost a check per byte.
        let lowered = word.withUTF8 { utf8 -> String? in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for k in utf8.indices {
                    let b = utf8[k]
                    buffer[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
                return utf8.count
            }
        }
        return lowered ?? latin1Lowercased(word)
    }

    /// Letters of Latin-1 (À–Þ lower by 0x20, but ×), else the standard path.
    private static func latin1Lowercased(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        for s in word.unicodeScalars {
            let v = s.value
            if v >= 0x41 && v <= 0x5A || v >= 0xC0 && v <= 0xDE && v != 0xD7 {
                out.append(Unicode.Scalar(v | 0x20)!)
            } else if v < 0x80 || v >= 0xDF && v <= 0xFF {
                out.append(s)
            } else {
                return word.lowercased()
            }
        }
        return String(out)
    }

    private func firstContentWord(_ r: Range<Int>, _ reader: MeasureReader) -> Range<Int>? {
        let tokens = text.tokens
        let word = r.lazy.filter { tokens[$0].kind == .word }.prefix(8).first { i in
            !MeasureSets.functionWords.contains(tokens[i]) && MeasureSets.determiners.match(tokens, at: i, limit: r.upperBound) == nil
                && tokens[i].span.length > 2
        }
        return word.map { $0..<($0 + 1) }
    }
}

/// The gazetteer ids of the places inside a measure, found by binary search
/// over the mentions in text order.
struct PlacesInside {
    private let mentions: [PlaceMention]

    init(_ places: [PlaceMention]) {
        // The finder gives them in text order, each at its own start: sorting copied every mention into a new list.
        // Asked by index: a pair taken out of the list was two copies, their records retained.
        let ordered = places.indices.dropFirst().allSatisfy { places[$0 - 1].tokens.lowerBound < places[$0].tokens.lowerBound }
        mentions = ordered ? places : places.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    func ids(in range: Range<Int>) -> [String] {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].tokens.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var unique: [String] = []
        var k = lo
        // Fields read in place: a copy of the mention retained its record and its quarter.
        while k < mentions.count, mentions[k].tokens.lowerBound < range.upperBound {
            if mentions[k].tokens.upperBound <= range.upperBound, case let id = mentions[k].record.place.id, !unique.contains(id) { unique.append(id) }
            k += 1
        }
        return unique
    }
}
