import Foundation

/// Bytes as they arrive (UTF-8 with or without BOM, or Windows-1252 pages)
/// to the normalised text every offset points into: NFC, LF line endings,
/// no control characters.
public enum TextDecoder {
    /// The default limit for one file. Articles are a few kilobytes; anything this large is a mistake (a
    /// dump, a log), and refusing it keeps memory and time bounded. `--max-file-size` sets another.
    public static let maximumBytes = 8 * 1_048_576

    public static func decode(_ bytes: [UInt8], limit: Int = maximumBytes) throws(InputProblem) -> String {
        try check(bytes, limit: limit)
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return try normalised(String(validating: body, as: UTF8.self) ?? windows1252(body))
    }

    /// What any input must be before its format matters: not empty, not too large, not binary.
    static func check(_ bytes: [UInt8], limit: Int) throws(InputProblem) {
        guard !bytes.isEmpty else { throw .isEmpty }
        guard bytes.count <= limit else { throw .tooLarge(bytes: bytes.count, limit: limit) }
        guard !looksBinary(bytes) else { throw .binary }
    }

    /// Decoded text cleaned as every article's is, and refused when nothing is left.
    static func normalised(_ raw: String) throws(InputProblem) -> String {
        let text = clean(raw)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw .isEmpty }
        return text
    }

    /// NUL bytes, or many C0 controls, mean this is not text in any encoding we accept.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let limit = min(bytes.count, 65_536)
        var controls = 0
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i < limit {
                i = skipNonControls(buffer, from: i, limit: limit)
                guard i < limit else { break }
                let b = buffer[i]
                if b == 0 { controls = Int.max; return }
                if b < 0x20, b != 0x0A, b != 0x0D, b != 0x09, b != 0x0C { controls += 1 }
                i += 1
            }
        }
        return controls == Int.max || (controls > 8 && controls * 10 > limit)
    }

    /// Skips eight bytes at a time while none is a C0 control (below 0x20),
    /// and stops on the first control of the eight that hold one.
    @inline(__always)
    static func skipNonControls(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        guard let base = buffer.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101
        var i = start
        while i + 8 <= limit {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A byte below 0x20 borrows when 0x20 is subtracted from it and had no high bit set.
            let controls = (x &- ones &* 0x20) & ~x & (ones &* 0x80)
            guard controls == 0 else { return i + firstFlaggedByte(controls) }
            i += 8
        }
        return i
    }

    /// Skips eight bytes at a time while all are printable ASCII (0x20–0x7E),
    /// the bulk of any article, and stops on the first byte of the eight that
    /// is not, so the byte-by-byte checks see only the rest.
    @inline(__always)
    static func skipPlainASCII(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        guard let base = buffer.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = start
        while i + 8 <= limit {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let below20 = (x &- ones &* 0x20) & ~x & highs
            let above7E = ((x &+ ones) | x) & highs
            guard below20 | above7E == 0 else { return i + firstFlaggedByte(below20 | above7E) }
            i += 8
        }
        return i
    }

    /// The position of the first byte whose high bit is set in a mask of the
    /// eight bytes loaded at once (the first byte is the lowest on the
    /// little-endian machines we run on). Borrows and carries of the tests
    /// above only run from a flagged byte to the bytes after it, so the first
    /// flag is always a true one.
    @inline(__always)
    private static func firstFlaggedByte(_ mask: UInt64) -> Int {
        mask.trailingZeroBitCount >> 3
    }

    static func windows1252<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(bytes.count)
        for b in bytes {
            if b >= 0x80, b < 0xA0, let mapped = cp1252High[Int(b - 0x80)] {
                out.append(mapped)
            } else {
                out.append(Unicode.Scalar(b))
            }
        }
        return String(out)
    }

    /// Windows-1252's 0x80–0x9F block; nil where the code page leaves a hole.
    private static let cp1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// Line endings to LF, control and bidi-override characters to spaces (they
    /// must never reach a terminal), invisible format characters dropped, and NFC
    /// when combining marks are present.
    static func clean(_ raw: String) -> String {
        var copy = raw
        let needsWork = copy.withUTF8 { Self.needsCleaning($0) }
        return needsWork ? rebuild(raw) : raw
    }

    /// Most articles are already clean: one pass over the bytes says so
    /// without building a new string.
    private static func needsCleaning(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            i = skipPlainASCII(bytes, from: i, limit: n)
            guard i < n else { break }
            let b = bytes[i]
            if b < 0x80 {
                if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F { return true }
                i += 1
                continue
            }
            let next = i + 1 < n ? bytes[i + 1] : 0
            switch b {
            case 0xC2 where next < 0xA0: return true
            case 0xCC, 0xCD: return true
            case 0xE2:
                let third = i + 2 < n ? bytes[i + 2] : 0
                if next == 0x80, third == 0x8B || third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) { return true }
                if next == 0x81, (0xA0...0xA4).contains(third) || (0xA6...0xA9).contains(third) { return true }
            case 0xE1 where next == 0xA0 && (i + 2 < n ? bytes[i + 2] : 0) == 0x8E: return true
            case 0xEF where next == 0xBB: return true
            case 0xEF where next == 0xBF && (0xB9...0xBB).contains(i + 2 < n ? bytes[i + 2] : 0): return true
            case 0xF3 where next == 0xA0: return true
            default: break
            }
            // The string is valid UTF-8: past the lead byte, the rest of the
            // sequence holds nothing to check on its own.
            i += sequenceLength(b)
        }
        return false
    }

    /// The length of the UTF-8 sequence a lead byte opens (1 for a stray continuation byte).
    @inline(__always)
    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    private static func rebuild(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var needsNFC = false
        var previousWasCR = false
        for s in raw.unicodeScalars {
            let v = s.value
            if v == 0x0D { out.append("\n"); previousWasCR = true; continue }
            if v == 0x0A, previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            if v == 0x0A || v == 0x09 { out.append(s); continue }
            if v < 0x20 || (v >= 0x7F && v < 0xA0) || FormatControls.isBidiControl(v) || v == 0xFEFF {
                out.append(" ")
                continue
            }
            // Dropped, not spaced: a zero-width space inside a name must not split it.
            if FormatControls.isInvisible(v) { continue }
            if v >= 0x300 && v < 0x370 { needsNFC = true }
            out.append(s)
        }
        let text = String(out)
        return needsNFC ? text.precomposedStringWithCanonicalMapping : text
    }

}
