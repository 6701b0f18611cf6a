/// Finds sentence ends inside one block, without breaking after the
/// abbreviations this press uses in front of names and ranks.
enum SentenceSplitter {
    /// Short courtesy titles and ranks ("Hon.", "Dr.", "Col.") come from the title tables; the rest are the press's own.
    private static let abbreviations = WordSet(otherAbbreviations
        + (TitleWords.union(\.honorifics) + TitleWords.union(\.ranks)).filter { !$0.contains(" ") && $0.count <= maxTitleAbbreviation })
    private static let maxTitleAbbreviation = 4
    private static let otherAbbreviations = [
        "mm", "mmes", "cne", "cpt", "sgt", "adj", "st", "ste", "no", "art", "cf", "p", "env", "vol", "jr", "sr",
        "prof", "gov", "sen", "rep", "adm", "vs", "etc", "ex", "av", "bd", "ch",
        "jan", "feb", "fev", "fevr", "mar", "apr", "avr", "aug", "sep", "sept", "oct", "nov", "dec", "dept",
    ]

    /// `marks` are the offsets of every . ! ? and … of the text, in order.
    static func split(_ text: [Unicode.Scalar], _ range: Range<Int>, marks: [Int]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        forEachSentence(text, range, marks: marks) { sentences.append($0) }
        return sentences
    }

    /// `split`, handing each sentence to `body` in order rather than building an array.
    @inline(__always)
    static func forEachSentence(_ text: [Unicode.Scalar], _ range: Range<Int>, marks: [Int], _ body: (Range<Int>) -> Void) {
        var start = skipSpaces(text, range.lowerBound, range.upperBound)
        var i = start
        var k = firstMark(marks, atOrAfter: start)
        while i < range.upperBound {
            while k < marks.count, marks[k] < i { k += 1 }
            guard k < marks.count, marks[k] < range.upperBound else { break }
            let mark = marks[k]
            var end = mark + 1
            while end < range.upperBound, isCloser(text[end]) { end += 1 }
            if end < range.upperBound, isBreak(text, at: mark, end: end, limit: range.upperBound, sentenceStart: start) {
                body(start..<end)
                start = skipSpaces(text, end, range.upperBound)
                i = start
            } else {
                i = end
            }
        }
        let tail = trimTrailingSpaces(text, start, range.upperBound)
        if tail > start { body(start..<tail) }
    }

    private static func firstMark(_ marks: [Int], atOrAfter i: Int) -> Int {
        var lo = 0
        var hi = marks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if marks[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private static func isCloser(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "\"" || s == "\u{00BB}" || s == "\u{201D}" || s == ")" || s == "\u{2019}" || s == "\u{2026}"
    }

    private static func isBreak(_ text: [Unicode.Scalar], at mark: Int, end: Int, limit: Int, sentenceStart: Int) -> Bool {
        guard isSpace(text[end]) else { return false }
        let next = skipSpaces(text, end, limit)
        guard next < limit else { return false }
        let n = text[next]
        let opensSentence = isUpperOrDigit(n)
            || n == "\u{00AB}" || n == "\"" || n == "\u{201C}" || n == "\u{2013}" || n == "\u{2014}" || n == "("
        guard opensSentence else { return false }
        return text[mark] != "." || !endsWithAbbreviation(text, before: mark, from: sentenceStart)
    }

    /// The word before a period is an abbreviation, an initial, or dotted
    /// letters like "U.S".
    private static func endsWithAbbreviation(_ text: [Unicode.Scalar], before mark: Int, from start: Int) -> Bool {
        var j = mark
        while j > start, !isSpace(text[j - 1]), text[j - 1] != "(" { j -= 1 }
        guard j < mark else { return false }
        var letters = 0
        var dots = false
        for s in text[j..<mark] {
            if s == "." { dots = true } else if isLetter(s) { letters += 1 }
        }
        if letters == 1, isUpper(text[j]) { return true }
        if dots, letters <= 4 { return true }
        // The last part of "Lt-Col" or "Gén", folded like every word.
        var k = mark
        while k > j, text[k - 1] != "-", text[k - 1] != "." { k -= 1 }
        return Tokenizer.singleWordKey(text, k..<mark).map { abbreviations.contains(key: $0) } ?? false
    }

    // ASCII answers directly; the Unicode tables are consulted only beyond it.
    private static func isUpperOrDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return s.properties.isUppercase || s.properties.numericType != nil
    }

    private static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value >= 0x41 && s.value <= 0x5A : s.properties.isUppercase
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return s.value < 0x80 ? v >= 0x61 && v <= 0x7A : s.properties.isAlphabetic
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{00A0}" || s == "\u{202F}" || s == "\t" || s == "\n"
    }

    private static func skipSpaces(_ text: [Unicode.Scalar], _ from: Int, _ limit: Int) -> Int {
        var i = from
        while i < limit, isSpace(text[i]) { i += 1 }
        return i
    }

    private static func trimTrailingSpaces(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, isSpace(text[e - 1]) { e -= 1 }
        return e
    }
}
