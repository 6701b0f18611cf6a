import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// `--explain` says, for each item, the rule that produced it and its sentence.
@Suite("Explaining what was found")
struct ExplainTests {
    @Test func everyItemHasAReasonInsideTheText() throws {
        for name in Fixtures.names {
            let bytes = try [UInt8](Data(contentsOf: Fixtures.directory.appendingPathComponent("\(name).txt")))
            let article = try ArticleParser(gazetteer: TestCore.gazetteer, explains: true).parse(bytes: bytes, source: name)
            let people = article.delegations.flatMap(\.people).count
            let personReasons = article.reasons.filter { $0.kind == .delegation && $0.item.contains(", read as ") }
            #expect(personReasons.count >= people, "\(name): \(people) people, \(personReasons.count) reasons")
            #expect(article.reasons.filter { $0.kind == .region }.count == article.regions.count, "\(name)")
            #expect(article.reasons.filter { $0.kind == .measure }.count == article.measures.count, "\(name)")
            let length = article.text.unicodeScalars.count
            for r in article.reasons { #expect(r.evidence.start >= 0 && r.evidence.end <= length && !r.rule.isEmpty) }
        }
    }

    @Test func reasonsAreKeptOnlyWhenAsked() throws {
        #expect(try Fixtures.article("fr-audience-invite-apres-lieu").reasons.isEmpty)
    }

    @Test func articleTextCannotDriveTheTerminal() {
        let article = ArticleParser(gazetteer: TestCore.gazetteer, explains: true).parse(text: "Titre \u{1B}]52;c;AAAA\u{07}\n\nLe ministre malien de la Défense, Sadio Kane, est arrivé à Niamey.", source: "t")
        let out = ExplainExport.render([article])
        #expect(!out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
