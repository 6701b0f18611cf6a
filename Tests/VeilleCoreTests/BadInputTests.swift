import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// Each bad input gives one line naming the file and the problem; the other
/// inputs are still read; the exit status says something failed.
@Suite("Bad input")
struct BadInputTests {
    private let dir: URL

    init() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("veille-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("Titre\nUne délégation russe est arrivée à Bamako. Elle était conduite par le ministre Ivan Petrov.\n".utf8)
            .write(to: dir.appendingPathComponent("good.txt"))
    }

    private func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    private func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: dir.appendingPathComponent(name))
    }

    private func failure(for input: String) -> InputFailure? {
        ArticleLoader.load(paths: [input, path("good.txt")], parser: TestCore.parser).failures.first
    }

    @Test func missingFile() {
        let corpus = ArticleLoader.load(paths: [path("nope.txt"), path("good.txt")], parser: TestCore.parser)
        #expect(corpus.failures == [InputFailure(path: path("nope.txt"), problem: "no such file or directory")])
        #expect(corpus.articles.count == 1)
    }

    @Test func emptyFile() throws {
        try write("empty.txt", [])
        #expect(failure(for: path("empty.txt"))?.problem == "empty file, no article text")
    }

    @Test func binaryFile() throws {
        try write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        #expect(failure(for: path("image.txt"))?.problem == "binary data, not an article text")
    }

    @Test func directoryWithoutArticles() throws {
        let empty = dir.appendingPathComponent("empty-dir")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: empty.appendingPathComponent("notes.pdf"))
        #expect(failure(for: empty.path)?.problem == "directory holds no .txt or .md article")
    }

    @Test func fiftyMegabyteOneLineFile() throws {
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1_048_576)
        try write("huge.txt", line)
        let f = try #require(failure(for: path("huge.txt")))
        #expect(f.problem == "50.0 MB is too large for one article (limit 8.0 MB)")
    }

    /// Root reads any file whatever its mode, so an unreadable input is one
    /// whose read fails: /proc/self/mem cannot be read from offset 0.
    @Test func unreadableFile() {
        let f = failure(for: "/proc/self/mem")
        #expect(f?.problem.hasPrefix("cannot be read") == true)
    }

    @Test(.enabled(if: getuid() != 0)) func fileWithoutPermission() throws {
        try write("secret.txt", Array("Titre\nTexte.\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path("secret.txt"))
        #expect(failure(for: path("secret.txt"))?.problem == "cannot be read (permission denied)")
    }

    @Test func fileNamesWithControlCharactersAreEscapedInMessages() {
        let f = InputFailure(path: "evil\u{1B}[2J.txt", problem: "no such file or directory")
        #expect(f.message == "evil\\u{1b}[2J.txt: no such file or directory")
    }

}
