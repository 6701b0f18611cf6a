import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// Cue phrases, titles and measure head nouns are only trusted once a fixture article written by
/// the team uses them. Not every entry has its fixture yet: the count of
/// entries no fixture spells out may only go down, so that a phrase added to a
/// table comes with the article that exercises it.
@Suite("Lexicon entries exercised by fixtures")
struct LexiconCoverageTests {
    /// Entries of the cue, title and head-noun tables that no fixture contains, at the last count.
    static let unexercisedCeiling = 289

    static var visitFields: [(String, KeyPath<VisitWords, [String]>)] { [
        ("delegationNouns", \.delegationNouns), ("travel", \.travel), ("leadByObject", \.leadByObject),
        ("leadFromSubject", \.leadFromSubject), ("members", \.members), ("hostsAfter", \.hostsAfter),
        ("talksWithGap", \.talksWithGap), ("hostsBefore", \.hostsBefore), ("audienceGrants", \.audienceGrants),
        ("deliveries", \.deliveries), ("messageNouns", \.messageNouns), ("departures", \.departures),
        ("departureTargets", \.departureTargets),
    ] }
    static var titleFields: [(String, KeyPath<TitleWords, [String]>)] {
        [("functions", \.functions), ("ranks", \.ranks), ("honorifics", \.honorifics)]
    }

    /// Folded, with every run of non-letters one space, and padded: a phrase is used when " phrase " occurs.
    static func words(_ s: String) -> String {
        " " + fold(s).split { !$0.isLetter && !$0.isNumber }.joined(separator: " ") + " "
    }

    static var fixtureText: String {
        Fixtures.names.compactMap { try? String(contentsOf: Fixtures.directory.appendingPathComponent("\($0).txt"), encoding: .utf8) }
            .map(words).joined()
    }

    static func unexercised() -> [String] {
        let text = fixtureText
        var missing: [String] = []
        func check(_ table: String, _ field: String, _ entries: [String]) {
            for e in entries where !text.contains(words(e)) { missing.append("\(table).\(field): \(e)") }
        }
        for (language, table) in [("fr", VisitWords.french), ("en", VisitWords.english)] {
            for (name, path) in visitFields { check("VisitWords.\(language)", name, table[keyPath: path]) }
        }
        for (language, table) in [("fr", TitleWords.french), ("en", TitleWords.english)] {
            for (name, path) in titleFields { check("TitleWords.\(language)", name, table[keyPath: path]) }
        }
        check("MeasureWords.fr", "headNouns", MeasureWords.French.headNouns)
        check("MeasureWords.en", "headNouns", MeasureWords.English.headNouns)
        return missing
    }

    @Test func unexercisedEntriesDoNotGrow() {
        let missing = Self.unexercised()
        #expect(missing.count <= Self.unexercisedCeiling, "\(missing.count) entries no fixture uses:\n\(missing.joined(separator: "\n"))")
    }

    @Test func theCheckSeesAnEntryAFixtureUses() {
        // "conduite par" and "ministre" stand in the fixtures; a made-up phrase does not.
        let text = Self.fixtureText
        #expect(text.contains(Self.words("conduite par")))
        #expect(text.contains(Self.words("Ministre")))
        #expect(!text.contains(Self.words("a zigzagué vers")))
    }
}
