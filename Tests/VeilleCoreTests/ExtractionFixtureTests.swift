import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// Every fixture article gives exactly its expected extraction, under the
/// scorer's matching rules: nothing missing, nothing extra.
@Suite("Extraction on the team's fixture articles")
struct ExtractionFixtureTests {
    @Test func thereAreEnoughFixtures() {
        #expect(Fixtures.names.count >= 15)
    }

    @Test(arguments: Fixtures.names)
    func regions(_ name: String) throws {
        let article = try Fixtures.article(name)
        let gold = try Fixtures.gold(name)
        let diff = GoldMatch.differences(article.regions, gold.regions, GoldMatch.sameRegion)
        #expect(diff.missing.map(\.name) == [], "missing regions in \(name)")
        #expect(diff.extra.map(\.name) == [], "unexpected regions in \(name)")
    }

    @Test(arguments: Fixtures.names)
    func measures(_ name: String) throws {
        let article = try Fixtures.article(name)
        let gold = try Fixtures.gold(name)
        let diff = GoldMatch.differences(article.measures.map(\.text), gold.measures, GoldMatch.sameMeasure)
        #expect(diff.missing == [], "missing measures in \(name)")
        #expect(diff.extra == [], "unexpected measures in \(name)")
    }

    @Test(arguments: Fixtures.names)
    func delegations(_ name: String) throws {
        let article = try Fixtures.article(name)
        let gold = try Fixtures.gold(name)
        #expect(article.delegations.count == gold.delegations.count, "delegations in \(name)")
        for g in gold.delegations {
            // Delegations of one meeting share their hosts: the one with the same route is the counterpart.
            let sharing = article.delegations.filter { d in
                d.people.contains { p in g.people.contains { GoldMatch.samePerson(p.name, $0.name) } }
            }
            let match = sharing.first { $0.from == g.from && $0.to == g.to } ?? sharing.first
            let d = try #require(match, "no delegation for \(g.people.map(\.name)) in \(name)")
            #expect(d.from == g.from && d.to == g.to, "route of \(g.people.first?.name ?? "?") in \(name)")
            #expect(GoldMatch.regionKey(d.place ?? "") == GoldMatch.regionKey(g.place ?? ""), "place in \(name)")
            for (slot, found, expected) in [("leaders", d.leaders, g.leaders), ("members", d.members, g.members), ("hosts", d.hosts, g.hosts)] {
                let diff = GoldMatch.differences(found, expected) { GoldMatch.samePerson($0.name, $1.name) }
                #expect(diff.missing.map(\.name) == [], "missing \(slot) in \(name)")
                #expect(diff.extra.map(\.name) == [], "unexpected \(slot) in \(name)")
                for e in expected {
                    let p = found.first { GoldMatch.samePerson($0.name, e.name) }
                    #expect(GoldMatch.roleAgrees(p?.role, e.role), "role of \(e.name) in \(name): \(p?.role ?? "none")")
                }
            }
        }
    }

    @Test func titlesAndLanguages() throws {
        for name in Fixtures.names {
            let article = try Fixtures.article(name)
            #expect(!article.title.isEmpty)
            #expect(article.title == (try Fixtures.gold(name).title), "title of \(name)")
            #expect(article.language == (name.hasPrefix("en-") ? .en : .fr), "language of \(name)")
        }
    }
}
