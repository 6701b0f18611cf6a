import Foundation

/// How one scalar behaves for matching: its class, and for letters its
/// lower-case, accent-free ASCII spelling (one or two letters: œ -> oe).
struct FoldedScalar: Sendable {
    enum Class: UInt8, Sendable { case word, apostrophe, hyphen, dash, space, punctuation }
    var cls: Class
    /// Up to two ASCII bytes; zero when the scalar is not folded to ASCII.
    var first: UInt8
    var second: UInt8
    /// An upper-case letter (looked up once here rather than per character).
    var isUpper = false
}

/// Case and accent folding done once into lookup tables, so that the hot
/// loops over article text never touch Foundation or `Character`.
enum Folding {
    static let latinLimit: UInt32 = 0x250
    /// Latin scalars, then Latin Extended Additional, in one table that hot
    /// loops copy into a local once (a static read per character costs a lock check).
    static let table: [FoldedScalar] = (0..<latinLimit).map { makeEntry(UInt32($0)) } + (0x1E00..<UInt32(0x1F00)).map { makeEntry($0) }

    @inline(__always)
    static func classify(_ s: Unicode.Scalar) -> FoldedScalar {
        classify(s, in: table)
    }

    @inline(__always)
    static func classify(_ s: Unicode.Scalar, in table: [FoldedScalar]) -> FoldedScalar {
        let v = s.value
        if v < latinLimit { return table[Int(v)] }
        if v >= 0x1E00, v < 0x1F00 { return table[Int(v - 0x1E00 + latinLimit)] }
        return classifyOther(s)
    }

    @inline(__always)
    static func classify(_ s: Unicode.Scalar, in table: UnsafeBufferPointer<FoldedScalar>) -> FoldedScalar {
        let v = s.value
        if v < latinLimit { return table[Int(v)] }
        if v >= 0x1E00, v < 0x1F00 { return table[Int(v - 0x1E00 + latinLimit)] }
        return classifyOther(s)
    }

    private static func classifyOther(_ s: Unicode.Scalar) -> FoldedScalar {
        switch s.value {
        case 0x2018, 0x2019, 0x02BC, 0x02BB, 0x2032: return FoldedScalar(cls: .apostrophe, first: 0x27, second: 0)
        case 0x2010, 0x2011: return FoldedScalar(cls: .hyphen, first: 0x2D, second: 0)
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return FoldedScalar(cls: .dash, first: 0x2D, second: 0)
        case 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return FoldedScalar(cls: .space, first: 0x20, second: 0)
        default: break
        }
        let p = s.properties
        if p.isAlphabetic || p.numericType != nil { return FoldedScalar(cls: .word, first: 0, second: 0, isUpper: p.isUppercase) }
        if p.isWhitespace { return FoldedScalar(cls: .space, first: 0x20, second: 0) }
        return FoldedScalar(cls: .punctuation, first: 0, second: 0)
    }

    private static func makeEntry(_ v: UInt32) -> FoldedScalar {
        guard let s = Unicode.Scalar(v) else { return FoldedScalar(cls: .punctuation, first: 0, second: 0) }
        switch v {
        case 0x27, 0x60, 0xB4: return FoldedScalar(cls: .apostrophe, first: 0x27, second: 0)
        case 0x2D, 0xAD: return FoldedScalar(cls: .hyphen, first: 0x2D, second: 0)
        case 0x09, 0x0A, 0x20, 0xA0: return FoldedScalar(cls: .space, first: 0x20, second: 0)
        default: break
        }
        let p = s.properties
        guard p.isAlphabetic || p.numericType != nil else {
            return FoldedScalar(cls: p.isWhitespace ? .space : .punctuation, first: v < 0x80 ? UInt8(v) : 0, second: 0)
        }
        let special: [UInt32: String] = [0xDF: "ss", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0x131: "i", 0x110: "d", 0x111: "d", 0x141: "l", 0x142: "l", 0xD8: "o", 0xF8: "o"]
        let folded = special[v] ?? String(s).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let ascii = Array(folded.utf8).filter { $0 < 0x80 }
        guard !ascii.isEmpty, ascii.count <= 2, ascii.count == folded.utf8.count else {
            return FoldedScalar(cls: .word, first: 0, second: 0, isUpper: p.isUppercase)
        }
        return FoldedScalar(cls: .word, first: ascii[0] | (ascii[0] >= 0x41 && ascii[0] <= 0x5A ? 0x20 : 0), second: ascii.count > 1 ? ascii[1] : 0,
                            isUpper: p.isUppercase)
    }
}

/// Lower-case, accent-free, typographically plain form of a string, with runs
/// of spaces, hyphens and apostrophes kept as one separator each. Used to match
/// user queries and gazetteer names the same way article words are matched.
public func fold(_ s: String) -> String {
    fold(scalars: s.unicodeScalars, capacity: s.utf8.count)
}

/// `fold` of a run of scalars, for callers that hold an article's scalars
/// and would otherwise build a `String` only to fold it.
func fold<S: Sequence>(scalars: S, capacity: Int) -> String where S.Element == Unicode.Scalar {
    var out: [UInt8] = []
    out.reserveCapacity(capacity)
    appendFolded(scalars, to: &out)
    return String(decoding: out, as: UTF8.self)
}

/// The UTF-8 of `fold`, for callers that only compare it with known
/// spellings: building and hashing a `String` costs more than the folding.
func appendFolded<S: Sequence>(_ scalars: S, to out: inout [UInt8]) where S.Element == Unicode.Scalar {
    // Read once: a static read per scalar costs a lock check.
    let table = Folding.table
    for scalar in scalars {
        let f = Folding.classify(scalar, in: table)
        switch f.cls {
        case .word:
            if f.first != 0 {
                out.append(f.first)
                if f.second != 0 { out.append(f.second) }
            } else {
                out.append(contentsOf: Array(String(scalar).lowercased().utf8))
            }
        case .apostrophe: out.append(0x27)
        case .hyphen, .dash: out.append(0x2D)
        case .space: if out.last != 0x20, !out.isEmpty { out.append(0x20) }
        case .punctuation:
            if scalar.value < 0x80 { out.append(UInt8(scalar.value)) } else { out.append(contentsOf: Array(String(scalar).utf8)) }
        }
    }
    while out.last == 0x20 { out.removeLast() }
}

/// The words of a string as matching keys, the same keys the tokenizer gives
/// the article's words (so "Liptako-Gourma" and "liptako gourma" agree).
func wordKeys(_ s: String) -> [UInt64] {
    let text = Array(s.unicodeScalars)
    return Tokenizer.tokenize(text).filter { $0.kind == .word }.map(\.key)
}
