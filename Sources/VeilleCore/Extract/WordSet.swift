/// Word keys gathered from an article (surnames seen so far): the project's
/// open-addressing table rather than a hashed `Set`, because readers ask it
/// at every capitalised word.
struct KeySet: Sendable {
    /// None while empty: several empty sets are built per article, and a table allocates.
    private var table: KeyTable<Bool>?
    var isEmpty: Bool { table == nil }

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        for key in keys {
            if table == nil { table = KeyTable<Bool>() }
            table?.set(true, for: key)
        }
    }

    func contains(_ key: UInt64) -> Bool {
        table?.value(for: key) != nil
    }
}

/// A set of single words, compared by their folded keys.
struct WordSet: Sendable {
    private var table = KeyTable<Bool>()
    private(set) var keys: [UInt64] = []
    /// The word class the vocabulary gives this set's words, or zero: with a
    /// class, membership of an article's token is one bit test.
    let wordClass: UInt32

    init(_ words: [String], class wordClass: WordClass? = nil) {
        self.wordClass = wordClass?.rawValue ?? 0
        for w in words {
            let key = WordHasher.key(fold(w))
            if table.value(for: key) == nil { keys.append(key) }
            table.set(true, for: key)
        }
    }

    init(class wordClass: WordClass, _ words: [String]) {
        self.init(words, class: wordClass)
    }

    @inline(__always)
    func contains(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        if wordClass != 0, token.classes != .max { return token.classes & wordClass != 0 }
        return table.value(for: token.key) != nil
    }

    func contains(key: UInt64) -> Bool {
        table.value(for: key) != nil
    }
}

/// A set of phrases ("s'est rendu", "led by"), matched at a token.
struct PhraseSet: Sendable {
    private(set) var index = PhraseIndex()

    init(_ phrases: [String], class wordClass: WordClass? = nil) {
        for (i, p) in phrases.enumerated() { index.insert(phrase: p, payload: Int32(i)) }
        index.startClass = wordClass?.rawValue ?? 0
        // A classed set is registered with the vocabulary, which then marks its later words too.
        if wordClass != nil { index.continueClass = WordClass.phraseContinuation.rawValue }
    }

    init(class wordClass: WordClass, _ phrases: [String]) {
        self.init(phrases, class: wordClass)
    }

    /// One past the last token of the longest phrase starting at `i`.
    @inline(__always)
    func match(_ tokens: [Token], at i: Int, limit: Int? = nil) -> Int? {
        // Readers ask at nearly every word, and most start no phrase of the
        // set: the bit test runs inline, the trie is called only past it.
        guard i < tokens.count, index.mayStart(tokens[i]) else { return nil }
        return index.longestMatch(in: tokens, at: i, limit: limit)?.end
    }

    /// The first match in a range, as (start, end).
    func first(in tokens: [Token], _ range: Range<Int>) -> (start: Int, end: Int)? {
        for i in range where index.mayStart(tokens[i]) {
            if let end = match(tokens, at: i, limit: range.upperBound) { return (i, end) }
        }
        return nil
    }

    func contains(in tokens: [Token], _ range: Range<Int>) -> Bool {
        first(in: tokens, range) != nil
    }
}

/// A phrase set held by reference, for the lists of sets read one at a time by position: a set taken from
/// a list to be matched was copied, its seven tables retained; a class's constant is read in place.
final class PhraseSetBox: Sendable {
    let set: PhraseSet

    init(_ set: PhraseSet) {
        self.set = set
    }
}
