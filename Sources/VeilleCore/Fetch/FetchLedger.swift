import Foundation

/// The items a corpus folder already holds, by their feed's id for them, kept in a hidden file beside the
/// articles (the loader skips hidden files): an item is fetched and written once, even after its file was
/// moved or deleted by the analyst.
struct FetchLedger {
    static let name = ".veille-fetched"

    let url: URL
    private(set) var keys: Set<String> = []

    init(folder: URL) {
        url = folder.appendingPathComponent(Self.name)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") {
            keys.insert(String(line.split(separator: "\t", maxSplits: 1).first ?? line))
        }
    }

    func contains(_ key: String) -> Bool { keys.contains(Self.clean(key)) }

    /// Appends at once, so an interrupted fetch keeps what it wrote.
    mutating func record(_ key: String, file: String) throws {
        keys.insert(Self.clean(key))
        let line = Data("\(Self.clean(key))\t\(file)\n".utf8)
        if let handle = try? FileHandle(forWritingTo: url) {
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: line)
        } else {
            try line.write(to: url)
        }
    }

    /// Keys are one field of one line.
    static func clean(_ key: String) -> String {
        String(key.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
