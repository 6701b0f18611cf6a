/// Whether a role is only a rank ("général de division"), asked for every person a frame takes in.
extension DelegationFrame {
    /// A role longer than any rank is no rank, without folding it. The hash of the folded role is looked up
    /// first: a folded string hashed into the set cost thousands of instructions per
    /// person added, and most roles are no rank. A hit is confirmed by the set.
    static func isRank(_ role: String) -> Bool {
        guard role.utf8.count <= Lexicon.longestRankBytes else { return false }
        var role = role
        let firstWords = Lexicon.rankFirstWords
        switch role.withUTF8({ probe($0, firstWords) }) {
        case .notRank: return false
        case .key(let key): return Lexicon.rankKeys.contains(key) && Lexicon.rankNames.contains(fold(role))
        case .unknown: return Lexicon.rankNames.contains(fold(role))
        }
    }

    private enum Probe { case notRank, key(UInt64), unknown }

    /// The hash `WordHasher.key(fold(role))` gives; no rank when the folded first word starts none; unknown
    /// for a role with a scalar that does not fold to ASCII (left to `fold`). Spaces are collapsed and trimmed
    /// as `appendFolded` does: a space is hashed only once a byte follows it. Decoded in place: the string's
    /// scalar view cost tens of instructions a scalar.
    private static func probe(_ utf8: UnsafeBufferPointer<UInt8>, _ firstWords: KeySet) -> Probe {
        let table = Folding.table
        var hasher = WordHasher()
        var empty = true
        var pendingSpace = false
        var firstWord = true
        var i = 0
        while i < utf8.count {
            let (scalar, width) = Self.scalar(utf8, at: i)
            i += width
            let f = Folding.classify(scalar, in: table)
            let first: UInt8, second: UInt8
            switch f.cls {
            case .word:
                guard f.first != 0 else { return .unknown }
                (first, second) = (f.first, f.second)
            case .apostrophe: (first, second) = (0x27, 0)
            case .hyphen, .dash: (first, second) = (0x2D, 0)
            case .space:
                guard !empty else { continue }
                // Most roles open on a word no rank opens on ("ministre"): said before the rest is folded.
                if firstWord {
                    guard firstWords.contains(hasher.value) else { return .notRank }
                    firstWord = false
                }
                pendingSpace = true
                continue
            case .punctuation:
                guard scalar.value < 0x80 else { return .unknown }
                (first, second) = (UInt8(scalar.value), 0)
            }
            if pendingSpace { hasher.add(0x20); pendingSpace = false }
            hasher.add(first)
            if second != 0 { hasher.add(second) }
            empty = false
        }
        return .key(hasher.value)
    }

    /// The scalar at byte `i` of valid UTF-8, and its width.
    @inline(__always)
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let v: UInt32, width: Int
        if b0 >= 0xF0 {
            v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
            width = 4
        } else if b0 >= 0xE0 {
            v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
            width = 3
        } else {
            v = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
            width = 2
        }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", width)
    }
}
