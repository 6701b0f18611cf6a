/// Decides what a line of a copied web page is: a list item, the line that
/// introduces a list, a section heading, or running text.
enum LineClassifier {
    enum Shape: Equatable { case bulleted, semicolonItem, listIntro, heading, paragraph }

    static func shape(of line: ArraySlice<Unicode.Scalar>) -> Shape {
        if bulletLength(line) > 0 { return .bulleted }
        guard let last = line.last else { return .paragraph }
        switch last {
        case ";": return .semicolonItem
        case ":": return .listIntro
        default: break
        }
        if looksLikeHeading(line) { return .heading }
        return .paragraph
    }

    /// Length of a leading list marker and the spaces after it ("- ", "• ",
    /// "1. ", "a) "), or 0 when the line does not start with one.
    static func bulletLength(_ line: ArraySlice<Unicode.Scalar>) -> Int {
        guard let first = line.first else { return 0 }
        let start = line.startIndex
        var markerEnd: Int?
        switch first {
        case "-", "\u{2013}", "\u{2014}", "\u{2022}", "*", "\u{00B7}", "\u{25AA}", "\u{25CF}", "\u{2023}", "\u{25E6}",
             // Arrows, checks and squares that pages use as bullets (➢ ► ▶ → ✓ ✔ ◆ ■ ❖ ○).
             "\u{27A2}", "\u{25BA}", "\u{25B6}", "\u{2192}", "\u{2713}", "\u{2714}", "\u{25C6}", "\u{25A0}", "\u{2756}", "\u{25CB}":
            markerEnd = start + 1
        default:
            markerEnd = enumeratorEnd(line)
        }
        guard let end = markerEnd, end < line.endIndex, line[end] == " " || line[end] == "\u{00A0}" || line[end] == "\t" else { return 0 }
        var i = end
        while i < line.endIndex, line[i] == " " || line[i] == "\u{00A0}" || line[i] == "\t" { i += 1 }
        return i - start
    }

    /// "1.", "12)", "2-", "3°", "a)", "(1)", "(b)" — at most two digits or one letter, then . ) - or °.
    private static func enumeratorEnd(_ line: ArraySlice<Unicode.Scalar>) -> Int? {
        var i = line.startIndex
        // "(1)", "(b)"; "(AFP)" is a source, not an enumerator.
        if line[i] == "(" {
            i += 1
            let isDigit = { (k: Int) in k < line.endIndex && line[k].value >= 0x30 && line[k].value <= 0x39 }
            if isDigit(i) { i += isDigit(i + 1) ? 2 : 1 } else if i < line.endIndex, line[i].value >= 0x61, line[i].value <= 0x7A { i += 1 } else { return nil }
            return i < line.endIndex && line[i] == ")" ? i + 1 : nil
        }
        var digits = 0
        while i < line.endIndex, line[i].value >= 0x30, line[i].value <= 0x39 { digits += 1; i += 1 }
        if digits == 0 {
            guard i < line.endIndex, line[i].value >= 0x61, line[i].value <= 0x7A else { return nil }
            i += 1
            guard i < line.endIndex, line[i] == ")" else { return nil }
            return i + 1
        }
        guard digits <= 2, i < line.endIndex, line[i] == "." || line[i] == ")" || line[i] == "-" || line[i] == "\u{00B0}" else { return nil }
        return i + 1
    }

    /// . ! ? , ; … » " ” ) : the marks that end a line of running text.
    private static func closesSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "!", "?", ",", ";", "\u{2026}", "\u{00BB}", "\"", "\u{201D}", ")": true
        default: false
        }
    }

    /// Short, and not closed by sentence punctuation.
    private static func looksLikeHeading(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count <= 110, let last = line.last else { return false }
        if closesSentence(last) { return false }
        var words = 0
        var inWord = false
        for s in line {
            let isSpace = s == " " || s == "\u{00A0}"
            if !isSpace, !inWord { words += 1 }
            inWord = !isSpace
        }
        return words <= 14
    }
}
