/// A word or punctuation mark of an article, by scalar offsets.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable { case word, punctuation }

    public var start: Int32
    public var end: Int32
    /// For words: a hash of the folded spelling. For punctuation: the scalar value.
    public var key: UInt64
    public var kind: Kind
    /// The first letter is upper-case in the text.
    public var isCapitalized: Bool
    /// Every letter is upper-case (datelines, acronyms).
    public var isUpperCase: Bool
    /// Whitespace (not punctuation) separates this token from the previous one.
    public var spaceBefore: Bool
    /// The word classes of the vocabulary this word belongs to (see
    /// `WordClass`); all bits set when it was tokenized without a vocabulary.
    var classes: UInt32 = .max

    public var span: Span { Span(start: Int(start), end: Int(end)) }

    public func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && key == UInt64(scalar.value)
    }

    // The marks the readers test most, by name rather than by code.
    var isApostrophe: Bool { kind == .punctuation && key == 0x27 }
    var isHyphen: Bool { kind == .punctuation && key == 0x2D }
    var isFullStop: Bool { kind == .punctuation && key == 0x2E }
    var isCommaMark: Bool { kind == .punctuation && key == 0x2C }
    /// « “ and the straight ", which opens as often as it closes.
    var isOpeningQuote: Bool { kind == .punctuation && (key == 0xAB || key == 0x22 || key == 0x201C) }
    /// » ”.
    var isClosingQuote: Bool { kind == .punctuation && (key == 0xBB || key == 0x201D) }
    var isStraightQuote: Bool { kind == .punctuation && key == 0x22 }
}

/// A word's key and case, built scalar by scalar: the one rule the reference
/// tokenizer and the one-pass scanner share.
struct WordKeyBuilder {
    /// Settable so that the scanner can hash a word's ASCII run in a local copy.
    var hasher = WordHasher()
    private(set) var letters = 0
    private(set) var upper = 0

    @inline(__always)
    mutating func add(_ f: FoldedScalar, _ scalar: Unicode.Scalar) {
        if f.first != 0 {
            hasher.add(f.first)
            if f.second != 0 { hasher.add(f.second) }
            if f.first >= 0x61, f.first <= 0x7A { letters += 1 }
        } else {
            for b in String(scalar).lowercased().utf8 { hasher.add(b) }
            letters += 1
        }
        if f.isUpper { upper += 1 }
    }

    var key: UInt64 { hasher.value }
    /// Every letter is upper-case, and there are at least two.
    var isUpperCase: Bool { letters > 1 && upper == letters }
}

/// FNV-1a over folded bytes: cheap, and collisions are irrelevant at the size
/// of our vocabularies.
struct WordHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func key(_ folded: String) -> UInt64 {
        var h = WordHasher()
        for b in folded.utf8 { h.add(b) }
        return h.value
    }
}
