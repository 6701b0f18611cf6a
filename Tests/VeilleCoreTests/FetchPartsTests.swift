import Foundation
import Testing
@testable import VeilleCore

/// The pieces of `veille fetch` that need no server: the feed list, file names, folders, the ledger.
@Suite struct FetchPartsTests {
    @Test func theFeedListKeepsAddressesAndReportsTheRest() {
        let text = """
        # morning feeds
        https://presse.example/rss.xml
          http://agence.example/feed   # the wire

        https://presse.example/rss.xml
        https://blog.example/page#section
        www.example.org/no-scheme
        ftp://old.example/feed
        """
        let list = FeedList(text: text, name: "feeds.txt")
        #expect(list.addresses == ["https://presse.example/rss.xml", "http://agence.example/feed", "https://blog.example/page#section"])
        #expect(list.problems == ["feeds.txt:7: not a feed address: www.example.org/no-scheme",
                                  "feeds.txt:8: not a feed address: ftp://old.example/feed"])
    }

    @Test func aFeedListLineWithEscapesIsReportedSafely() {
        let list = FeedList(text: "bad\u{1B}]52;c;AAAA\u{07}line\n", name: "f")
        #expect(list.problems.count == 1)
        #expect(!list.problems[0].unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func itemFilesAreNamedByDayOutletAndTitleInASCII() {
        #expect(ItemFile.name(day: "2025-04-13T09:00:00Z", outlet: "Le Courrier du Sahel", title: "Le chef d'état-major burkinabè en visite à Niamey",
                              extension: "html") == "2025-04-13-le-courrier-du-sahel-le-chef-d-etat-major-burkinabe-en-visite.html")
        #expect(ItemFile.name(day: nil, outlet: nil, title: "Ça commence : «Tillabéri»", extension: "xml") == "undated-ca-commence-tillaberi.xml")
        #expect(ItemFile.name(day: "2025-01-02", outlet: "Агентство", title: "", extension: "xml") == "2025-01-02.xml")
    }

    @Test func aTakenNameGetsANumber() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veille-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("a.xml"))
        try Data().write(to: folder.appendingPathComponent("a-2.xml"))
        #expect(ItemFile.unused("a.xml", in: folder).lastPathComponent == "a-3.xml")
        #expect(ItemFile.unused("b.xml", in: folder).lastPathComponent == "b.xml")
    }

    @Test func aSavedItemReadsBackAsItWasInItsFeed() throws {
        let item = FeedReader.Item(title: "Titre <avec> & « guillemets »", html: "<p>Le ministre est arrivé à Gao.]]></p>",
                                   provenance: Provenance(published: "2025-04-12T07:30:00Z", dateSource: .feed, outlet: "Sahel & Co",
                                                          url: "https://x.example/a?b=1&c=2"),
                                   key: "id-1\u{01}")
        let back = try #require(FeedReader.items(ItemFile.feed(outlet: "Sahel & Co", item: item))?.first)
        #expect(back.title == item.title)
        #expect(back.provenance == item.provenance)
        #expect(back.key == "id-1")
        #expect(back.html.contains("Le ministre est arrivé à Gao.]]>"))
    }

    @Test func foldersFollowXDGAndFallBackToTheHome() {
        let set = UserFolders(environment: ["XDG_CONFIG_HOME": "/c", "XDG_DATA_HOME": "/d", "XDG_CACHE_HOME": "/k", "HOME": "/h"])
        #expect(set.feedList.path == "/c/veille/feeds.txt")
        #expect(set.articles.path == "/d/veille/articles")
        #expect(set.cache.path == "/k/veille")
        // A relative value is ignored, as the specification says.
        let unset = UserFolders(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
        #expect(unset.articles.path == "/h/.local/share/veille/articles")
        #expect(unset.feedList.path == "/h/.config/veille/feeds.txt")
    }

    @Test func theLedgerRemembersAcrossRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veille-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var ledger = FetchLedger(folder: folder)
        try ledger.record("guid\t1", file: "a.xml")
        try ledger.record("https://x.example/2", file: "b.html")
        let reread = FetchLedger(folder: folder)
        #expect(reread.contains("guid\t1"))
        #expect(reread.contains("https://x.example/2"))
        #expect(!reread.contains("guid"))
    }
}
