/// Splits text into word and punctuation tokens in one pass over its scalars.
/// Apostrophes and hyphens are tokens of their own, so "l’armée" is l ' armee
/// and "Yunus-Bek" is yunus - bek: names and places then match whatever the
/// typography.
enum Tokenizer {
    /// The reference cut: `TextScanner` cuts articles the same way in its one
    /// pass; this serves gazetteer and lexicon phrases, and the tests.
    static func tokenize(_ text: [Unicode.Scalar], in range: Range<Int>? = nil) -> [Token] {
        let bounds = range ?? 0..<text.count
        let table = Folding.table
        var tokens: [Token] = []
        tokens.reserveCapacity(bounds.count / 5)
        var i = bounds.lowerBound
        var sawSpace = true
        while i < bounds.upperBound {
            let f = Folding.classify(text[i], in: table)
            switch f.cls {
            case .space:
                sawSpace = true
                i += 1
            case .word:
                i = scanWord(text, from: i, limit: bounds.upperBound, spaceBefore: sawSpace, table: table, into: &tokens)
                sawSpace = false
            case .apostrophe, .hyphen, .dash, .punctuation:
                let key: UInt64 = f.first != 0 ? UInt64(f.first) : UInt64(text[i].value)
                tokens.append(Token(start: Int32(i), end: Int32(i + 1), key: key, kind: .punctuation,
                                    isCapitalized: false, isUpperCase: false, spaceBefore: sawSpace))
                sawSpace = false
                i += 1
            }
        }
        return tokens
    }

    /// The key of the one word a range holds, or nil when it holds no word,
    /// several, or punctuation: what `tokenize` would say, without an array.
    static func singleWordKey(_ text: [Unicode.Scalar], _ range: Range<Int>) -> UInt64? {
        let table = Folding.table
        var key: UInt64?
        var i = range.lowerBound
        while i < range.upperBound {
            switch Folding.classify(text[i], in: table).cls {
            case .space: i += 1
            case .word:
                guard key == nil else { return nil }
                var word = WordKeyBuilder()
                while i < range.upperBound {
                    let f = Folding.classify(text[i], in: table)
                    guard f.cls == .word else { break }
                    word.add(f, text[i])
                    i += 1
                }
                key = word.key
            default: return nil
            }
        }
        return key
    }

    @inline(__always)
    private static func scanWord(_ text: [Unicode.Scalar], from start: Int, limit: Int, spaceBefore: Bool,
                                 table: [FoldedScalar], into tokens: inout [Token]) -> Int {
        var word = WordKeyBuilder()
        var i = start
        let capitalized = Folding.classify(text[start], in: table).isUpper
        while i < limit {
            let f = Folding.classify(text[i], in: table)
            guard f.cls == .word else { break }
            word.add(f, text[i])
            i += 1
        }
        tokens.append(Token(start: Int32(start), end: Int32(i), key: word.key, kind: .word,
                            isCapitalized: capitalized, isUpperCase: word.isUpperCase, spaceBefore: spaceBefore))
        return i
    }
}
