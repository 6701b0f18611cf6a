/// A 128-bit fingerprint of a file's bytes: two FNV-1a 64 lanes with different offsets, and the length.
/// Not cryptographic: it tells a changed file from an unchanged one, among the analyst's own files.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        let prime: UInt64 = 0x0000_0100_0000_01b3
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* prime
            b = (b ^ UInt64(byte ^ 0x5c)) &* prime
        }
        return hex(a) + hex(b) + "-" + String(bytes.count, radix: 16)
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
