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

    /// The day the tests date files as: a checkout's modification times are the clone's, not the articles',
    /// and a frame must not change with them.
    public static let fileDate = Date(timeIntervalSince1970: 1_767_139_200)  // 2025-12-31

    /// One article file as the loader reads it, dated as of `fileDate`; stops the test run when it cannot be read.
    public static func parse(_ path: String) -> Article {
        let bytes: [UInt8]
        do { bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) } catch { preconditionFailure("cannot read \(path): \(error)") }
        do {
            let articles = try parser.articles(bytes: bytes, source: path, fileDate: fileDate)
            precondition(articles.count == 1, "\(path) holds \(articles.count) articles")
            return articles[0]
        } catch {
            preconditionFailure("cannot parse \(path): \(error)")
        }
    }

    /// The built-in samples (they date themselves in their datelines).
    public static var samples: [Article] { ArticleLoader.samples(parser: parser).articles }
}
