import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// The directory of people over the team's own articles about the same few people (Tests/Fixtures/people):
/// a name spelled the French and the English way, an officer whose role changes between two visits, and
/// a minister who shares his surname.
@Suite("People across articles")
struct PersonDirectoryTests {
    static let folder = Fixtures.directory.appendingPathComponent("people")

    static func directory() throws -> (entries: [PersonEntry], ids: [String: Int64]) {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var mentions: [PersonMention] = []
        var ids: [String: Int64] = [:]
        for (k, name) in names.enumerated() {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let article = try TestCore.parser.parse(bytes: bytes, source: name)
            ids[name] = Int64(k)
            mentions += PersonMention.all(in: article, id: Int64(k))
        }
        return (PersonDirectory.build(mentions), ids)
    }

    @Test func spellingsOfOneNameAreOnePerson() throws {
        let (entries, ids) = try Self.directory()
        let ostrovski = entries.filter { fold($0.name).contains("ostrovsk") }
        try #require(ostrovski.count == 1, "one entry, got \(ostrovski.map(\.name))")
        let entry = ostrovski[0]
        #expect(Set(entry.spellings) == ["Guennadi Ostrovski", "Gennady Ostrovsky"])
        #expect(entry.articles == [ids["fr-2026-06-general-konate-recoit.txt"]!, ids["en-2026-07-ostrovsky-in-niamey.txt"]!])
        #expect(entry.countries == ["RU"])
        #expect(entry.firstSeen == "2026-06-03" && entry.lastSeen == "2026-07-09")
        #expect(entry.delegations == 2)
        #expect(entry.names(Person(name: "Gennady Ostrovsky")) && !entry.names(Person(name: "Issa Konaté")))
    }

    @Test func rolesAreListedInTheOrderTheyWereHeld() throws {
        let (entries, _) = try Self.directory()
        let issa = try #require(entries.first { $0.name == "Issa Konaté" })
        #expect(issa.roles.map(\.role) == ["commandant de la zone de défense numéro trois", "chef d'état-major général adjoint des armées"])
        #expect(issa.roles.map(\.first) == ["2026-01-14", "2026-06-03"])
        #expect(issa.articles.count == 2 && issa.firstSeen == "2026-01-14" && issa.lastSeen == "2026-06-03")
    }

    @Test func aNamesakeIsSomeoneElse() throws {
        let (entries, _) = try Self.directory()
        let konate = entries.filter { fold($0.name).hasSuffix("konate") }
        #expect(Set(konate.map(\.name)) == ["Issa Konaté", "Aminata Konaté"])
        #expect(konate.first { $0.name == "Aminata Konaté" }?.countries == ["CI"])
        // Most seen first.
        #expect(entries.first?.articles.count == 2)
        #expect(entries.allSatisfy { !$0.spellings.isEmpty })
    }

    // MARK: Short forms, on mentions made here

    static func mention(_ name: String, _ article: Int64, country: String? = nil, role: String? = nil, on date: String? = nil) -> PersonMention {
        PersonMention(name: name, role: role, country: country, article: article, delegation: 0, published: date)
    }

    @Test func aSurnameAloneJoinsTheOnlyPersonItCanBe() {
        let entries = PersonDirectory.build([
            Self.mention("Salifou Mody", 1, country: "NE"), Self.mention("Mody", 2, country: "NE"), Self.mention("S. Mody", 3),
        ])
        #expect(entries.count == 1)
        #expect(entries.first?.articles == [1, 2, 3] && entries.first?.name == "Salifou Mody")
    }

    @Test func aSurnameThatCouldBeTwoPeopleStaysApart() {
        let entries = PersonDirectory.build([
            Self.mention("Issa Konaté", 1), Self.mention("Aminata Konaté", 2), Self.mention("Konaté", 3), Self.mention("M. Konaté", 4),
        ])
        #expect(Set(entries.map(\.name)) == ["Issa Konaté", "Aminata Konaté", "Konaté"])
        #expect(Set(entries.first { $0.name == "Konaté" }?.spellings ?? []) == ["Konaté", "M. Konaté"])
        #expect(entries.first { $0.name == "Issa Konaté" }?.articles == [1])
        #expect(entries.first { $0.name == "Aminata Konaté" }?.articles == [2])
        // An initial that fits only one of them joins that one.
        let initial = PersonDirectory.build([Self.mention("Issa Konaté", 1), Self.mention("Aminata Konaté", 2), Self.mention("A. Konaté", 3)])
        #expect(initial.first { $0.name == "Aminata Konaté" }?.articles == [2, 3])
    }

    @Test func aCountryThatDisagreesKeepsASurnameApart() {
        let entries = PersonDirectory.build([Self.mention("Salifou Mody", 1, country: "NE"), Self.mention("Mody", 2, country: "TD")])
        #expect(entries.count == 2)
    }

    @Test func theFullerNameEndsWithTheShorter() {
        let entries = PersonDirectory.build([Self.mention("Albert Kan Dapaah", 1), Self.mention("Kan Dapaah", 2), Self.mention("Albert Dapaah", 3)])
        #expect(entries.count == 1 && entries.first?.name == "Albert Kan Dapaah")
        #expect(PersonDirectory.build([]).isEmpty)
    }
}
