import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// The loader parses files on several threads; what it returns must not show
/// it: the same articles and the same failures, in the order of the inputs.
@Suite("Concurrent loading")
final class ConcurrentLoadTests {
    private let dir: URL
    private let fixtures: [String]

    /// Each test gets its own copy of the fixtures; it goes when the test ends.
    deinit {
        try? FileManager.default.removeItem(at: dir)
    }

    /// The fixture articles copied beside two bad files, which sort among them.
    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("veille-concurrent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        fixtures = Fixtures.names.map { Fixtures.directory.appendingPathComponent("\($0).txt").path }
        for path in fixtures {
            try FileManager.default.copyItem(atPath: path, toPath: dir.appendingPathComponent((path as NSString).lastPathComponent).path)
        }
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: dir.appendingPathComponent("fr-image.txt"))
        try Data().write(to: dir.appendingPathComponent("en-empty.txt"))
    }

    /// The loader's loop before it had workers: each input expanded, then each file read and parsed in turn.
    private func sequential(_ paths: [String]) -> LoadedCorpus {
        var corpus = LoadedCorpus()
        let parser = TestCore.parser
        for input in paths.flatMap(ArticleLoader.expand) {
            switch input {
            case .failure(let failure): corpus.failures.append(failure)
            case .success(let path):
                do {
                    corpus.articles += try parser.articles(bytes: try ArticleLoader.readBytes(path), source: path,
                                                           fileDate: ArticleLoader.modificationDate(path))
                } catch {
                    corpus.failures.append(InputFailure(path: path, problem: error.description))
                }
            }
        }
        return corpus
    }

    private func expectSame(_ corpus: LoadedCorpus, _ expected: LoadedCorpus) {
        #expect(corpus.articles.map(\.source) == expected.articles.map(\.source))
        #expect(corpus.articles == expected.articles)
        #expect(corpus.failures == expected.failures)
    }

    @Test func thereAreEnoughFilesToShare() {
        #expect(fixtures.count >= 100)
    }

    /// More workers than this machine has cores too, so the threads interleave even on one core.
    @Test(arguments: [2, 3, 8, ArticleLoader.defaultWorkers])
    func aDirectoryGivesTheSequentialParseInOrder(workers: Int) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        let expected = sequential(names.map { dir.appendingPathComponent($0).path })
        #expect(expected.articles.count == fixtures.count)
        #expect(expected.failures.map(\.message) == [
            "\(dir.appendingPathComponent("en-empty.txt").path): empty file, no article text",
            "\(dir.appendingPathComponent("fr-image.txt").path): binary data, not an article text",
        ])
        expectSame(ArticleLoader.load(paths: [dir.path], parser: TestCore.parser, workers: workers), expected)
    }

    /// Failures of every kind among good files keep their places, and the good files around them are still parsed.
    @Test(arguments: [1, 2, 8])
    func badInputsAmongGoodOnesKeepTheirOrder(workers: Int) {
        let missing = dir.appendingPathComponent("nope.txt").path
        let paths = Array(fixtures[..<40]) + [missing, "/proc/self/mem"] + fixtures[40..<80] + [dir.appendingPathComponent("fr-image.txt").path]
        let corpus = ArticleLoader.load(paths: paths, parser: TestCore.parser, workers: workers)
        let expected = sequential(paths)
        expectSame(corpus, expected)
        #expect(corpus.articles.count == 80)
        #expect(corpus.failures.map(\.path) == [missing, "/proc/self/mem", dir.appendingPathComponent("fr-image.txt").path])
        #expect(corpus.failures.first?.problem == "no such file or directory")
        #expect(corpus.failures.dropFirst().first?.problem.hasPrefix("cannot be read") == true)
    }

    @Test func aDirectoryWithoutArticlesIsReportedWhereItStands() throws {
        let empty = dir.appendingPathComponent("empty-dir")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let corpus = ArticleLoader.load(paths: [fixtures[0], empty.path, "/proc/self/mem", fixtures[1]], parser: TestCore.parser, workers: 4)
        #expect(corpus.articles.map(\.source) == [fixtures[0], fixtures[1]])
        #expect(corpus.failures.map(\.path) == [empty.path, "/proc/self/mem"])
    }
}
