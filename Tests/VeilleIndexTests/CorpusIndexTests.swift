import Foundation
import Testing
import TestSupport
import VeilleCore
@testable import VeilleIndex

/// The index against the team's fixtures: what is read back is what was parsed, and it follows the files.
@Suite struct CorpusIndexTests {
    let scratch: ScratchFolder
    let indexURL: URL

    init() throws {
        scratch = try ScratchFolder("veille-index")
        indexURL = scratch.url.appendingPathComponent("cache/index.sqlite")
    }

    /// A folder of some fixtures, copied so the test may change them.
    private func corpus(_ names: [String]) throws -> String {
        let folder = scratch.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(atPath: Fixtures.path(name), toPath: folder.appendingPathComponent("\(name).txt").path)
        }
        return folder.path
    }

    private func read(_ index: CorpusIndex, _ paths: [String]) throws -> (IndexUpdate, [Article]) {
        let update = try index.update(paths: paths, parser: TestCore.parser, workers: 2)
        return (update, try index.articles(of: update).map(\.article))
    }

    @Test func whatIsReadBackIsWhatWasParsed() throws {
        let index = try CorpusIndex(at: indexURL)
        let paths = [Fixtures.directory.path]
        let direct = ArticleLoader.load(paths: paths, parser: TestCore.parser)
        let (update, stored) = try read(index, paths)
        let files = update.inputs.filter { if case .document = $0.outcome { true } else { false } }.count
        #expect(update.parsed + update.kept == files)
        #expect(update.parsed > 300)
        #expect(stored == direct.articles)
        #expect(update.failures == direct.failures)
        // Warm: nothing parsed, the same articles.
        let (again, reread) = try read(index, paths)
        #expect(again.parsed == 0)
        #expect(again.kept == update.parsed)
        #expect(reread == direct.articles)
    }

    /// The directory of people read from the index's table of people is the one built from the articles,
    /// and a file taken off takes its people with it.
    @Test func thePeopleOfTheIndexAreThoseOfTheArticles() throws {
        let index = try CorpusIndex(at: indexURL)
        let folder = scratch.url.appendingPathComponent("people").path
        try FileManager.default.copyItem(atPath: Fixtures.directory.appendingPathComponent("people").path, toPath: folder)
        let (update, stored) = try read(index, [folder])
        #expect(update.parsed == 5)
        let ids = try index.articles(of: update).map { $0.id ?? -1 }
        let fromArticles = PersonDirectory.build(zip(ids, stored).flatMap { PersonMention.all(in: $1, id: $0) })
        let store = try IndexArticleStore(index: index, gazetteer: TestCore.gazetteer)
        #expect(store.people == fromArticles)
        #expect(store.people.contains { $0.name == "Guennadi Ostrovski" && $0.articles.count == 2 })
        try FileManager.default.removeItem(atPath: "\(folder)/en-2026-07-ostrovsky-in-niamey.txt")
        _ = try read(index, [folder])
        let after = try IndexArticleStore(index: index, gazetteer: TestCore.gazetteer).people
        #expect(after.first { $0.name == "Guennadi Ostrovski" }?.spellings == ["Guennadi Ostrovski"])
        #expect(!after.contains { $0.name == "Salifou Mody" })
    }

    @Test func aChangedFileIsParsedAgainAndADeletedOneTakenOff() throws {
        let folder = try corpus(["fr-enumeration-gao-vice-ministre", "en-agreement-covers"])
        let index = try CorpusIndex(at: indexURL)
        _ = try read(index, [folder])
        let changed = "\(folder)/en-agreement-covers.txt"
        try Data("Talks in Gao\nA Chadian delegation arrived in Gao on Monday.\n".utf8).write(to: URL(fileURLWithPath: changed))
        let (update, articles) = try read(index, [folder])
        #expect(update.parsed == 1)
        #expect(update.kept == 1)
        #expect(articles.map(\.title).contains("Talks in Gao"))
        try FileManager.default.removeItem(atPath: changed)
        let (after, remaining) = try read(index, [folder])
        #expect(after.removed == 1)
        #expect(remaining.count == 1)
        let stats = try index.statistics()
        #expect(stats.files == 1)
        #expect(stats.articles == 1, "the deleted file's document and articles are gone too")
    }

    /// A file read while its writer was between two writes, its time already final: the index must not keep
    /// that half for good. Two files of the same size and time whose last bytes differ stand for the two moments.
    @Test func aFileCaughtMidWriteIsReadAgainAtTheNextUpdate() throws {
        let folder = scratch.url.appendingPathComponent("writing")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("dispatch.txt").path
        let whole = "Talks in Gao\nA Chadian delegation arrived in Gao on Monday.\n"
        let half = String(whole.prefix(14)) + String(repeating: " ", count: whole.utf8.count - 14)
        try Data(half.utf8).write(to: URL(fileURLWithPath: path))
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let times = [now, now]
        utimensat(AT_FDCWD, path, times, 0)
        let index = try CorpusIndex(at: indexURL)
        let (_, first) = try read(index, [folder.path])
        #expect(first.first?.text.contains("Chadian") == false)
        // The rest of the text lands; size and time are those the first read saw.
        try Data(whole.utf8).write(to: URL(fileURLWithPath: path))
        utimensat(AT_FDCWD, path, times, 0)
        let (update, second) = try read(index, [folder.path])
        #expect(update.parsed == 1, "a time this recent is not trusted")
        #expect(second.first?.text.contains("A Chadian delegation arrived in Gao") == true)
        // Two seconds old, a time is trusted again, so a settled corpus is never read twice.
        #expect(CorpusIndex.trustedTime(100, now: 102) == 100)
        #expect(CorpusIndex.trustedTime(100, now: 101) == -1)
    }

    @Test func anotherParserVersionParsesEverythingAgain() throws {
        let folder = try corpus(["fr-enumeration-gao-vice-ministre", "en-agreement-covers"])
        _ = try read(try CorpusIndex(at: indexURL), [folder])
        let next = try CorpusIndex(at: indexURL, parserVersion: ArticleParser.version + 1)
        let (update, _) = try read(next, [folder])
        #expect(update.parsed == 2)
        #expect(try next.statistics().articles == 2, "the older version's documents are dropped with their files")
    }

    @Test func aDamagedIndexIsSetAsideAndRebuilt() throws {
        try FileManager.default.createDirectory(at: indexURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data([UInt8](repeating: 0x5A, count: 8192)).write(to: indexURL)
        let index = try CorpusIndex(at: indexURL)
        let notice = try #require(index.notice)
        #expect(notice.contains("was damaged"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: indexURL.deletingLastPathComponent().path)
        #expect(aside.contains { $0.hasPrefix("index.sqlite.damaged-") })
        let (_, articles) = try read(index, [try corpus(["en-agreement-covers"])])
        #expect(articles.count == 1)
    }

    @Test func searchIgnoresAccentsAndCaseAndReadsNoSyntax() throws {
        let index = try CorpusIndex(at: indexURL)
        let update = try index.update(paths: [Fixtures.directory.path], parser: TestCore.parser, workers: 2)
        let stored = try index.articles(of: update)
        func expected(_ words: [String]) -> Set<Int64> {
            Set(stored.filter { TextSearch(words.joined(separator: " "))!.matches($0.article) }.compactMap(\.id))
        }
        let plain = try #require(try index.search("tillaberi"))
        #expect(!plain.isEmpty)
        #expect(plain == expected(["tillaberi"]))
        #expect(try index.search("TILLABÉRI") == plain)
        #expect(try index.search("Tillabéri couvre-feu") == expected(["tillaberi", "couvre", "feu"]))
        #expect(try index.search("zzzqx")?.isEmpty == true)
        #expect(try index.search("\"unbalanced OR NEAR( *") != nil)
        #expect(try index.search("   ") == nil)
        #expect(try #require(try index.search("tillab", prefix: true)).isSuperset(of: plain))
    }

    @Test func aRegionHoldsTheArticlesOfEveryPlaceInsideIt() throws {
        let index = try CorpusIndex(at: indexURL)
        let update = try index.update(paths: [Fixtures.directory.path], parser: TestCore.parser, workers: 2)
        let stored = try index.articles(of: update)
        for query in ["nord malien", "Gao", "Ménaka", "Sahel", "Tillabéri", "Liptako-Gourma"] {
            let filter = try #require(RegionFilter(query: query, gazetteer: TestCore.gazetteer))
            let expected = Set(stored.filter { !filter.apply(to: $0.article).regions.isEmpty }.compactMap(\.id))
            #expect(!expected.isEmpty, "\(query)")
            #expect(try index.articles(inRegion: filter.place.id) == expected, "\(query)")
        }
    }
}
