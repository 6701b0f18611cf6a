import Foundation
import VeilleCore

/// Where the tests' files are: the repository, the team's fixture articles
/// (Tests/Fixtures, each with its expected extraction) and shared/ beside the
/// clone (the founding article, the devset and the scorer: present in CI and
/// on the team's machines, not in a user's fresh clone).
public enum Fixtures {
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let directory: URL = repository.appendingPathComponent("Tests/Fixtures")

    public static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    public static func path(_ name: String) -> String { directory.appendingPathComponent("\(name).txt").path }

    public static func article(_ name: String) throws -> Article {
        let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent("\(name).txt")))
        return try TestCore.parser.parse(bytes: bytes, source: "\(name).txt")
    }

    public static func gold(_ name: String) throws -> Gold {
        try Gold.load(directory.appendingPathComponent("\(name).expected.json"))
    }

    public static let shared: URL = repository.deletingLastPathComponent().appendingPathComponent("shared")
    public static let seedPath = shared.appendingPathComponent("seed/mali-russia-cooperation.txt").path

    public static var hasShared: Bool { FileManager.default.fileExists(atPath: seedPath) }
}

/// The gazetteer and the parser every test uses: the ones the binary loads.
public enum TestCore {
    public static let gazetteer: Gazetteer = {
        do { return try Gazetteer.bundled() } catch { fatalError("tests need the bundled gazetteer: \(error)") }
    }()

    public static let parser = ArticleParser(gazetteer: gazetteer)

    /// One article file read by the real loader; stops the test run when it cannot be read.
    public static func parse(_ path: String) -> Article {
        let corpus = ArticleLoader.load(paths: [path], parser: parser)
        precondition(corpus.failures.isEmpty && corpus.articles.count == 1, "cannot read \(path): \(corpus.failures)")
        return corpus.articles[0]
    }

    public static var samples: [Article] { ArticleLoader.samples(parser: parser).articles }
}
