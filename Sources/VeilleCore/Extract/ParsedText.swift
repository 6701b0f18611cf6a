/// An article's text prepared for the extractors: scalars, tokens, layout,
/// and for each sentence the range of its tokens. Built once per article; a
/// class because every extractor and reader holds it, and copying a struct of
/// six arrays costs six reference counts each time.
final class ParsedText: Sendable {
    let scalars: [Unicode.Scalar]
    /// The text's UTF-8 bytes and where its multi-byte scalars are: substrings
    /// are then a copy of bytes, not a rebuild scalar by scalar.
    private let utf8: [UInt8]
    private let wide: TextScanner.WideScalars
    let tokens: [Token]
    let layout: DocumentLayout
    /// For each sentence of `layout`, its tokens; none for teaser lines, so no extractor reads them.
    let sentenceTokens: [Range<Int>]
    /// The tokens of teaser lines, in order, for the finders that walk every token.
    let teaserTokens: [Range<Int>]
    /// For each sentence, the word classes of all its tokens together: a rule whose words carry a class
    /// passes over a sentence that holds none with one test, not a test per token.
    private let sentenceClasses: [UInt32]
    let language: Language
    /// `Folding.table`, held here: name keys fold a word at each mention, and a static read costs a call.
    private let foldingTable = Folding.table

    init(_ text: String, vocabulary: Vocabulary) {
        utf8 = Array(text.utf8)
        let scan = TextScanner.scan(utf8, vocabulary: vocabulary)
        scalars = scan.scalars
        wide = scan.wide
        tokens = scan.tokens
        layout = DocumentLayout(scalars, landmarks: scan.landmarks)
        (sentenceTokens, teaserTokens, sentenceClasses) = Self.assign(layout, tokens)
        language = LanguageDetector.detect(tokens)
    }

    private static func assign(_ layout: DocumentLayout, _ tokens: [Token]) -> ([Range<Int>], [Range<Int>], [UInt32]) {
        var ranges: [Range<Int>] = []
        var teasers: [Range<Int>] = []
        var classes: [UInt32] = []
        ranges.reserveCapacity(layout.sentences.count)
        classes.reserveCapacity(layout.sentences.count)
        var t = 0
        for sentence in layout.sentences {
            while t < tokens.count, Int(tokens[t].start) < sentence.span.start { t += 1 }
            let first = t
            var held: UInt32 = 0
            while t < tokens.count, Int(tokens[t].end) <= sentence.span.end {
                held |= tokens[t].classes
                t += 1
            }
            guard layout.blocks[sentence.block].kind == .teaser else {
                ranges.append(first..<t)
                classes.append(held)
                continue
            }
            ranges.append(first..<first)
            classes.append(0)
            if let last = teasers.last, last.upperBound == first { teasers[teasers.count - 1] = last.lowerBound..<t } else if t > first { teasers.append(first..<t) }
        }
        return (ranges, teasers, classes)
    }

    /// Whether a word of the class may stand in sentence `s` (a token without a vocabulary has every class).
    func sentence(_ s: Int, holds wordClass: WordClass) -> Bool {
        sentenceClasses[s] & wordClass.rawValue != 0
    }

    func string(_ span: Span) -> String {
        guard span.start < span.end, span.end <= scalars.count else { return "" }
        let bytes = wide.byteOffset(ofScalar: span.start)..<wide.byteOffset(ofScalar: span.end)
        // From the buffer: decoding an array slice went through the generic collection path.
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self) }
    }

    /// Text from the start of one token to the end of another.
    func string(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return string(Span(start: Int(tokens[range.lowerBound].start), end: Int(tokens[range.upperBound - 1].end)))
    }

    func span(tokens range: Range<Int>) -> Span {
        Span(start: Int(tokens[range.lowerBound].start), end: Int(tokens[range.upperBound - 1].end))
    }

    /// The tokens inside a span, found by binary search.
    func tokens(in span: Span) -> ArraySlice<Token> {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(tokens[mid].start) < span.start { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < tokens.count, Int(tokens[end].end) <= span.end { end += 1 }
        return tokens[lo..<end]
    }

    /// A folded scalar takes at most two ASCII bytes, or its lower-case UTF-8 (at most 3 scalars of 4 bytes).
    static let maxFoldedBytes = 12

    /// Calls `body` with a word token's spelling folded as `fold` would, as
    /// bytes in stack memory (name keys are built for every person mention).
    func withFoldedBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let range = Int(tokens[i].start)..<Int(tokens[i].end)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count * Self.maxFoldedBytes) { buffer in
            var n = 0
            for k in range {
                let s = scalars[k]
                let f = Folding.classify(s, in: foldingTable)
                if f.first != 0 {
                    buffer[n] = f.first
                    n += 1
                    if f.second != 0 { buffer[n] = f.second; n += 1 }
                } else {
                    for b in String(s).lowercased().utf8 { buffer[n] = b; n += 1 }
                }
            }
            return body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    func folded(_ i: Int) -> String {
        fold(string(tokens[i].span))
    }

    /// "the UN envoy", "UN envoy starts…": a word in capitals before one that is not is an acronym, not the
    /// article "un" (an all-capitals headline keeps its articles).
    func isAcronym(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.kind == .word && t.isUpperCase && t.end - t.start > 1 && i + 1 < tokens.count && !tokens[i + 1].isUpperCase
    }

    /// A preposition of destination ("à", "au", "to"). "à" folds to "a", like the English article: in
    /// English text a bare "a" is none ("A US Navy team"); French capitals often drop the accent ("A Ouagadougou").
    func isDestination(_ i: Int) -> Bool {
        let t = tokens[i]
        // The class bit refuses most words without reading the set (a static read costs a call).
        guard t.kind == .word, t.classes & WordClass.destinationPreposition.rawValue != 0,
              Lexicon.destinationPrepositions.contains(t) else { return false }
        return language != .en || t.end - t.start > 1 || writesGraveA(i)
    }

    /// "à" or "À", which fold to "a" like the verb and the English article.
    func writesGraveA(_ i: Int) -> Bool {
        let s = scalars[Int(tokens[i].start)]
        return s == "\u{E0}" || s == "\u{C0}"
    }

    func isComma(_ i: Int) -> Bool { i < tokens.count && tokens[i].isPunctuation(",") }

    /// Punctuation that closes a phrase: , ; : . ! ? brackets, quotes and
    /// dashes (a hyphen only with a space before it). "n° 4", "50 %" and
    /// "Gao/Ménaka" stay inside their phrase.
    @inline(__always)
    func isPhraseBreak(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .punctuation else { return false }
        let t = tokens[i]
        if t.isHyphen { return t.spaceBefore }
        switch t.key {
        case 0x2C, 0x3B, 0x3A, 0x2E, 0x21, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: return true  // , ; : . ! ? ( ) [ ] { }
        case 0xAB, 0xBB, 0x22, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026: return true  // « » " “ ” – — …
        default: return false
        }
    }
}

extension ParsedText {
    /// A French or English past participle by its ending ("rencontré", "reçu", "met"), or "été".
    func isPastParticiple(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word else { return false }
        if Lexicon.irregularParticiples.contains(t) { return true }
        // Compared on the scalars in place: no string per auxiliary.
        let start = Int(t.start), end = Int(t.end)
        return Lexicon.participleEndings.contains { ending in
            end - start > ending.count + 1 && scalars[(end - ending.count)..<end].elementsEqual(ending)
        }
    }
}
