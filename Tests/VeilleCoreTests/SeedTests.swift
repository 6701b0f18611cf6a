import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// The founding article, read from shared/ where it exists (CI and the team's
/// machines); skipped in a user's fresh clone.
@Suite("The founding article", .enabled(if: Fixtures.hasShared))
struct SeedTests {
    private var seed: URL { Fixtures.shared.appendingPathComponent("seed") }

    private func article() throws -> Article {
        let bytes = try [UInt8](Data(contentsOf: seed.appendingPathComponent("mali-russia-cooperation.txt")))
        return try TestCore.parser.parse(bytes: bytes, source: "mali-russia-cooperation.txt")
    }

    @Test func theDelegationIsTheExpectedOne() throws {
        let a = try article()
        try #require(a.delegations.count == 1)
        let d = a.delegations[0]
        #expect(d.from == "RU" && d.to == "ML" && d.place == "Bamako")
        #expect(d.leaders.map(\.name) == ["Yunus-Bek Evkurov"])
        #expect(d.leaders.first?.role == "vice-ministre russe de la Défense")
        #expect(d.leaders.first?.country == "RU")
        #expect(d.members.map(\.name) == ["Andreï Averianov"])
        #expect(d.members.first?.role == "lieutenant-général")
        #expect(d.hosts.map(\.name) == ["Sadio Camara"])
        #expect(d.hosts.first?.role == "ministre malien de la Défense et des Anciens Combattants")
        #expect(d.evidence.count == 3)
    }

    @Test func regionsAreResolvedAndNested() throws {
        let a = try article()
        let byName = Dictionary(uniqueKeysWithValues: a.regions.map { ($0.name, $0) })
        #expect(Set(byName.keys) == ["Bamako", "Sahel", "nord malien", "Gao", "Ménaka"])
        #expect(byName["Gao"]?.iso3166_2 == "ML-7")
        #expect(byName["Ménaka"]?.iso3166_2 == "ML-9")
        #expect(byName["Bamako"]?.iso3166_2 == "ML-BKO")
        #expect(byName["nord malien"]?.country == "ML")
        #expect(byName["Sahel"]?.country == nil && byName["Sahel"]?.kind == .supranational)
        #expect(byName["Gao"]?.parent == byName["nord malien"]?.id)
        #expect(byName["nord malien"]?.parent == byName["Sahel"]?.id)
    }

    /// The article's own sentences stay in shared/: what the parser must give
    /// is read from the expected file and the text, not copied here.
    private struct Expected: Decodable {
        let title: String
        let measures: [String]
    }

    private func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: seed.appendingPathComponent("mali-russia-cooperation.expected.json")))
    }

    private func lines() throws -> [String] {
        try String(contentsOf: seed.appendingPathComponent("mali-russia-cooperation.txt"), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func measuresAreTheFourListItems() throws {
        let a = try article()
        #expect(a.measures.map(\.text) == (try expected().measures))
        #expect(a.measures.map(\.action) == ["augmentation", "déploiement", "mise en place", "intégration"])
    }

    @Test func titleLeadAndHeadings() throws {
        let a = try article()
        let lines = try lines()
        #expect(a.title == (try expected().title))
        // The headline line carries the standfirst after the title's period.
        #expect(a.lead.map { lines[0].hasSuffix($0) && !$0.isEmpty } == true)
        #expect(a.headings.count == 3)
        for heading in a.headings { #expect(lines.contains(heading)) }
        #expect(a.language == .fr)
    }

    @Test func evidenceSpansPointAtTheirSentences() throws {
        let a = try article()
        let d = a.delegations[0]
        let evidence = d.evidence.map(a.substring)
        // Arrival, then the leader and member, then the hosts: whole sentences of the text.
        #expect(evidence[0].contains("Bamako"))
        #expect(evidence[1].contains(d.leaders[0].name) && evidence[1].contains(d.members[0].name))
        #expect(evidence[2].contains(d.hosts[0].name))
        for sentence in evidence {
            #expect(sentence.hasSuffix("."))
            #expect(a.text.contains(sentence))
        }
        for region in a.regions {
            for m in region.mentions { #expect(fold(a.substring(m)).contains(fold(region.name).prefix(3))) }
        }
    }

    /// The scorer given to the team, run on the real binary's export.

}
