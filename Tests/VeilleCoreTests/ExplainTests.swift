import Foundation
import Testing
@testable import VeilleCore

/// `--explain` says, for each item, the rule that produced it and its sentence.
@Suite("Explaining what was found")
struct ExplainTests {
    @Test func everyItemHasAReasonInsideTheText() throws {
        for name in Fixtures.names {
            let bytes = try [UInt8](Data(contentsOf: Fixtures.directory.appendingPathComponent("\(name).txt")))
            let article = try ArticleParser(explains: true).parse(bytes: bytes, source: name)
            let people = article.delegations.flatMap(\.people).count
            let personReasons = article.reasons.filter { $0.kind == .delegation && $0.item.contains(", read as ") }
            #expect(personReasons.count >= people, "\(name): \(people) people, \(personReasons.count) reasons")
            #expect(article.reasons.filter { $0.kind == .region }.count == article.regions.count, "\(name)")
            #expect(article.reasons.filter { $0.kind == .measure }.count == article.measures.count, "\(name)")
            let length = article.text.unicodeScalars.count
            for r in article.reasons { #expect(r.evidence.start >= 0 && r.evidence.end <= length && !r.rule.isEmpty) }
        }
    }

    @Test func theBinaryPrintsTheCueAndTheSentence() throws {
        let fixture = Fixtures.directory.appendingPathComponent("fr-audience-invite-apres-lieu.txt").path
        let result = try BinaryRunner.run(["export", "--explain", fixture])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let host = try #require(lines.firstIndex { $0.contains("Moussa Ndiaye Sarr, read as host") })
        #expect(lines[host + 1] == "    why: subject of the hosting verb «a reçu en audience»")
        #expect(lines[host + 2].hasPrefix("    in:  Le président de la République, Moussa Ndiaye Sarr, a reçu en audience"))
        #expect(lines.contains("  region: Dakar SN-DK"))
        #expect(lines.contains { $0.contains("place Dakar") })
    }

    @Test func reasonsAreKeptOnlyWhenAsked() throws {
        #expect(try Fixtures.article("fr-audience-invite-apres-lieu").reasons.isEmpty)
    }

    @Test func articleTextCannotDriveTheTerminal() {
        let article = ArticleParser(explains: true).parse(text: "Titre \u{1B}]52;c;AAAA\u{07}\n\nLe ministre malien de la Défense, Sadio Kane, est arrivé à Niamey.", source: "t")
        let out = ExplainExport.render([article])
        #expect(!out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
