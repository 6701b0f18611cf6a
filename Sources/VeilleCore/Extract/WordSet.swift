/// A set of single words, compared by their folded keys.
struct WordSet: Sendable {
    private var keys = KeyTable<Bool>()

    init(_ words: [String]) {
        for w in words { keys.set(true, for: WordHasher.key(fold(w))) }
    }

    @inline(__always)
    func contains(_ token: Token) -> Bool {
        token.kind == .word && keys.value(for: token.key) != nil
    }

    func contains(key: UInt64) -> Bool {
        keys.value(for: key) != nil
    }
}

/// A set of phrases ("s'est rendu", "led by"), matched at a token.
struct PhraseSet: Sendable {
    private var index = PhraseIndex()

    init(_ phrases: [String]) {
        for (i, p) in phrases.enumerated() { index.insert(phrase: p, payload: Int32(i)) }
    }

    /// One past the last token of the longest phrase starting at `i`.
    func match(_ tokens: [Token], at i: Int, limit: Int? = nil) -> Int? {
        index.longestMatch(in: tokens, at: i, limit: limit)?.end
    }

    /// The first match in a range, as (start, end).
    func first(in tokens: [Token], _ range: Range<Int>) -> (start: Int, end: Int)? {
        for i in range where tokens[i].kind == .word {
            if let end = match(tokens, at: i, limit: range.upperBound) { return (i, end) }
        }
        return nil
    }

    func contains(in tokens: [Token], _ range: Range<Int>) -> Bool {
        first(in: tokens, range) != nil
    }
}
