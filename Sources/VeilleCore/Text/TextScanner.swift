/// One pass over an article's UTF-8 bytes that yields its scalars, the byte
/// offset of each, and its tokens (as `Tokenizer` would cut them, with their
/// word classes). Parsing cost is dominated by walking the text, so the text
/// is walked once, on raw buffers.
enum TextScanner {
    struct Output {
        var scalars: [Unicode.Scalar]
        /// For each scalar, its byte offset, then the byte count.
        var byteOffsets: [Int32]
        var tokens: [Token]
        var landmarks: DocumentLayout.Landmarks
    }

    /// A word being read: where it started and what has been seen of it.
    private struct OpenWord {
        var start: Int32
        var key = WordKeyBuilder()
        var capitalized = false
        var spaceBefore = false
    }

    static func scan(_ bytes: [UInt8], vocabulary: Vocabulary) -> Output {
        let n = bytes.count
        var tokens: [Token] = []
        tokens.reserveCapacity(n / 3 + 16)
        var count = 0
        var landmarks = DocumentLayout.Landmarks()
        var offsets: [Int32] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { scalarBuffer, scalarCount in
            offsets = [Int32](unsafeUninitializedCapacity: n + 1) { offsetBuffer, offsetCount in
                bytes.withUnsafeBufferPointer { input in
                    Folding.table.withUnsafeBufferPointer { table in
                        Self.asciiWordTable.withUnsafeBufferPointer { ascii in
                            count = walk(input, table, ascii, vocabulary, scalarBuffer, offsetBuffer, &tokens, &landmarks)
                        }
                    }
                }
                offsetBuffer[count] = Int32(n)
                offsetCount = count + 1
            }
            scalarCount = count
        }
        return Output(scalars: scalars, byteOffsets: offsets, tokens: tokens, landmarks: landmarks)
    }

    private static func walk(_ input: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<FoldedScalar>,
                             _ ascii: UnsafeBufferPointer<UInt16>, _ vocabulary: Vocabulary,
                             _ scalars: UnsafeMutableBufferPointer<Unicode.Scalar>, _ offsets: UnsafeMutableBufferPointer<Int32>,
                             _ tokens: inout [Token], _ landmarks: inout DocumentLayout.Landmarks) -> Int {
        let n = input.count
        var i = 0
        var s = 0
        var sawSpace = true
        while i < n {
            let (scalar, width) = decode(input, at: i)
            let f = Folding.classify(scalar, in: table)
            if f.cls == .word {
                var word = OpenWord(start: Int32(truncatingIfNeeded: s), capitalized: f.isUpper, spaceBefore: sawSpace)
                readWord(input, table, ascii, first: (scalar, width, f), &i, &s, scalars, offsets, &word)
                tokens.append(finish(word, end: Int32(truncatingIfNeeded: s), vocabulary))
                sawSpace = false
                continue
            }
            scalars[s] = scalar
            offsets[s] = Int32(truncatingIfNeeded: i)
            if f.cls == .space {
                sawSpace = true
                if scalar.value == 0x0A { landmarks.lineBreaks.append(s) }
            } else {
                if DocumentLayout.Landmarks.isSentenceMark(scalar.value) { landmarks.sentenceMarks.append(s) }
                let key: UInt64 = f.first != 0 ? UInt64(f.first) : UInt64(scalar.value)
                tokens.append(Token(start: Int32(truncatingIfNeeded: s), end: Int32(truncatingIfNeeded: s + 1), key: key, kind: .punctuation,
                                    isCapitalized: false, isUpperCase: false, spaceBefore: sawSpace, classes: 0))
                sawSpace = false
            }
            s += 1
            i += width
        }
        return s
    }

    /// Consumes a word from its first scalar on, with ASCII letters read
    /// straight from the folding table.
    @inline(__always)
    private static func readWord(_ input: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<FoldedScalar>, _ ascii: UnsafeBufferPointer<UInt16>,
                                 first: (Unicode.Scalar, Int, FoldedScalar), _ i: inout Int, _ s: inout Int,
                                 _ scalars: UnsafeMutableBufferPointer<Unicode.Scalar>, _ offsets: UnsafeMutableBufferPointer<Int32>,
                                 _ word: inout OpenWord) {
        let n = input.count
        var (scalar, width, f) = first
        while true {
            scalars[s] = scalar
            offsets[s] = Int32(truncatingIfNeeded: i)
            word.key.add(f, scalar)
            s += 1
            i += width
            // ASCII letters and digits, the bulk of any word, from a packed table without branches.
            while i < n, input[i] < 0x80 {
                let b = input[i]
                let e = ascii[Int(b)]
                guard e & asciiIsWord != 0 else { return }
                scalars[s] = Unicode.Scalar(b)
                offsets[s] = Int32(truncatingIfNeeded: i)
                word.key.add(ascii: UInt8(truncatingIfNeeded: e), letter: Int((e >> 10) & 1), upper: Int((e >> 9) & 1))
                s += 1
                i += 1
            }
            guard i < n else { return }
            (scalar, width) = decode(input, at: i)
            f = Folding.classify(scalar, in: table)
            guard f.cls == .word else { return }
        }
    }

    /// For each ASCII byte: its folded byte, then bit 8 word character, bit 9
    /// upper case, bit 10 a letter (a–z once folded). Read once per scan.
    private static let asciiIsWord: UInt16 = 1 << 8
    private static let asciiWordTable: [UInt16] = (0..<128).map { b in
        let f = Folding.classify(Unicode.Scalar(UInt8(b)))
        var e = UInt16(f.first)
        if f.cls == .word { e |= asciiIsWord }
        if f.isUpper { e |= 1 << 9 }
        if f.first >= 0x61, f.first <= 0x7A { e |= 1 << 10 }
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
        return Token(start: word.start, end: end, key: key, kind: .word, isCapitalized: word.capitalized,
                     isUpperCase: word.key.isUpperCase, spaceBefore: word.spaceBefore, classes: vocabulary.classes(of: key))
    }
}
