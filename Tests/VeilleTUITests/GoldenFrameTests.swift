import Testing
import TestSupport
import VeilleCore
@testable import VeilleTUI
#if canImport(Glibc)
import Glibc
#endif

/// Whole frames compared with files in Golden/. Set VEILLE_UPDATE_GOLDEN=1 to rewrite
/// them after an intended change, then review the diff in git.
@Suite struct GoldenFrameTests {
    /// The founding article as the real parser reads it. Its frames quote the
    /// article, whose text stays in shared/: only a digest of each frame is
    /// kept here, and a mismatch leaves the actual frame in /tmp to look at.
    @Test(.enabled(if: RealArticles.seedExists, "needs ../shared/seed"), arguments: [
        ("seed-120x40", Size(width: 120, height: 40), [Action]()),
        ("seed-80x24", Size(width: 80, height: 24), []),
        ("seed-60x20-tabs", Size(width: 60, height: 20), [.nextPane]),
        ("seed-120x40-gao", Size(width: 120, height: 40), [.applyFilter(query: "Gao")]),
        ("seed-100x30-help", Size(width: 100, height: 30), [.toggleHelp]),
    ])
    func seedFrame(_ name: String, _ size: Size, _ actions: [Action]) throws {
        try check(name, [RealArticles.seed], size, actions, digestOnly: true)
    }

    /// A fixture article of the repository (Gao, Ansongo, Ménaka): always there.
    @Test(arguments: [
        ("gao-120x40", Size(width: 120, height: 40), [Action]()),
        ("gao-80x24", Size(width: 80, height: 24), [.nextPane, .nextPane, .move(1)]),
        ("gao-100x30-menaka", Size(width: 100, height: 30), [.applyFilter(query: "Ménaka")]),
    ])
    func fixtureFrame(_ name: String, _ size: Size, _ actions: [Action]) throws {
        try check(name, [RealArticles.gao], size, actions)
    }

    /// The six built-in samples, as `veille` with no argument opens them.
    @Test(arguments: [
        ("samples-120x40", Size(width: 120, height: 40), [Action.move(1)]),
        ("samples-80x24", Size(width: 80, height: 24), []),
    ])
    func samplesFrame(_ name: String, _ size: Size, _ actions: [Action]) throws {
        try check(name, RealArticles.samples, size, actions)
    }

    private func check(_ name: String, _ articles: [Article], _ size: Size, _ actions: [Action], digestOnly: Bool = false) throws {
        var state = Fixtures.state(articles, width: size.width, height: size.height)
        for action in actions { state = Reducer.reduce(state, action) }
        let frame = Fixtures.frame(state).text + "\n"
        let actual = digestOnly ? GoldenFile.digest(frame) + "\n" : frame
        let path = Self.directory + "/\(name)" + (digestOnly ? ".digest" : ".txt")
        if GoldenFile.updateRequested {
            // A run that records frames checks none: it fails, so that the variable left set never passes silently.
            let changed = GoldenFile.read(path) != actual
            try GoldenFile.write(actual, to: path)
            Issue.record("VEILLE_UPDATE_GOLDEN=1: recorded \(path)\(changed ? " (changed)" : " (unchanged)"); run again without it to check")
            return
        }
        let expected = try #require(GoldenFile.read(path), "missing \(path): run with VEILLE_UPDATE_GOLDEN=1")
        if digestOnly, actual != expected {
            let dump = "/tmp/veille-golden-\(name).txt"
            try GoldenFile.write(frame, to: dump)
            Issue.record("frame \(name) differs from its recorded digest; the actual frame is in \(dump)")
            return
        }
        #expect(actual == expected, Comment(rawValue: GoldenFile.diff(expected: expected, actual: actual)))
    }

    static var directory: String {
        String(#filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")) + "/Golden"
    }
}
