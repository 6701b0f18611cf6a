import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// Every date form the press uses, read into ISO 8601, and where each came from.
@Suite("Publication dates and outlets")
struct PublicationDateTests {
    @Test(arguments: [
        ("BAMAKO, 12 mars 2025 (AMAP) - Le ministre est arrivé.", "2025-03-12", "AMAP"),
        ("Ouagadougou, le 3 juin 2025 – Le ministre est arrivé.", "2025-06-03", nil),
        ("NIAMEY, March 12, 2025 (Reuters) - The minister arrived.", "2025-03-12", "Reuters"),
        ("Dakar, 1er juillet 2024 - Le ministre est arrivé.", "2024-07-01", nil),
        ("ABUJA, Sept. 4, 2024 (NAN) — The minister arrived.", "2024-09-04", "NAN"),
        ("Nouakchott, 12 févr. 2025 - Le ministre est arrivé.", "2025-02-12", nil),
    ] as [(String, String, String?)])
    func datelines(_ line: String, _ date: String, _ agency: String?) throws {
        let found = try #require(TextDate.find(in: "Titre\n" + line, year: nil))
        #expect(found.date == date)
        #expect(found.source == .dateline)
        #expect(found.agency == agency)
    }

    @Test(arguments: [
        ("Publié le 3 juin 2025 à 10h12", "2025-06-03"), ("Publié le 12/03/2025", "2025-03-12"),
        ("Published on March 12, 2025", "2025-03-12"), ("Mis en ligne le 7 août 2024", "2024-08-07"),
    ])
    func publicationLines(_ line: String, _ date: String) throws {
        let found = try #require(TextDate.find(in: "Titre\n" + line + "\nLe ministre est arrivé.", year: nil))
        #expect(found.date == date)
        #expect(found.source == .text)
    }

    @Test func aYearlessDateTakesTheYearOfTheTextThenOfTheFile() throws {
        let stated = try #require(TextDate.find(in: "Titre\nGAO, 4 mai (AMAP) - La réunion du 2 mai 2024 a suivi.", year: 2026))
        #expect(stated.date == "2024-05-04")
        let fromFile = try #require(TextDate.find(in: "Titre\nGAO, 4 mai (AMAP) - La réunion a eu lieu.", year: 2026, notAfter: "2026-06-01"))
        #expect(fromFile.date == "2026-05-04")
        // Read in January, a dateline of late December is of the year before.
        let december = try #require(TextDate.find(in: "Titre\nGAO, 28 décembre - Réunion.", year: 2026, notAfter: "2026-01-10"))
        #expect(december.date == "2025-12-28")
        #expect(TextDate.find(in: "Titre\nGAO, 4 mai - Réunion.", year: nil) == nil)
    }

    @Test(arguments: ["Mali, Niger et Burkina - trois pays, une force", "Paris, la capitale - un sommet", "Le 31 février 2025 - une date qui n'existe pas"])
    func nearMissesGiveNoDate(_ line: String) {
        #expect(TextDate.find(in: "Titre\n" + line, year: nil) == nil)
    }

    @Test func isoAndRfc822() {
        #expect(PublicationDate.iso("2025-03-04") == "2025-03-04")
        #expect(PublicationDate.iso("2025-03-04T08:00:00+01:00") == "2025-03-04T08:00:00+01:00")
        #expect(PublicationDate.iso("2025-13-04") == nil)
        #expect(PublicationDate.rfc822("Tue, 04 Mar 2025 08:00:00 GMT") == "2025-03-04T08:00:00Z")
        #expect(PublicationDate.rfc822("Tue, 04 Mar 2025 09:00:00 +0100") == "2025-03-04T08:00:00Z")
    }

    @Test func theTextsOwnDateWinsOverMetadataThatContradictsIt() {
        let metadata = Provenance(published: "2025-06-20T10:00:00Z", dateSource: .meta)
        // The page was edited weeks after the dateline: the dateline's day.
        let edited = ArticleParser.provenance(metadata, text: "Titre\nBAMAKO, le 3 juin 2025 - La délégation est arrivée.", fileDate: nil)
        #expect(edited.published == "2025-06-03")
        #expect(edited.dateSource == .dateline)
        // A metadata time late in the evening, UTC, is the dateline's next day: no contradiction, the time is kept.
        let late = ArticleParser.provenance(Provenance(published: "2025-06-04T01:30:00Z", dateSource: .meta),
                                            text: "Titre\nBAMAKO, le 3 juin 2025 - Arrivée.", fileDate: nil)
        #expect(late.published == "2025-06-04T01:30:00Z")
        #expect(late.dateSource == .meta)
        // A year-less dateline takes the metadata's year, not the file's.
        let yearless = ArticleParser.provenance(metadata, text: "Titre\nGAO, 2 juin (AMAP) - Arrivée.",
                                                fileDate: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(yearless.published == "2025-06-02")
        #expect(yearless.outlet == "AMAP")
    }

    @Test func dayNumbersCountDaysAcrossMonthsAndLeapYears() {
        #expect(PublicationDate.dayNumber("1970-01-01") == 0)
        #expect(PublicationDate.dayNumber("2024-03-01")! - PublicationDate.dayNumber("2024-02-28")! == 2)
        #expect(PublicationDate.dayNumber("2025-01-01")! - PublicationDate.dayNumber("2024-12-31")! == 1)
        #expect(PublicationDate.dayNumber("2025-02-30") == nil)
    }

    private func article(_ name: String) throws -> Article {
        let corpus = ArticleLoader.load(paths: [Fixtures.directory.appendingPathComponent("pages/\(name)").path], parser: TestCore.parser)
        return try #require(corpus.articles.first)
    }

    @Test func pagesSayWhenAndWhereFromTheirMetadata() throws {
        let page = try article("fr-page-with-menus-teasers-and-comments.html")
        #expect(page.provenance == Provenance(published: "2025-03-11T09:30:00+00:00", dateSource: .meta, outlet: "Le Quotidien du Sahel",
                                              url: "https://quotidien-sahel.example/securite/delegation-tchadienne-niamey"))
        let jsonLD = try article("en-page-json-ld-date.html")
        #expect(jsonLD.provenance.published == "2025-02-20T07:15:00Z")
        #expect(jsonLD.provenance.dateSource == .meta)
        let time = try article("fr-page-time-datetime.html")
        #expect(time.provenance.published == "2025-01-15")
    }

    @Test func feedItemsTakeTheFeedsDateOutletAndLink() throws {
        let corpus = ArticleLoader.load(paths: [Fixtures.directory.appendingPathComponent("pages/fr-rss2-feed-cdata-and-escaped-content.xml").path],
                                        parser: TestCore.parser)
        let first = try #require(corpus.articles.first)
        #expect(first.provenance == Provenance(published: "2025-03-04T08:00:00Z", dateSource: .feed, outlet: "Sahel Hebdo", url: "https://example.org/a1"))
        // The second item has no date: the file's.
        #expect(corpus.articles[1].provenance.dateSource == .file)
    }

    @Test func aTextFileWithoutADateTakesItsModificationDay() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("veille-undated-\(UUID().uuidString).txt").path
        try Data("Titre\nLe ministre malien est arrivé à Niamey.\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_741_000_000)], ofItemAtPath: path)
        let a = try #require(ArticleLoader.load(paths: [path], parser: TestCore.parser).articles.first)
        #expect(a.provenance.published == "2025-03-03")
        #expect(a.provenance.dateSource == .file)
    }

    @Test func theJSONExportCarriesThem() throws {
        let page = try article("fr-page-with-menus-teasers-and-comments.html")
        let json = ExportFormat.json.render([page], gazetteer: TestCore.gazetteer)
        for key in ["\"published\" : \"2025-03-11T09:30:00+00:00\"", "\"date_source\" : \"meta\"", "\"outlet\" : \"Le Quotidien du Sahel\"",
                    "\"url\" : \"https://quotidien-sahel.example/securite/delegation-tchadienne-niamey\""] {
            #expect(json.contains(key), "\(key)")
        }
    }
}
