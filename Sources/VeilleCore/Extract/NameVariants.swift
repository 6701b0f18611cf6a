/// Recognises one person across the spellings outlets use (Evkurov,
/// Evkourov, Ievkourov): names are reduced to a phonetic skeleton and
/// compared with a small edit distance.
enum NameVariants {
    /// A name's words as skeletons, computed once per person.
    typealias Key = [[UInt8]]

    static func key(_ words: [String]) -> Key {
        words.map(skeleton)
    }

    static func skeleton(_ word: String) -> [UInt8] {
        skeleton(folded: Array(fold(word).utf8))
    }

    /// The skeleton of an already folded spelling (see `fold`), in one pass.
    static func skeleton(folded: [UInt8]) -> [UInt8] {
        folded.withUnsafeBufferPointer { skeleton(folded: $0) }
    }

    static func skeleton(folded f: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // Written straight into the array's storage: a name key is built for every person mention, and
        // appending byte by byte costs a capacity check per letter. A skeleton is never longer than its spelling.
        [UInt8](unsafeUninitializedCapacity: f.count) { out, count in
            var n = 0
            var i = 0
            while i < f.count {
                let c = f[i]
                i += 1
                if isSeparator(c) { continue }
                var next: UInt8 = 0
                var j = i
                while j < f.count {
                    if !isSeparator(f[j]) { next = f[j]; break }
                    j += 1
                }
                var emit = c
                switch (c, next) {
                case (UInt8(ascii: "o"), UInt8(ascii: "u")): emit = UInt8(ascii: "u"); i = j + 1
                case (UInt8(ascii: "p"), UInt8(ascii: "h")): emit = UInt8(ascii: "f"); i = j + 1
                case (UInt8(ascii: "k"), UInt8(ascii: "h")): emit = UInt8(ascii: "k"); i = j + 1
                case (UInt8(ascii: "d"), UInt8(ascii: "j")): emit = UInt8(ascii: "j"); i = j + 1
                case (UInt8(ascii: "y"), _): emit = UInt8(ascii: "i")
                case (UInt8(ascii: "w"), _): emit = UInt8(ascii: "v")
                case (UInt8(ascii: "c"), _), (UInt8(ascii: "q"), _): emit = UInt8(ascii: "k")
                default: break
                }
                if n == 0 || out[n - 1] != emit {
                    out[n] = emit
                    n += 1
                }
            }
            // A leading i before a vowel is a transliteration of Cyrillic Е/Я.
            if n > 2, out[0] == UInt8(ascii: "i"), isVowel(out[1]) {
                for k in 1..<n { out[k - 1] = out[k] }
                n -= 1
            }
            count = n
        }
    }

    @inline(__always)
    private static func isSeparator(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "'") || c == UInt8(ascii: "-") || c == UInt8(ascii: " ")
    }

    private static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "o") || c == UInt8(ascii: "u")
    }

    static func sameWord(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        if x == y { return true }
        guard min(x.count, y.count) >= 5, abs(x.count - y.count) <= 1 else { return false }
        // One edit leaves the first or the last letter in place: when both differ, skip the table.
        guard x.first == y.first || x.last == y.last else { return false }
        return distance(x, y) <= 1
    }

    /// Same surname, and first names that agree where both are given.
    static func samePerson(_ a: Key, _ b: Key) -> Bool {
        guard let lastA = a.last, let lastB = b.last, sameWord(lastA, lastB) else { return false }
        guard a.count > 1, b.count > 1 else { return true }
        if sameWord(a[0], b[0]) || a[0].first == b[0].first { return true }
        // "Kan-Dapaah" for "Albert Kan Dapaah": the shorter name is the end of the longer one.
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return short.count < long.count && zip(short.reversed(), long.reversed()).allSatisfy { sameWord($0, $1) }
    }

    static func samePerson(_ a: [String], _ b: [String]) -> Bool {
        samePerson(key(a), key(b))
    }

    /// Levenshtein distance, on two rows of stack memory (names are short
    /// and this runs for every pair of people a frame compares).
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows in
            var previous = 0
            var current = b.count + 1
            for j in 0...b.count { rows[previous + j] = j }
            for (i, x) in a.enumerated() {
                rows[current] = i + 1
                for (j, y) in b.enumerated() {
                    rows[current + j + 1] = min(rows[previous + j] + (x == y ? 0 : 1), rows[previous + j + 1] + 1, rows[current + j] + 1)
                }
                swap(&previous, &current)
            }
            return rows[previous + b.count]
        }
    }
}
