/// Recognises one person across the spellings outlets use (Evkurov,
/// Evkourov, Ievkourov): names are reduced to a phonetic skeleton and
/// compared with a small edit distance.
enum NameVariants {
    /// A name's words as skeletons, computed once per person: one array where each word's skeleton is
    /// followed by a zero byte (no folded spelling holds one). An array per word cost an allocation per
    /// word of every name, and as many releases.
    struct Key: Sendable {
        fileprivate private(set) var bytes: [UInt8] = []
        /// How many words the name has.
        private(set) var count = 0
        /// Where the first word ends and the last begins: names are compared by these two.
        fileprivate private(set) var firstEnd = 0
        fileprivate private(set) var lastStart = 0

        init() {}

        /// Room for a name of `letters` scalars: most fold to one byte.
        init(reservingCapacity letters: Int) {
            bytes.reserveCapacity(letters + 8)
        }

        /// A key whose words `write` hands to a `Writer` over room for `capacity` bytes (each word's folded
        /// length and its zero byte): the skeletons go straight into that room and the array is made once,
        /// where appending byte by byte paid a capacity and uniqueness check per byte.
        init(capacity: Int, _ write: (inout Writer) -> Void) {
            self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(capacity, 1)) { room in
                var writer = Writer(room: room)
                write(&writer)
                var key = Key()
                key.bytes = Array(UnsafeBufferPointer(rebasing: room[0..<writer.written]))
                key.count = writer.words
                key.firstEnd = writer.firstEnd
                key.lastStart = writer.lastStart
                return key
            }
        }

        /// Writes a name's word skeletons one after the other, each closed by a zero byte.
        struct Writer {
            fileprivate let room: UnsafeMutableBufferPointer<UInt8>
            fileprivate private(set) var written = 0
            fileprivate private(set) var words = 0
            fileprivate private(set) var firstEnd = 0
            fileprivate private(set) var lastStart = 0

            fileprivate init(room: UnsafeMutableBufferPointer<UInt8>) {
                self.room = room
            }

            /// Adds a word given as its folded spelling (see `fold`); a skeleton is never longer than it.
            mutating func add(folded: UnsafeBufferPointer<UInt8>) {
                lastStart = written
                written += NameVariants.skeleton(folded: folded, into: UnsafeMutableBufferPointer(rebasing: room[written...]))
                if words == 0 { firstEnd = written }
                room[written] = 0
                written += 1
                words += 1
            }
        }

        /// Adds a word given as its folded spelling (see `fold`).
        mutating func append(folded: UnsafeBufferPointer<UInt8>) {
            lastStart = bytes.count
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(folded.count, 1)) { out in
                let n = NameVariants.skeleton(folded: folded, into: out)
                // Byte by byte into the room reserved: appending the buffer went through the generic path.
                for k in 0..<n { bytes.append(out[k]) }
            }
            if count == 0 { firstEnd = bytes.count }
            bytes.append(0)
            count += 1
        }
    }

    static func key(_ words: [String]) -> Key {
        var key = Key()
        for w in words {
            Array(fold(w).utf8).withUnsafeBufferPointer { key.append(folded: $0) }
        }
        return key
    }

    static func skeleton(_ word: String) -> [UInt8] {
        let folded = Array(fold(word).utf8)
        return folded.withUnsafeBufferPointer { f in
            [UInt8](unsafeUninitializedCapacity: f.count) { out, count in count = skeleton(folded: f, into: out) }
        }
    }

    /// Writes the skeleton into `out` and returns its length: a skeleton is never longer than its spelling,
    /// and writing in place spares a capacity check per letter.
    static func skeleton(folded f: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
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
        return n
    }

    @inline(__always)
    private static func isSeparator(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "'") || c == UInt8(ascii: "-") || c == UInt8(ascii: " ")
    }

    private static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "o") || c == UInt8(ascii: "u")
    }

    static func sameWord(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        x.withUnsafeBufferPointer { x in y.withUnsafeBufferPointer { y in sameWord(x, y) } }
    }

    private static func sameWord(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        if x.count == y.count, sameBytes(x, y) { return true }
        guard min(x.count, y.count) >= 5, abs(x.count - y.count) <= 1 else { return false }
        // One edit leaves the first or the last letter in place: when both differ, skip the table.
        guard x.first == y.first || x.last == y.last else { return false }
        return withinOneEdit(x, y)
    }

    /// Byte by byte, for buffers of one length: the generic `elementsEqual` went through an iterator per buffer and
    /// cost more than a whole comparison of two short names.
    @inline(__always)
    private static func sameBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k < x.count {
            if x[k] != y[k] { return false }
            k += 1
        }
        return true
    }

    /// Same surname, and first names that agree where both are given.
    static func samePerson(_ a: Key, _ b: Key) -> Bool {
        guard a.count > 0, b.count > 0 else { return false }
        return a.bytes.withUnsafeBufferPointer { x in
            b.bytes.withUnsafeBufferPointer { y in samePerson(Words(x, of: a), Words(y, of: b)) }
        }
    }

    private static func samePerson(_ a: Words, _ b: Words) -> Bool {
        guard sameWord(a.last, b.last) else { return false }
        guard a.count > 1, b.count > 1 else { return true }
        let firstA = a.first, firstB = b.first
        if sameWord(firstA, firstB) || firstA.first == firstB.first { return true }
        // "Kan-Dapaah" for "Albert Kan Dapaah": the shorter name is the end of the longer one.
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard short.count < long.count else { return false }
        var endS = short.bytes.count - 1, endL = long.bytes.count - 1
        for _ in 0..<short.count {
            let s = short.word(endingAt: endS), l = long.word(endingAt: endL)
            guard sameWord(s, l) else { return false }
            endS -= s.count + 1
            endL -= l.count + 1
        }
        return true
    }

    /// A key's bytes read word by word.
    private struct Words {
        let bytes: UnsafeBufferPointer<UInt8>
        let count: Int
        let first: UnsafeBufferPointer<UInt8>
        let last: UnsafeBufferPointer<UInt8>

        init(_ bytes: UnsafeBufferPointer<UInt8>, of key: Key) {
            self.bytes = bytes
            count = key.count
            first = UnsafeBufferPointer(rebasing: bytes[0..<key.firstEnd])
            last = UnsafeBufferPointer(rebasing: bytes[key.lastStart..<(bytes.count - 1)])
        }

        /// The word whose zero byte is at `end`.
        func word(endingAt end: Int) -> UnsafeBufferPointer<UInt8> {
            var start = end
            while start > 0, bytes[start - 1] != 0 { start -= 1 }
            return UnsafeBufferPointer(rebasing: bytes[start..<end])
        }
    }

    static func samePerson(_ a: [String], _ b: [String]) -> Bool {
        samePerson(key(a), key(b))
    }

    /// Whether one substitution, insertion or deletion at most turns one word into the other: read in one
    /// pass, where a table of edit distances cost a cell per pair of letters for every pair of names compared.
    static func withinOneEdit(_ x: [UInt8], _ y: [UInt8]) -> Bool {
        x.withUnsafeBufferPointer { x in y.withUnsafeBufferPointer { y in withinOneEdit(x, y) } }
    }

    private static func withinOneEdit(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        guard long.count - short.count <= 1 else { return false }
        var edited = false
        var i = 0
        var j = 0
        while i < short.count {
            if short[i] == long[j] {
                i += 1
                j += 1
                continue
            }
            if edited { return false }
            edited = true
            // Same length: a substitution; otherwise the longer word has a letter more here.
            if short.count == long.count { i += 1 }
            j += 1
        }
        return true
    }
}
