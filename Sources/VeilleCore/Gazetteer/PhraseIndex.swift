/// A trie over word keys: finds the longest known phrase (place name,
/// country, title) starting at a token, in time proportional to the phrase,
/// whatever the size of the vocabulary. Built once.
///
/// What a phrase stores lives in flat arrays (a linked list per node) rather
/// than an array per node, so that a match hands out a node number and no
/// reference-counted array.
struct PhraseIndex: Sendable {
    private var edges = KeyTable<Int32>()
    /// Per node, the first stored value's entry, or -1.
    private var firstEntry: [Int32] = [-1]
    private var entryValue: [Int32] = []
    private var entryNext: [Int32] = []
    /// The keys of the words phrases start with, for the vocabulary.
    private(set) var firstKeys: [UInt64] = []
    /// A one-bit-per-key Bloom filter of `firstKeys`, for the indexes no word
    /// class marks: most words start no phrase, and two loads say so where a
    /// probe of the trie's table costs a call and a walk of its slots.
    private var firstKeyBits: [UInt64] = [0]
    /// The word class (see `WordClass`) marking first words of this index's
    /// phrases in the vocabulary: a token without it starts no phrase, which
    /// one bit test says without probing the trie. Zero when not registered.
    var startClass: UInt32 = 0
    /// The keys of the words that follow the first in some phrase, and the
    /// class marking them: a match stops at a word without it.
    private(set) var laterKeys: [UInt64] = []
    var continueClass: UInt32 = 0

    /// One 64-bit key per (node, word) edge.
    @inline(__always)
    private static func edge(_ node: Int32, _ key: UInt64) -> UInt64 {
        (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15) ^ key
    }

    mutating func insert(_ keys: [UInt64], payload: Int32) {
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        for key in keys {
            let edge = Self.edge(node, key)
            if let next = edges.value(for: edge) {
                node = next
            } else {
                let next = Int32(firstEntry.count)
                firstEntry.append(-1)
                if node == 0 { addFirstKey(key) } else { laterKeys.append(key) }
                edges.set(next, for: edge)
                node = next
            }
        }
        append(payload, to: node)
    }

    private mutating func addFirstKey(_ key: UInt64) {
        firstKeys.append(key)
        // About sixteen bits per key keeps false positives near one in sixteen.
        var words = 1
        while words < 1 << 10, words * 64 < firstKeys.count * 16 { words <<= 1 }
        if words != firstKeyBits.count {
            firstKeyBits = Array(repeating: 0, count: words)
            for k in firstKeys { setFirstKeyBit(k) }
        } else {
            setFirstKeyBit(key)
        }
    }

    private mutating func setFirstKeyBit(_ key: UInt64) {
        let (word, bit) = Self.filterPosition(key, words: firstKeyBits.count)
        firstKeyBits[word] |= bit
    }

    /// The filter's word and bit for a key, from the key's top bits (word keys
    /// are hashes: their top bits are as mixed as any).
    @inline(__always)
    private static func filterPosition(_ key: UInt64, words: Int) -> (Int, UInt64) {
        (Int(truncatingIfNeeded: key >> 32) & (words - 1), 1 << ((key >> 58) & 63))
    }

    private mutating func append(_ payload: Int32, to node: Int32) {
        var last: Int32 = -1
        var e = firstEntry[Int(node)]
        while e >= 0 {
            if entryValue[Int(e)] == payload { return }
            last = e
            e = entryNext[Int(e)]
        }
        let entry = Int32(entryValue.count)
        entryValue.append(payload)
        entryNext.append(-1)
        if last < 0 { firstEntry[Int(node)] = entry } else { entryNext[Int(last)] = entry }
    }

    mutating func insert(phrase: String, payload: Int32) {
        insert(wordKeys(phrase), payload: payload)
    }

    /// Whether a phrase may start at this token: the bit test callers run
    /// inline before calling into the trie for every word.
    @inline(__always)
    func mayStart(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        guard startClass == 0 else { return token.classes & startClass != 0 }
        let (word, bit) = Self.filterPosition(token.key, words: firstKeyBits.count)
        return firstKeyBits[word] & bit != 0
    }

    @inline(__always)
    private func isTerminal(_ node: Int32) -> Bool { firstEntry[Int(node)] >= 0 }

    /// What was stored for a phrase, in insertion order.
    @inline(__always)
    func forEachPayload(_ node: Int32, _ body: (Int32) -> Void) {
        var e = firstEntry[Int(node)]
        while e >= 0 {
            body(entryValue[Int(e)])
            e = entryNext[Int(e)]
        }
    }

    /// The longest phrase starting at word token `start`, as the index one
    /// past its last token and the trie node that holds what was stored for it.
    func longestMatch(in tokens: [Token], at start: Int, limit: Int? = nil) -> (end: Int, node: Int32)? {
        let end = limit ?? tokens.count
        guard start < end, mayStart(tokens[start]) else { return nil }
        var node: Int32 = 0
        var best: (end: Int, node: Int32)?
        var i = start
        while i < end {
            guard let next = edges.value(for: Self.edge(node, tokens[i].key)) else { break }
            node = next
            if isTerminal(node) { best = (i + 1, node) }
            guard let following = Self.nextWord(in: tokens, after: i, limit: end),
                  continueClass == 0 || tokens[following].classes & continueClass != 0 else { break }
            i = following
        }
        return best
    }

    /// Calls `body` with the end and node of every phrase starting at `start`, shortest first.
    @inline(__always)
    func forEachMatch(in tokens: [Token], at start: Int, limit: Int, _ body: (Int, Int32) -> Void) {
        guard start < limit, mayStart(tokens[start]) else { return }
        var node: Int32 = 0
        var i = start
        while i < limit {
            guard let next = edges.value(for: Self.edge(node, tokens[i].key)) else { return }
            node = next
            if isTerminal(node) { body(i + 1, node) }
            guard let following = Self.nextWord(in: tokens, after: i, limit: limit),
                  continueClass == 0 || tokens[following].classes & continueClass != 0 else { return }
            i = following
        }
    }

    /// The next word token when only spaces, a hyphen, an apostrophe or the
    /// full stop of an abbreviation ("Maj. Gen.", "Lt. Col.") separate it.
    @inline(__always)
    static func nextWord(in tokens: [Token], after i: Int, limit: Int) -> Int? {
        let j = i + 1
        guard j < limit else { return nil }
        if tokens[j].kind == .word { return j }
        guard j + 1 < limit, tokens[j + 1].kind == .word,
              tokens[j].isHyphen || tokens[j].isApostrophe || closesAbbreviation(tokens, j) else { return nil }
        return j + 1
    }

    static let abbreviationLength: Int32 = 4

    private static func closesAbbreviation(_ tokens: [Token], _ stop: Int) -> Bool {
        let word = tokens[stop - 1]
        return tokens[stop].isFullStop && !tokens[stop].spaceBefore && word.isCapitalized && word.end - word.start <= abbreviationLength
    }
}
