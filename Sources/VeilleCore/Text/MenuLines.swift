/// Lines a saved page puts above its headline: breadcrumbs ("Accueil » Politique
/// » Défense", "Home | News"), and menu or rubric words stacked one per line
/// ("Accueil", "Politique", then the headline). Only the lines before the
/// headline are read this way: further down, a short line is a heading.
enum MenuLines {
    /// Lines looked at before the headline is taken whatever it looks like.
    static let reach = 8
    /// A menu entry is a word or three.
    private static let menuWords = 3

    /// The line that holds the headline: past the menu lines that open the page, when a line that reads as a
    /// headline (a few words, no closing stop) comes after them; else the first line.
    static func headlineIndex(_ text: [Unicode.Scalar], _ lines: [Range<Int>]) -> Int {
        var n = 0
        while n < min(reach, lines.count - 1), isMenu(text, lines[n], next: lines[n + 1]) { n += 1 }
        return n > 0 && readsAsHeadline(text[lines[n]]) ? n : 0
    }

    private static func isMenu(_ text: [Unicode.Scalar], _ line: Range<Int>, next: Range<Int>) -> Bool {
        if isBreadcrumb(text[line]) { return true }
        // "Audience" above a blank line is the headline itself; stacked above the next line, a menu entry.
        return words(text[line]) <= menuWords && !endsClause(text[line]) && !blankLine(text, between: line, and: next)
    }

    private static func readsAsHeadline(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        words(line) > menuWords && !endsClause(line) && !isBreadcrumb(line)
    }

    /// "Accueil » Politique", "Home | News | Politics", "Actualités > Afrique".
    private static func isBreadcrumb(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var separators = 0
        var previous: Unicode.Scalar = " "
        for s in line {
            if s == "»" || s == "|" || s == "›" || (s == ">" && previous == " ") { separators += 1 }
            previous = s
        }
        return separators >= 1 && words(line) <= menuWords * (separators + 1)
    }

    private static func words(_ line: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var inWord = false
        for s in line {
            let letter = isLetterOrDigit(s)
            if letter, !inWord { count += 1 }
            inWord = letter || (inWord && (s == "'" || s == "’" || s == "-"))
        }
        return count
    }

    /// ASCII, the bulk of any line, is told without the Unicode property
    /// tables, whose lookup costs more than the rest of the count.
    @inline(__always)
    private static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        guard s.isASCII else { return s.properties.isAlphabetic }
        let v = s.value | 0x20
        return (v >= 0x61 && v <= 0x7A) || (s.value >= 0x30 && s.value <= 0x39)
    }

    /// A sentence's stop, or the ":" and ";" of lists.
    private static func endsClause(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = line.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "…" || last == ":" || last == ";"
    }

    private static func blankLine(_ text: [Unicode.Scalar], between a: Range<Int>, and b: Range<Int>) -> Bool {
        text[a.upperBound..<b.lowerBound].lazy.filter { $0 == "\n" }.count > 1
    }
}
