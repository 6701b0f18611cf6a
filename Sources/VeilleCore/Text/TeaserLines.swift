/// News sites copy into the page the teasers of other articles ("Lire aussi"
/// and the headline after it) and tag lines ("sahel, mali, russie"): they
/// are not the article, and nothing is extracted from them.
enum TeaserLines {
    enum Kind { case none, cue, teaser }

    /// Folded cues, alone on their line (the next line is the teaser) or before ":" and the teaser.
    static let cues: Set<String> = [
        "lire aussi", "a lire aussi", "lire egalement", "a lire egalement", "voir aussi", "a voir aussi", "lire la suite",
        "sur le meme sujet", "read more", "read also", "also read", "see also", "related", "related articles", "related news",
        "tags", "mots-cles", "mots cles", "keywords", "etiquettes",
    ]

    /// The cues' UTF-8: the cues are ASCII, so equal bytes are equal strings,
    /// and a line is tested without building a string from it.
    private static let cueBytes: [[UInt8]] = cues.map { Array($0.utf8) }

    /// The first letters of the cues (lower-case ASCII), one bit per letter
    /// from "a": one test where a set would hash every line's first letter.
    private static let initials: UInt32 = cues.reduce(0) { mask, cue in
        mask | (cue.utf8.first.map { 1 << UInt32($0 - 0x61) } ?? 0)
    }

    @inline(__always)
    private static func mayStartCue(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 0x61 && v <= 0x7A && initials & 1 << (v - 0x61) != 0
    }

    /// A cue is short: longer prefixes are never folded.
    private static let cueLength = 30
    /// Tags are a few words each.
    private static let tagWords = 4

    static func kind(of line: ArraySlice<Unicode.Scalar>) -> Kind {
        if let cue = cue(line) { return cue }
        return isTagLine(line) ? .teaser : .none
    }

    /// "Lire aussi" alone is a cue; "Lire aussi : <headline>" is a teaser itself.
    private static func cue(_ line: ArraySlice<Unicode.Scalar>) -> Kind? {
        // Most lines start with a letter no cue starts with: no string is built for them.
        guard let first = line.first, !first.isASCII || mayStartCue(first) else { return nil }
        let head = line.prefix(cueLength + 1)
        let colon = head.firstIndex(of: ":")
        guard colon != nil || line.count <= cueLength else { return nil }
        // The words before the colon, without the marks that trail them; folded
        // straight from the scalars (no string is built for the words themselves).
        var end = colon ?? line.endIndex
        while end > line.startIndex, isTrailingMark(line[end - 1]) { end -= 1 }
        guard isCue(line[line.startIndex..<end]) else { return nil }
        guard let colon, line[(colon + 1)...].contains(where: { $0 != " " && $0 != "\u{00A0}" }) else { return .cue }
        return .teaser
    }

    private static func isCue(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        var folded: [UInt8] = []
        folded.reserveCapacity(words.count * 2)
        appendFolded(words, to: &folded)
        return cueBytes.contains(folded)
    }

    /// Spaces, '>', '»' and ':' between a cue and its headline.
    private static func isTrailingMark(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{00A0}" || s == ">" || s == "»" || s == ":"
    }

    /// ASCII answers directly (a–z are its only lower-case letters); the Unicode tables only beyond it.
    private static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s.value >= 0x61 && s.value <= 0x7A : s.properties.isLowercase
    }

    /// . ! ? : ; … : a line that ends so is a sentence, not tags.
    private static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "!", "?", ":", ";", "\u{2026}": true
        default: false
        }
    }

    /// "sahel, mali, assimi goïta, kidal": lower-case, comma-separated, short items, no sentence end.
    private static func isTagLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = line.first, isLowercase(first), let last = line.last, !endsSentence(last) else { return false }
        var commas = 0
        var words = 0
        var inWord = false
        for s in line {
            if s == "," {
                guard words > 0, words <= tagWords else { return false }
                commas += 1
                words = 0
                inWord = false
            } else if s == " " || s == "\u{00A0}" {
                inWord = false
            } else if !inWord {
                words += 1
                inWord = true
            }
        }
        return commas >= 2 && words > 0 && words <= tagWords
    }
}
