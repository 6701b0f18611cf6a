import Foundation
import Testing
import TestSupport
@testable import VeilleCore

@Suite("Exports, samples and the command line")
struct ExportTests {
    private var article: Article {
        TestCore.parser.parse(text: """
        Titre de test
        Une délégation turque conduite par le ministre de la Défense, Ahmet Yilmaz, est arrivée à Gao.
        Les deux parties ont retenu :
        - le déploiement d’une unité à Gao ;
        - la formation de soldats.
        """, source: "test.txt")
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let json = ExportFormat.json.render([article], gazetteer: TestCore.gazetteer)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let articles = try #require(object["articles"] as? [[String: Any]])
        let a = try #require(articles.first)
        for key in ["source", "language", "title", "delegations", "regions", "measures", "text", "sentences"] {
            #expect(a[key] != nil, "missing \(key)")
        }
        let region = try #require((a["regions"] as? [[String: Any]])?.first)
        #expect(region["iso3166_2"] as? String == "ML-7")
        #expect(region["kind"] as? String == "admin_region")
        let delegation = try #require((a["delegations"] as? [[String: Any]])?.first)
        #expect(delegation["from"] as? String == "TR")
        #expect(delegation["to"] as? String == "ML")
        let leader = try #require((delegation["leaders"] as? [[String: Any]])?.first)
        #expect(leader["name"] as? String == "Ahmet Yilmaz")
    }

    @Test func jsonNamesARegionAsTheArticleWritesIt() throws {
        let zone = TestCore.parser.parse(text: """
        Renforts
        Des renforts ont été envoyés dans le nord du Mali et à Menaka.
        """, source: "zone.txt")
        let json = ExportFormat.json.render([zone], gazetteer: TestCore.gazetteer)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let regions = try #require(((object["articles"] as? [[String: Any]])?.first)?["regions"] as? [[String: Any]])
        let names = regions.map { ($0["name"] as? String ?? "", $0["canonical"] as? String ?? "") }
        #expect(names.contains { $0 == ("nord du Mali", "nord malien") })
        #expect(names.contains { $0 == ("Menaka", "Ménaka") })
    }

    @Test func textAndMarkdownSayTheSameThings() {
        let text = ExportFormat.text.render([article], gazetteer: TestCore.gazetteer)
        let markdown = ExportFormat.markdown.render([article], gazetteer: TestCore.gazetteer)
        for needle in ["Ahmet Yilmaz", "TR -> ML", "Gao", "le déploiement d’une unité à Gao"] {
            #expect(text.contains(needle))
            #expect(markdown.contains(needle))
        }
        #expect(markdown.contains("### Planned measures"))
    }

    @Test func plainExportsEscapeControlCharacters() {
        let hostile = Article(source: "x\u{1B}]0;pwned\u{7}.txt", language: .fr, title: "T\u{1B}[2J", lead: nil, headings: [],
                              text: "", blocks: [], sentences: [])
        for format in [ExportFormat.text, .markdown] {
            #expect(!format.render([hostile], gazetteer: TestCore.gazetteer).unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        }
    }

    @Test func builtInSamplesShowEveryPane() {
        let corpus = ArticleLoader.samples(parser: TestCore.parser)
        #expect(corpus.failures.isEmpty)
        #expect(corpus.articles.count >= 5)
        #expect(Set(corpus.articles.map(\.language)) == [.fr, .en])
        for a in corpus.articles {
            #expect(!a.delegations.isEmpty, "\(a.source) has no delegation")
            #expect(!a.regions.isEmpty, "\(a.source) has no region")
            #expect(!a.measures.isEmpty, "\(a.source) has no measure")
        }
    }


    @Test(arguments: [("plain", "plain"), ("a, b", "\"a, b\""), ("il a dit \"oui\"", "\"il a dit \"\"oui\"\"\""),
                      ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), ("@cmd", "'@cmd"), ("ligne\nsuivante", "ligne\\u{a}suivante")])
    func csvFieldsAreQuotedAndDefused(_ raw: String, _ field: String) {
        #expect(CSVExport.field(raw) == field)
    }
}
