import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// Pages and feeds the team wrote (Tests/Fixtures/pages), read through
/// libxml2: only the article's own text reaches the parser.
@Suite("Web pages and feeds")
struct FormatTests {
    static let pages = Fixtures.directory.appendingPathComponent("pages")

    private func load(_ name: String) -> LoadedCorpus {
        ArticleLoader.load(paths: [Self.pages.appendingPathComponent(name).path], parser: TestCore.parser, workers: 1)
    }

    private func only(_ name: String) throws -> Article {
        let corpus = load(name)
        #expect(corpus.failures.isEmpty, "\(corpus.failures)")
        return try #require(corpus.articles.first)
    }

    @Test func aPageGivesOnlyItsArticlesDelegation() throws {
        let a = try only("fr-page-with-menus-teasers-and-comments.html")
        #expect(a.title == "Une délégation tchadienne à Niamey pour préparer des patrouilles mixtes")
        #expect(a.delegations.count == 1)
        #expect(a.delegations.first.map { "\($0.from ?? "?")>\($0.to ?? "?")" } == "TD>NE")
        #expect(a.delegations.first?.leaders.map(\.name) == ["Issakha Malloua Djamous"])
        // Menus, the script, the share bar, the related list and the comments hold delegations of their own.
        for name in ["Ivan Petrov", "Oumar Diarra", "Kassoum Coulibaly", "Yaşar Güler", "Lassina Doumbia", "Accueil", "var teaser"] {
            #expect(!a.text.contains(name), "\(name) reached the article")
        }
        // The list items stay list items, so the introduced list of measures still reads.
        #expect(a.measures.map(\.text) == ["l’organisation de patrouilles mixtes dans la région de Diffa",
                                           "la création d'un centre de coordination à Nguigmi"])
    }

    @Test func aWindows1252PageDeclaredInAMetaTagIsDecoded() throws {
        let a = try only("fr-page-windows-1252-declared-in-meta.html")
        #expect(a.text.contains("Le ministre sénégalais des Forces armées, le général Birame Diop"))
        #expect(a.text.contains("d’organiser"))
        #expect(a.delegations.first.map { "\($0.from ?? "?")>\($0.to ?? "?")" } == "SN>ML")
        #expect(a.title == "Le ministre sénégalais des Forces armées à Bamako")
    }

    /// Found by replaying the fuzzer's corpus: a byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
    /// 0x9D) stopped libxml2's converter, which printed to standard error and dropped the rest of the page.
    @Test(arguments: ["windows-1252-hole-declared.html", "windows-1252-hole-undeclared.html"])
    func anUndefinedWindows1252ByteLosesNothingAfterIt(_ name: String) throws {
        let url = Fixtures.directory.appendingPathComponent("fuzz/\(name)")
        let article = try TestCore.parser.parse(bytes: [UInt8](Data(contentsOf: url)), source: name)
        #expect(article.text.contains("Une délégation tchadienne est arrivée à Niamey"))
        #expect(article.regions.map(\.name) == ["Niamey"])
        #expect(!article.text.unicodeScalars.contains { $0.value >= 0x80 && $0.value < 0xA0 })
    }

    @Test func aTxtHoldingASavedPageIsReadAsAPage() throws {
        let a = try only("fr-saved-page-named-txt.txt")
        #expect(a.title == "Mauritanie : le chef d'état-major malien à Nouakchott")
        for name in ["document.write", "Hamidou Abarchi", "Kwame Boateng", "Abakar Daoud", "<p>", "<td>"] {
            #expect(!a.text.contains(name), "\(name) reached the article")
        }
        #expect(a.delegations.map { "\($0.from ?? "?")>\($0.to ?? "?")" } == ["ML>MR"])
        #expect(a.measures.map(\.text) == ["créer une cellule de renseignement commune à Néma"])
    }

    @Test func everyItemOfAnRSSFeedIsAnArticle() throws {
        let corpus = load("fr-rss2-feed-cdata-and-escaped-content.xml")
        #expect(corpus.failures.isEmpty)
        #expect(corpus.articles.map(\.title) == ["Le ministre togolais à Ouagadougou", "Niger : un couvre-feu à Tillabéri"])
        #expect(corpus.articles.map { ($0.source as NSString).lastPathComponent }
            == ["fr-rss2-feed-cdata-and-escaped-content.xml#1", "fr-rss2-feed-cdata-and-escaped-content.xml#2"])
        #expect(corpus.articles[0].delegations.first?.leaders.map(\.name) == ["Robert Dussey"])
        // Escaped markup in content:encoded is read as markup, not shown as tags.
        #expect(!corpus.articles[1].text.contains("<p>"))
        #expect(corpus.articles[1].text.contains("proroger de trois mois le couvre-feu"))
    }

    @Test func atomEntriesWithHtmlXhtmlOrNoContent() throws {
        let corpus = load("en-atom-feed-html-and-xhtml-content.xml")
        #expect(corpus.failures.isEmpty)
        #expect(corpus.articles.count == 3)
        #expect(corpus.articles[0].delegations.first.map { "\($0.from ?? "?")>\($0.to ?? "?")" } == "GH>BF")
        #expect(corpus.articles[0].measures.map(\.text) == ["set up joint border patrols"])
        #expect(corpus.articles[1].measures.map(\.text) == ["deploy 300 soldiers to the new base at Kandi"])
        #expect(corpus.articles[2].title == "An entry without any content")
        #expect(corpus.articles[2].delegations.isEmpty && corpus.articles[2].measures.isEmpty)
    }

    @Test func rss1ItemsBesideTheChannel() throws {
        let corpus = load("fr-rss1-rdf-feed.rdf.xml")
        #expect(corpus.articles.map(\.title) == ["Le ministre béninois à Niamey"])
        #expect(corpus.articles.first?.delegations.first?.hosts.map(\.name) == ["Salifou Mody"])
    }

    @Test func aTruncatedPageIsRecovered() throws {
        let a = try only("fr-truncated-page.html")
        #expect(a.title == "Coupure")
        #expect(a.delegations.first?.leaders.map(\.name) == ["Téné Birahima Ouattara"])
    }

    @Test func aBinaryFileNamedHtmlIsOneFailure() {
        let corpus = load("en-binary-named-html.html")
        #expect(corpus.articles.isEmpty)
        #expect(corpus.failures.map(\.problem) == [InputProblem.binary.description])
    }

    @Test func aDirectoryOfPagesAndFeedsIsRead() {
        let corpus = ArticleLoader.load(paths: [Self.pages.path], parser: TestCore.parser, workers: 2)
        // Ten files: one binary fails; the three feeds give six articles, the six pages one each.
        #expect(corpus.failures.count == 1)
        #expect(corpus.articles.count == 12)
    }

    @Test(arguments: [
        ("Titre\nUne délégation est arrivée.", InputFormat.text), ("# Titre\n\n- un point", .text), ("< 5 soldats blessés", .text),
        ("<<Le Sahel>> : un titre", .text), ("  <!DOCTYPE html><html>", .html), ("<p>Un paragraphe</p>", .html),
        ("<?xml version=\"1.0\"?><rss version=\"2.0\">", .feed), ("<feed xmlns=\"http://www.w3.org/2005/Atom\">", .feed),
        ("\u{FEFF}<HTML><BODY>", .html),
    ])
    func theFormatIsSniffedFromTheContent(_ text: String, _ format: InputFormat) {
        #expect(InputFormat.sniff(Array(text.utf8)) == format)
    }

    @Test func deeplyNestedMarkupIsBoundedNotACrash() throws {
        func page(_ depth: Int) -> [UInt8] {
            Array(("<html><body>" + String(repeating: "<div>", count: depth) + "<p>Le ministre malien est arrivé à Niamey.</p></body></html>").utf8)
        }
        // Nesting a real page has: read whole.
        let nested = try TestCore.parser.articles(bytes: page(200), source: "nested.html")
        #expect(nested.first?.text.contains("Le ministre malien est arrivé à Niamey.") == true)
        // Hostile nesting: libxml2 stops at its depth limit; the page is an article or one failure, never a crash.
        do {
            _ = try TestCore.parser.articles(bytes: page(20_000), source: "deep.html")
        } catch {
            #expect(error == .isEmpty)
        }
    }
}
