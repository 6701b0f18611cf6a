/// A trie over word keys: finds the longest known phrase (place name,
/// country, title) starting at a token, in time proportional to the phrase,
/// whatever the size of the vocabulary. Built once.
struct PhraseIndex: Sendable {
    private var edges = KeyTable<Int32>()

    /// One 64-bit key per (node, word) edge.
    @inline(__always)
    private static func edge(_ node: Int32, _ key: UInt64) -> UInt64 {
        (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15) ^ key
    }
    private var payloads: [[Int32]] = [[]]

    mutating func insert(_ keys: [UInt64], payload: Int32) {
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        for key in keys {
            let edge = Self.edge(node, key)
            if let next = edges.value(for: edge) {
                node = next
            } else {
                let next = Int32(payloads.count)
                payloads.append([])
                edges.set(next, for: edge)
                node = next
            }
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
    }

    mutating func insert(phrase: String, payload: Int32) {
        insert(wordKeys(phrase), payload: payload)
    }

    /// The longest phrase starting at word token `start`, as the index one
    /// past its last token and what was stored for it.
    func longestMatch(in tokens: [Token], at start: Int, limit: Int? = nil) -> (end: Int, payload: [Int32])? {
        let end = limit ?? tokens.count
        guard start < end, tokens[start].kind == .word else { return nil }
        var node: Int32 = 0
        var best: (end: Int, payload: [Int32])?
        var i = start
        while i < end {
            guard let next = edges.value(for: Self.edge(node, tokens[i].key)) else { break }
            node = next
            if !payloads[Int(node)].isEmpty { best = (i + 1, payloads[Int(node)]) }
            guard let following = Self.nextWord(in: tokens, after: i, limit: end) else { break }
            i = following
        }
        return best
    }

    /// Calls `body` with the end and payload of every phrase starting at `start`, shortest first.
    @inline(__always)
    func forEachMatch(in tokens: [Token], at start: Int, limit: Int, _ body: (Int, [Int32]) -> Void) {
        guard start < limit, tokens[start].kind == .word else { return }
        var node: Int32 = 0
        var i = start
        while i < limit {
            guard let next = edges.value(for: Self.edge(node, tokens[i].key)) else { return }
            node = next
            if !payloads[Int(node)].isEmpty { body(i + 1, payloads[Int(node)]) }
            guard let following = Self.nextWord(in: tokens, after: i, limit: limit) else { return }
            i = following
        }
    }

    /// The next word token when only spaces, a hyphen or an apostrophe separate it.
    static func nextWord(in tokens: [Token], after i: Int, limit: Int) -> Int? {
        let j = i + 1
        guard j < limit else { return nil }
        if tokens[j].kind == .word { return j }
        guard j + 1 < limit, tokens[j + 1].kind == .word,
              tokens[j].key == 0x2D || tokens[j].key == 0x27 else { return nil }
        return j + 1
    }

}
