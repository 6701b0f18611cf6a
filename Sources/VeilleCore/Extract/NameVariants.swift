import Foundation

/// Recognises one person across the spellings outlets use (Evkurov,
/// Evkourov, Ievkourov): names are reduced to a phonetic skeleton and
/// compared with a small edit distance.
enum NameVariants {
    static func skeleton(_ word: String) -> [UInt8] {
        var s = fold(word).replacingOccurrences(of: "ou", with: "u")
        for (from, to) in [("ph", "f"), ("kh", "k"), ("dj", "j"), ("y", "i"), ("w", "v"), ("c", "k"), ("q", "k"), ("'", ""), ("-", ""), (" ", "")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        var out: [UInt8] = []
        for b in s.utf8 where out.last != b { out.append(b) }
        // A leading i before a vowel is a transliteration of Cyrillic Е/Я.
        if out.count > 2, out[0] == UInt8(ascii: "i"), "aeou".utf8.contains(out[1]) { out.removeFirst() }
        return out
    }

    static func sameWord(_ a: String, _ b: String) -> Bool {
        let x = skeleton(a)
        let y = skeleton(b)
        if x == y { return true }
        guard min(x.count, y.count) >= 5 else { return false }
        return distance(x, y) <= 1
    }

    /// Same surname, and first names that agree where both are given.
    static func samePerson(_ a: [String], _ b: [String]) -> Bool {
        guard let lastA = a.last, let lastB = b.last, sameWord(lastA, lastB) else { return false }
        guard a.count > 1, b.count > 1 else { return true }
        return sameWord(a[0], b[0]) || skeleton(a[0]).first == skeleton(b[0]).first
    }

    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j] + (x == y ? 0 : 1), previous[j + 1] + 1, current[j] + 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
