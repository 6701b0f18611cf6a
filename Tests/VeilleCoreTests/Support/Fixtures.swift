import Foundation
@testable import VeilleCore

/// The team's fixture articles, shipped with the test target.
enum Fixtures {
    static let directory: URL = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    static func article(_ name: String) throws -> Article {
        let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent("\(name).txt")))
        return try ArticleParser().parse(bytes: bytes, source: "\(name).txt")
    }

    static func gold(_ name: String) throws -> Gold {
        try Gold.load(directory.appendingPathComponent("\(name).expected.json"))
    }

    /// shared/ beside the clone: present in CI and on the team's machines, not in a user's fresh clone.
    static let shared: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static var hasShared: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("seed/mali-russia-cooperation.txt").path)
    }
}
