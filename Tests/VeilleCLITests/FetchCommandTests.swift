import Foundation
import Testing
import TestSupport

/// `veille fetch` and `veille URL` against a server of the test's own on loopback.
@Suite struct FetchCommandTests {
    static let fixtures = Fixtures.directory.appendingPathComponent("fetch")
    let server: LoopbackServer
    let scratch: ScratchFolder

    init() throws {
        func fixture(_ name: String, _ type: String) throws -> LoopbackServer.Response {
            try .file(Self.fixtures.appendingPathComponent(name), type: type)
        }
        var slow = try fixture("en-wire-atom.xml", "application/atom+xml")
        slow.delay = 3
        server = try LoopbackServer(routes: [
            "/courrier.xml": try fixture("fr-morning-feed.xml", "application/rss+xml"),
            "/articles/chef-etat-major.html": try fixture("fr-page-chef-etat-major.html", "text/html; charset=utf-8"),
            "/wire.atom": try fixture("en-wire-atom.xml", "application/atom+xml"),
            "/slow.atom": slow,
            "/moved.xml": .redirect(to: "/courrier.xml", status: 301),
            "/not-a-feed": .text("<html><body><p>Bonjour</p></body></html>"),
        ])
        scratch = try ScratchFolder("veille-fetch")
    }

    private func feedList(_ paths: [String]) throws -> String {
        let text = "# the analyst's feeds\n\n" + paths.map { server.base + $0 }.joined(separator: "\n") + "\n"
        try scratch.write("feeds.txt", Array(text.utf8))
        return scratch.path("feeds.txt")
    }

    private func exported(_ json: String) throws -> [[String: Any]] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(root["articles"] as? [[String: Any]])
    }

    private func saved() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.path("corpus")).sorted()
    }

    @Test func newItemsAreSavedByDateAndOutletAndNeverFetchedTwice() throws {
        let feeds = try feedList(["/courrier.xml", "/missing.xml", "/wire.atom"])
        let first = try BinaryRunner.run(["fetch", "--feeds", feeds, "--into", scratch.path("corpus")])
        // One line for the feed that failed, one for the page that did not come; the other feeds went on.
        let errors = first.stderr.split(separator: "\n")
        #expect(errors.count == 2, "\(first.stderr)")
        #expect(errors.contains { $0.hasSuffix("/missing.xml: HTTP 404 not found") })
        #expect(errors.contains { $0.contains("/articles/page-disparue.html: HTTP 404") && $0.contains("kept the feed's summary") })
        #expect(first.status == 1)
        #expect(try saved() == [
            ".veille-fetched",
            "2025-04-12-le-courrier-du-sahel-une-delegation-nigerienne-attendue-a-bamako.xml",
            "2025-04-13-le-courrier-du-sahel-le-chef-d-etat-major-burkinabe-en-visite.html",
            "2025-04-14-le-courrier-du-sahel-tillaberi-le-couvre-feu-prolonge.xml",
            "2025-04-15-sahel-wire-senegalese-delegation-in-nouakchott.xml",
        ])
        #expect(first.stdout.contains("added 2025-04-15-sahel-wire-senegalese-delegation-in-nouakchott.xml  Senegalese delegation in Nouakchott"))
        #expect(first.stdout.hasSuffix("4 new articles in \(scratch.path("corpus")) (0 already there) from 3 feeds, 1 failed\n"))

        let again = try BinaryRunner.run(["fetch", "--feeds", feeds, "--into", scratch.path("corpus")])
        #expect(again.stdout.contains("0 new articles"))
        #expect(again.stdout.contains("(4 already there)"))
        #expect(server.requests.filter { $0.hasPrefix("/articles/") }.count == 2, "each teaser's page once, in the first run only")
        #expect(try saved().count == 5)
    }

    @Test func savedItemsReadBackWithTheirDateOutletAndDelegation() throws {
        let feeds = try feedList(["/moved.xml", "/wire.atom"])
        let fetch = try BinaryRunner.run(["fetch", "--feeds", feeds, "--into", scratch.path("corpus")])
        #expect(fetch.stdout.contains("4 new articles"), "\(fetch.stdout)")
        let export = try BinaryRunner.run(["export", "--format", "json", scratch.path("corpus")])
        let articles = try exported(export.stdout)
        #expect(articles.count == 4)
        let page = try #require(articles.first { ($0["source"] as? String)?.hasSuffix(".html") == true })
        // The page's own dateline and site name; its aside's delegation is not the article's.
        #expect(page["outlet"] as? String == "Le Courrier du Sahel")
        #expect((page["published"] as? String)?.hasPrefix("2025-04-13") == true)
        let delegations = try #require(page["delegations"] as? [[String: Any]])
        #expect(delegations.count == 1)
        let wire = try #require(articles.first { ($0["title"] as? String) == "Senegalese delegation in Nouakchott" })
        #expect(wire["published"] as? String == "2025-04-15T08:15:00Z")
        #expect(wire["date_source"] as? String == "feed")
        #expect(wire["outlet"] as? String == "Sahel Wire")
        #expect((wire["url"] as? String)?.hasSuffix("/wire/881") == true)
        #expect(!((wire["source"] as? String) ?? "#").contains("#"), "a saved item is one article, not a part of a feed")
    }

    @Test func aSlowFeedTimesOutAndTheOthersGoOn() throws {
        let feeds = try feedList(["/slow.atom", "/not-a-feed", "/wire.atom"])
        let run = try BinaryRunner.run(["fetch", "--feeds", feeds, "--into", scratch.path("corpus"), "--timeout", "1"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/slow.atom: no answer within 1 s"))
        #expect(run.stderr.contains("/not-a-feed: not a feed (RSS or Atom)"))
        #expect(run.stdout.contains("1 new article in"))
    }

    @Test func theFeedListAndCorpusFolderFollowXDG() throws {
        let config = scratch.url.appendingPathComponent("config/veille")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let list = "\(server.base)/wire.atom # the wire\nnot an address\n"
        try Data(list.utf8).write(to: config.appendingPathComponent("feeds.txt"))
        let run = try BinaryRunner.run(["fetch"], environment: ["XDG_CONFIG_HOME": scratch.path("config"), "XDG_DATA_HOME": scratch.path("data")])
        #expect(run.stderr.hasSuffix("feeds.txt:2: not a feed address: not an address\n"), "\(run.stderr)")
        #expect(run.status == 1)
        let corpus = scratch.url.appendingPathComponent("data/veille/articles")
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.path).contains("2025-04-15-sahel-wire-senegalese-delegation-in-nouakchott.xml"))
    }

    @Test func aMissingFeedListIsOneLine() throws {
        let run = try BinaryRunner.run(["fetch", "--feeds", scratch.path("nowhere.txt")])
        #expect(run.status == 1)
        #expect(run.stderr == "veille: \(scratch.path("nowhere.txt")): no feed list here (one feed address a line; --feeds FILE names another)\n")
    }

    @Test func anAddressOpensLikeAFile() throws {
        let page = server.base + "/articles/chef-etat-major.html"
        let run = try BinaryRunner.run(["export", "--format", "json", page, server.base + "/gone.html", scratch.path("good.txt")])
        #expect(run.status == 1)
        #expect(run.stderr == "veille: \(server.base)/gone.html: HTTP 404 not found\n")
        let articles = try exported(run.stdout)
        #expect(articles.map { $0["source"] as? String } == [page, scratch.path("good.txt")])
        #expect(articles[0]["url"] as? String == page)
        #expect(articles[0]["outlet"] as? String == "Le Courrier du Sahel")
        #expect(articles[0]["date_source"] as? String == "dateline")
    }
}
