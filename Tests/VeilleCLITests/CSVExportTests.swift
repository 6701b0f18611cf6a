import Foundation
import Testing
import TestSupport

/// The CSV export read back by a real CSV parser (Python's `csv` module, as an analyst's script would).
@Suite("CSV export", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
struct CSVExportTests {
    /// The rows Python's csv module reads from the export, as JSON.
    private func rows(_ arguments: [String]) throws -> [[String]] {
        let export = try BinaryRunner.run(["export", "--format", "csv"] + arguments)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasSuffix("\r\n"), "RFC 4180 rows end in CRLF")
        let reader = "import csv, json, sys; print(json.dumps(list(csv.reader(sys.stdin.read().splitlines(True)))))"
        let parsed = try BinaryRunner.run(["/usr/bin/python3", "-c", reader], stdin: export.stdout, executable: false)
        return try JSONDecoder().decode([[String]].self, from: Data(parsed.stdout.utf8))
    }

    @Test func delegationsAreOneRowEachWithTheirArticle() throws {
        let rows = try rows([Fixtures.path("fr-recu-par-en-tete-et-titre-de-l-envoye"), Fixtures.path("fr-ministres-de-deux-pays-fonction-sous-entendue")])
        #expect(rows.first == ["source", "published", "outlet", "title", "from", "to", "place", "leaders", "members", "hosts"])
        #expect(rows.count == 1 + 1 + 2)
        #expect(rows.dropFirst().allSatisfy { $0.count == 10 })
        let envoy = try #require(rows.first { $0[4] == "CI" })
        #expect(envoy[7] == "Fidèle Sarassoro (envoyé spécial du président ivoirien)")
        // A field with commas and semicolons comes back whole.
        #expect(envoy[8] == "Yao Kouassi (directeur du protocole); Aya Koné (conseillère diplomatique); Konan Brou (ambassadeur)")
        #expect(rows.dropFirst().map { $0[4] + ">" + $0[5] }.sorted() == ["BF>ML", "CI>NE", "NE>ML"])
    }

    @Test func measuresAndRegionsTables() throws {
        let page = Fixtures.directory.appendingPathComponent("pages/fr-page-with-menus-teasers-and-comments.html").path
        let measures = try rows(["--table", "measures", page])
        #expect(measures.first == ["source", "published", "outlet", "title", "measure", "action", "regions"])
        #expect(measures.dropFirst().map { $0[4] } == ["l’organisation de patrouilles mixtes dans la région de Diffa",
                                                       "la création d'un centre de coordination à Nguigmi"])
        #expect(measures[1][1] == "2025-03-11T09:30:00+00:00" && measures[1][2] == "Le Quotidien du Sahel")
        let regions = try rows(["--table", "regions", page])
        #expect(regions.dropFirst().map { $0[4] } == ["Niamey", "Diffa", "Nguigmi"])
        #expect(regions.dropFirst().first?[6] == "NE-8")
    }

    @Test func aTableWithAnotherFormatIsAUsageError() throws {
        let result = try BinaryRunner.run(["export", "--format", "json", "--table", "measures", Fixtures.path("fr-recu-par-en-tete-et-titre-de-l-envoye")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--table goes with --format csv"))
    }
}
