import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// Each bad input gives one line naming the file and the problem; the other
/// inputs are still read; the exit status says something failed.
@Suite("Bad input")
struct BadInputTests {
    private let scratch: ScratchFolder

    init() throws {
        scratch = try ScratchFolder("veille-bad")
    }

    private var dir: URL { scratch.url }
    private func path(_ name: String) -> String { scratch.path(name) }
    private func write(_ name: String, _ bytes: [UInt8]) throws { try scratch.write(name, bytes) }

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
        #expect(failure(for: empty.path)?.problem == InputProblem.noArticlesInDirectory.description)
    }

    @Test func fiftyMegabyteOneLineFile() throws {
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1_048_576)
        try write("huge.txt", line)
        let f = try #require(failure(for: path("huge.txt")))
        #expect(f.problem == "50.0 MB is too large for one article (the limit is 8.0 MB; --max-file-size MB raises it)")
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

/// Folders as analysts keep them: nested, with hidden entries, links and
/// places they cannot read.
@Suite("Nested folders")
struct NestedFolderTests {
    private let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("veille-tree-\(UUID().uuidString)")
        let fm = FileManager.default
        for dir in ["2025/mars", "2025/avril/pages", ".cache", "empty"] {
            try fm.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        let article = "Titre\nLe ministre malien de la Défense est arrivé lundi à Niamey.\n"
        for file in ["2025/mars/b.txt", "2025/mars/a.md", "2025/avril/c.txt", ".cache/hidden.txt", "2025/avril/.draft.txt"] {
            try Data(article.utf8).write(to: root.appendingPathComponent(file))
        }
        try Data("<html><body><article><p>Le ministre nigérien est arrivé à Bamako.</p></article></body></html>".utf8)
            .write(to: root.appendingPathComponent("2025/avril/pages/d.html"))
        try Data("not an article".utf8).write(to: root.appendingPathComponent("2025/notes.pdf"))
        // A loop back to the top, a second way into one folder, and a link to nothing.
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("2025/mars/loop").path, withDestinationPath: root.path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("alias").path, withDestinationPath: root.appendingPathComponent("2025/mars").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("2025/gone").path, withDestinationPath: root.appendingPathComponent("nowhere").path)
    }

    private func relative(_ path: String) -> String { String(path.dropFirst(root.path.count + 1)) }

    @Test func everyArticleOnceAtEveryDepthInNameOrder() {
        let inputs = ArticleLoader.expand(root.path)
        let files = inputs.compactMap { if case .success(let p) = $0 { relative(p) } else { nil } }
        #expect(files == ["2025/avril/c.txt", "2025/avril/pages/d.html", "2025/mars/a.md", "2025/mars/b.txt"])
        let failures = inputs.compactMap { if case .failure(let f) = $0 { relative(f.path) } else { nil } }
        #expect(failures == ["2025/gone"])
        let corpus = ArticleLoader.load(paths: [root.path], parser: TestCore.parser, workers: 2)
        #expect(corpus.articles.count == 4)
        #expect(corpus.failures.map(\.problem) == [InputProblem.missing.description])
    }

    @Test(.enabled(if: getuid() != 0, "root reads every folder")) func anUnreadableFolderIsReportedAndSkipped() throws {
        let locked = root.appendingPathComponent("2025/locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o755) }
        let inputs = ArticleLoader.expand(root.path)
        #expect(inputs.contains { if case .failure(let f) = $0 { f.path == locked.path } else { false } })
        #expect(inputs.filter { if case .success = $0 { true } else { false } }.count == 4)
    }
}
