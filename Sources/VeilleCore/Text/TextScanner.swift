/// One pass over an article's UTF-8 bytes that yields its scalars, where the
/// multi-byte ones sit, and its tokens (as `Tokenizer` would cut them, with
/// their word classes). Parsing cost is dominated by walking the text, so the
/// text is walked once, on raw buffers, with ASCII (the bulk of any article)
/// read from one packed table.
enum TextScanner {
    struct Output {
        var scalars: [Unicode.Scalar]
        /// Where scalars of more than one byte sit: byte offsets follow from it.
        var wide: WideScalars
        var tokens: [Token]
        var landmarks: DocumentLayout.Landmarks

        /// For each scalar, its byte offset, then the byte count (for tests:
        /// `ParsedText` asks `wide` for the few offsets it needs).
        var byteOffsets: [Int32] {
            (0...scalars.count).map { Int32(wide.byteOffset(ofScalar: $0)) }
        }
    }

    /// The scalars of more than one byte, by index, and the bytes they add up
    /// to: a byte offset is then its scalar index plus those extra bytes. Kept
    /// sparse because a per-scalar offset would cost a store for every byte
    /// of text, for the few substrings an article's items need.
    struct WideScalars: Sendable {
        /// Scalar indexes of the wide scalars, in order.
        fileprivate(set) var indexes: [Int32] = []
        /// For each, the extra bytes of all wide scalars up to it, itself included.
        fileprivate(set) var extraBytes: [Int32] = []
        /// For each block of `blockSize` scalars, how many wide scalars come
        /// before it: a lookup then scans a block's few wide scalars, where a
        /// binary search over all of them would cost more than the substring.
        private var before: [Int32] = []
        /// The last of `extraBytes`, kept apart so that noting a scalar reads no array.
        private var extraTotal: Int32 = 0
        private static let blockShift = 6

        /// French text holds about one wide scalar in 32 bytes: room for twice
        /// that, so the arrays rarely regrow while the text is walked.
        fileprivate mutating func reserve(bytes: Int) {
            indexes.reserveCapacity(bytes >> 4)
            extraBytes.reserveCapacity(bytes >> 4)
        }

        @inline(__always)
        fileprivate mutating func note(_ scalar: Int, width: Int) {
            extraTotal &+= Int32(truncatingIfNeeded: width - 1)
            indexes.append(Int32(truncatingIfNeeded: scalar))
            extraBytes.append(extraTotal)
        }

        /// Builds the block index once every wide scalar is noted.
        fileprivate mutating func index(scalarCount: Int) {
            guard !indexes.isEmpty else { return }
            let blocks = (scalarCount >> Self.blockShift) + 1
            before.reserveCapacity(blocks)
            var j = 0
            for b in 0..<blocks {
                let start = b << Self.blockShift
                while j < indexes.count, Int(indexes[j]) < start { j += 1 }
                before.append(Int32(truncatingIfNeeded: j))
            }
        }

        /// The byte offset of scalar `k` (of the text's end when `k` is the scalar count).
        func byteOffset(ofScalar k: Int) -> Int {
            guard !indexes.isEmpty else { return k }
            var j = Int(before[k >> Self.blockShift])
            while j < indexes.count, Int(indexes[j]) < k { j += 1 }
            return k + (j == 0 ? 0 : Int(extraBytes[j - 1]))
        }
    }

    /// Tokens written in order into room reserved for all of them.
    private struct TokenSink {
        let buffer: UnsafeMutableBufferPointer<Token>
        private(set) var count = 0

        init(buffer: UnsafeMutableBufferPointer<Token>) {
            self.buffer = buffer
        }

        @inline(__always)
        mutating func append(_ token: Token) {
            buffer.initializeElement(at: count, to: token)
            count &+= 1
        }
    }

    /// A word being read: where it started and what has been seen of it.
    private struct OpenWord {
        var start: Int32
        var key = WordKeyBuilder()
        /// Letters and upper-case letters among the ASCII bytes, packed as the
        /// table's counts are (see `asciiCounts`), so one add counts both.
        var asciiCounts: UInt64 = 0
        var capitalized = false
        var spaceBefore = false

        var letters: Int { key.letters + Int(asciiCounts & asciiLetterMask) }
        var upper: Int { key.upper + Int(asciiCounts >> asciiUpperShift) }
    }

    static func scan(_ bytes: [UInt8], vocabulary: Vocabulary) -> Output {
        let n = bytes.count
        var landmarks = DocumentLayout.Landmarks(reservingFor: n)
        var wide = WideScalars()
        wide.reserve(bytes: n)
        var tokens: [Token] = []
        // A token takes at least one scalar and a scalar at least one byte: with
        // room for as many tokens as bytes, appending needs no capacity check
        // (`Array.append` is not inlined into a loop this large, and a call per
        // token costs more than the token). Room never written is never touched.
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { scalarBuffer, scalarCount in
            tokens = [Token](unsafeUninitializedCapacity: n) { tokenBuffer, tokenCount in
                var sink = TokenSink(buffer: tokenBuffer)
                scalarCount = bytes.withUnsafeBufferPointer { input in
                    Folding.table.withUnsafeBufferPointer { table in
                        Self.asciiTable.withUnsafeBufferPointer { ascii in
                            walk(input, table, ascii, vocabulary, scalarBuffer, &wide, &sink, &landmarks)
                        }
                    }
                }
                tokenCount = sink.count
            }
        }
        wide.index(scalarCount: scalars.count)
        return Output(scalars: scalars, wide: wide, tokens: tokens, landmarks: landmarks)
    }

    private static func walk(_ input: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<FoldedScalar>,
                             _ ascii: UnsafeBufferPointer<UInt64>, _ vocabulary: Vocabulary,
                             _ scalars: UnsafeMutableBufferPointer<Unicode.Scalar>, _ wide: inout WideScalars,
                             _ tokens: inout TokenSink, _ landmarks: inout DocumentLayout.Landmarks) -> Int {
        let n = input.count
        var i = 0
        var s = 0
        var sawSpace = true
        while i < n {
            let b = input[i]
            if b < 0x80 {
                // ASCII: everything the token needs is in the packed table.
                let e = ascii[Int(b)]
                if e & asciiIsWord != 0 {
                    var word = OpenWord(start: Int32(truncatingIfNeeded: s), capitalized: e & asciiIsUpper != 0, spaceBefore: sawSpace)
                    readWord(input, table, ascii, &i, &s, scalars, &wide, &word)
                    tokens.append(finish(word, end: Int32(truncatingIfNeeded: s), vocabulary))
                    sawSpace = false
                    continue
                }
                scalars[s] = Unicode.Scalar(b)
                if e & asciiIsSpace != 0 {
                    sawSpace = true
                    if b == 0x0A { landmarks.lineBreaks.append(s) }
                } else {
                    if b == 0x2E || b == 0x21 || b == 0x3F { landmarks.sentenceMarks.append(s) }
                    appendMark(key: UInt64(UInt8(truncatingIfNeeded: e)), at: s, spaceBefore: sawSpace, &tokens)
                    sawSpace = false
                }
                s += 1
                i += 1
                continue
            }
            let (scalar, width) = decode(input, at: i)
            let f = Folding.classify(scalar, in: table)
            if f.cls == .word {
                var word = OpenWord(start: Int32(truncatingIfNeeded: s), capitalized: f.isUpper, spaceBefore: sawSpace)
                readWord(input, table, ascii, &i, &s, scalars, &wide, &word)
                tokens.append(finish(word, end: Int32(truncatingIfNeeded: s), vocabulary))
                sawSpace = false
                continue
            }
            scalars[s] = scalar
            wide.note(s, width: width)
            if f.cls == .space {
                sawSpace = true
            } else {
                if DocumentLayout.Landmarks.isSentenceMark(scalar.value) { landmarks.sentenceMarks.append(s) }
                appendMark(key: f.first != 0 ? UInt64(f.first) : UInt64(scalar.value), at: s, spaceBefore: sawSpace, &tokens)
                sawSpace = false
            }
            s += 1
            i += width
        }
        return s
    }

    @inline(__always)
    private static func appendMark(key: UInt64, at s: Int, spaceBefore: Bool, _ tokens: inout TokenSink) {
        tokens.append(Token(start: Int32(truncatingIfNeeded: s), end: Int32(truncatingIfNeeded: s + 1), key: key, kind: .punctuation,
                            isCapitalized: false, isUpperCase: false, spaceBefore: spaceBefore, classes: 0))
    }

    /// Consumes a word from its first scalar (known to be a word character)
    /// on: ASCII letters and digits from the packed table, others decoded and
    /// folded.
    @inline(__always)
    private static func readWord(_ input: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<FoldedScalar>, _ ascii: UnsafeBufferPointer<UInt64>,
                                 _ i: inout Int, _ s: inout Int, _ scalars: UnsafeMutableBufferPointer<Unicode.Scalar>,
                                 _ wide: inout WideScalars, _ word: inout OpenWord) {
        let n = input.count
        while true {
            let ended = asciiRun(input, ascii, &i, &s, scalars, &word)
            guard !ended, i < n else { return }
            let (scalar, width) = decode(input, at: i)
            let f = Folding.classify(scalar, in: table)
            guard f.cls == .word else { return }
            scalars[s] = scalar
            wide.note(s, width: width)
            word.key.add(f, scalar)
            s += 1
            i += width
        }
    }

    /// The bulk of any word: its ASCII letters and digits from byte `i` on.
    /// Whether the word ended there (rather than at the end of the text or
    /// at a multi-byte scalar). A function of its own, with the word's
    /// fields in locals: inside the scanner's loop there were too few
    /// registers left, and the counts went to memory at every byte.
    @inline(never)
    private static func asciiRun(_ input: UnsafeBufferPointer<UInt8>, _ ascii: UnsafeBufferPointer<UInt64>, _ i: inout Int, _ s: inout Int,
                                 _ scalars: UnsafeMutableBufferPointer<Unicode.Scalar>, _ word: inout OpenWord) -> Bool {
        let n = input.count
        var j = i
        var t = s
        var hasher = word.key.hasher
        var counts = word.asciiCounts
        var ended = false
        while j < n {
            let b = input[j]
            // Bytes of multi-byte scalars have no entry bits: one test stops on both.
            let e = ascii[Int(b)]
            guard e & asciiIsWord != 0 else { ended = b < 0x80; break }
            scalars[t] = Unicode.Scalar(b)
            hasher.add(UInt8(truncatingIfNeeded: e))
            counts &+= e >> asciiCountsShift
            t &+= 1
            j &+= 1
        }
        word.key.hasher = hasher
        word.asciiCounts = counts
        i = j
        s = t
        return ended
    }

    // For each ASCII byte, one 64-bit entry (zero for the bytes of multi-byte scalars): bits 0–7 its folded byte (a
    // mark's token key), bit 8 a word character, bit 9 a space, bit 10 upper
    // case; from bit 32 on, what it adds to a word's counts: 1 at bit 32 for
    // a letter (a–z once folded), 1 at bit 63 for an upper-case one. Shifted
    // down by 32, the counts are letters in bits 0–30 and upper-case letters
    // from bit 31 on, far more than the largest article has.
    private static let asciiIsWord: UInt64 = 1 << 8
    private static let asciiIsSpace: UInt64 = 1 << 9
    private static let asciiIsUpper: UInt64 = 1 << 10
    private static let asciiCountsShift: UInt64 = 32
    private static let asciiLetterMask: UInt64 = (1 << 31) - 1
    private static let asciiUpperShift: UInt64 = 31
    private static let asciiTable: [UInt64] = (0..<256).map { b in
        guard b < 0x80 else { return 0 }
        let f = Folding.classify(Unicode.Scalar(UInt8(b)))
        var e = UInt64(f.first != 0 ? f.first : UInt8(b))
        switch f.cls {
        case .word: e |= asciiIsWord
        case .space: e |= asciiIsSpace
        case .apostrophe, .hyphen, .dash, .punctuation: break
        }
        if f.isUpper { e |= asciiIsUpper | 1 << 63 }
        if f.cls == .word, f.first >= 0x61, f.first <= 0x7A { e |= 1 << 32 }
        return e
    }

    /// The scalar at byte `i` of valid UTF-8 (a truncated sequence at the end
    /// reads as its lead byte, as the text decoder never produces one).
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let n = bytes.count
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        var v = b0
        var width = 1
        if b0 >= 0xF0, i + 3 < n {
            v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
            width = 4
        } else if b0 >= 0xE0, i + 2 < n {
            v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F)
            width = 3
        } else if b0 >= 0xC0, i + 1 < n {
            v = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
            width = 2
        }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", width)
    }

    @inline(__always)
    private static func finish(_ word: OpenWord, end: Int32, _ vocabulary: Vocabulary) -> Token {
        let key = word.key.key
        let letters = word.letters
        // Every letter is upper-case, and there are at least two (as `WordKeyBuilder.isUpperCase`).
        let isUpperCase = letters > 1 && word.upper == letters
        return Token(start: word.start, end: end, key: key, kind: .word, isCapitalized: word.capitalized,
                     isUpperCase: isUpperCase, spaceBefore: word.spaceBefore, classes: vocabulary.classes(of: key))
    }
}
