import Foundation

/// Recorded frames: compared whole, or by digest when the frame shows text
/// that must not be copied into the repository (the founding article).
public enum GoldenFile {
    /// Set to 1, the golden tests record what they draw and fail (see `GoldenFrameTests`).
    public static var updateRequested: Bool { ProcessInfo.processInfo.environment["VEILLE_UPDATE_GOLDEN"] == "1" }

    /// FNV-1a over the frame's UTF-8, in hex: any change of any cell changes it.
    public static func digest(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Only the rows that differ, expected above actual, with their numbers.
    public static func diff(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out = ["frame differs (- expected, + actual):"]
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : "<none>"
            let al = i < a.count ? String(a[i]) : "<none>"
            if el != al {
                let n = String(i + 1)
                out += [String(repeating: " ", count: max(0, 3 - n.count)) + n + " - |\(el)|", "    + |\(al)|"]
            }
        }
        return out.joined(separator: "\n")
    }

    public static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    public static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
