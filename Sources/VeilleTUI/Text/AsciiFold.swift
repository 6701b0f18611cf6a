/// Folds text to ASCII for terminals whose locale is not UTF-8, keeping every
/// character's column width so the layout does not move.
public enum AsciiFold {
    public static func fold(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        let width = TextWidth.of(character)
        if let mapped = table[character] { return mapped }
        if let base = stripMarks(character) { return base }
        return String(repeating: "?", count: max(width, 1))
    }

    public static func fold(_ string: String) -> String {
        string.map { fold($0) }.joined()
    }

    private static let table: [Character: String] = [
        "«": "\"", "»": "\"", "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "‚": "'",
        "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "…": ".", "·": ".", "•": "*",
        "▶": ">", "→": ">", "←": "<", "↑": "^", "↓": "v", "─": "-", "│": "|", "├": "+",
        "└": "`", "┌": "+", "┐": "+", "┘": "+", "\u{00A0}": " ", "\u{202F}": " ", "\u{2009}": " ",
        "œ": "o", "Œ": "O", "æ": "a", "Æ": "A", "ß": "s", "ø": "o", "Ø": "O", "đ": "d", "ł": "l",
        "Ł": "L", "×": "x", "°": "o",
    ]

    /// é -> e, or nil when the character is not a Latin letter with marks.
    private static func stripMarks(_ character: Character) -> String? {
        guard let first = character.unicodeScalars.first else { return nil }
        if first.isASCII { return String(first) }
        return first.latinBase.map { String($0) }
    }
}

extension Unicode.Scalar {
    /// The ASCII letter under a precomposed Latin letter ("LATIN SMALL LETTER E WITH
    /// ACUTE" -> e). The standard library has no decomposition table without
    /// Foundation, but it has the character names, which say exactly this.
    var latinBase: Character? {
        guard !isASCII, let name = properties.name else { return nil }
        for (prefix, lower) in [("LATIN SMALL LETTER ", true), ("LATIN CAPITAL LETTER ", false)] where name.hasPrefix(prefix) {
            let letter = name.dropFirst(prefix.count).prefix { $0 != " " }
            guard letter.count == 1, let c = letter.first else { return nil }
            return lower ? Character(c.lowercased()) : c
        }
        return nil
    }
}
