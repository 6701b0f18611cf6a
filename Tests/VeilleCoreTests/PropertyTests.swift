import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// Random and mutated input through the whole path from bytes to model (text, HTML and feeds): nothing
/// crashes, every span points inside the text, and a second parse gives the same article. The generator
/// is seeded, so a failure names the seed and the case that reproduces it.
@Suite("Parsing hostile input")
struct PropertyTests {
    /// SplitMix64: small, seedable, the same numbers on every platform.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let parser = ArticleParser(gazetteer: TestCore.gazetteer, explains: true)

    /// Parses twice and checks the three properties; returns the articles for further checks.
    @discardableResult
    static func check(_ bytes: [UInt8], _ label: String) -> [Article] {
        let first: [Article]
        do {
            first = try parser.articles(bytes: bytes, source: label)
        } catch {
            // A refusal is an answer (binary, empty, too large): it must be one of the named problems.
            #expect(!error.description.isEmpty, "\(label)")
            return []
        }
        let second = try? parser.articles(bytes: bytes, source: label)
        #expect(second == first, "\(label): a second parse differs")
        for article in first {
            for violation in article.invariantViolations { Issue.record("\(label): \(violation)") }
        }
        return first
    }

    static var fixtures: [[UInt8]] {
        Fixtures.names.prefix(60).compactMap { try? [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path($0)))) }
            + ["fetch/fr-morning-feed.xml", "fetch/en-wire-atom.xml", "fetch/fr-page-chef-etat-major.html"].compactMap {
                try? [UInt8](Data(contentsOf: Fixtures.directory.appendingPathComponent($0)))
            }
    }

    @Test(arguments: [1, 2, 3])
    func randomBytes(seed: UInt64) {
        var g = Generator(state: seed)
        for k in 0..<150 {
            let count = Int.random(in: 0...3000, using: &g)
            // Printable ASCII most of the time, so the text path is reached, not only the binary check.
            let bytes = (0..<count).map { _ in Bool.random(using: &g) ? UInt8.random(in: 0x20...0x7E, using: &g) : UInt8.random(in: 0...255, using: &g) }
            Self.check(bytes, "random seed \(seed) case \(k)")
        }
    }

    @Test(arguments: [11, 12, 13])
    func mutatedFixtures(seed: UInt64) {
        var g = Generator(state: seed)
        let inserts: [[UInt8]] = [[0x1B, 0x5B, 0x32, 0x4A], [0xE2, 0x80, 0xAE], [0xC3], [0xF0, 0x9F], [0], Array("<div>".utf8),
                                  Array("]]>".utf8), Array("&#x0;&#1114112;&amp".utf8), Array("\r\n\r\n".utf8), [0xEF, 0xBB, 0xBF]]
        for (n, original) in Self.fixtures.enumerated() {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &g) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &g)
                switch Int.random(in: 0..<4, using: &g) {
                case 0: bytes[at] = UInt8.random(in: 0...255, using: &g)
                case 1: bytes.insert(contentsOf: inserts.randomElement(using: &g)!, at: at)
                case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &g)))
                default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 200)], at: at)
                }
            }
            Self.check(bytes, "mutated fixture \(n) seed \(seed)")
            // Cut anywhere, inside a UTF-8 sequence too.
            Self.check(Array(original.prefix(Int.random(in: 0...original.count, using: &g))), "truncated fixture \(n) seed \(seed)")
        }
    }

    /// What the fuzzer once found a fault with (Scripts/fuzz), kept once fixed and replayed here.
    static let findings: [URL] = {
        let folder = Fixtures.directory.appendingPathComponent("fuzz")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }()

    @Test(.enabled(if: !findings.isEmpty, "no fuzz finding kept yet"))
    func keptFuzzFindings() throws {
        for url in Self.findings { Self.check(try [UInt8](Data(contentsOf: url)), "fuzz finding \(url.lastPathComponent)") }
    }

    @Test func veryLongLinesWordsAndCapitals() {
        let sentence = "Le ministre malien de la Défense a reçu à Gao une délégation nigérienne conduite par le général Issa Mody. "
        Self.check(Array(String(repeating: sentence, count: 2_000).utf8), "one line of 2,000 sentences")
        Self.check(Array(String(repeating: "a", count: 200_000).utf8), "one word of 200,000 letters")
        var capitals = ""
        for k in 0..<20_000 { capitals += ["Bamako", "Gao", "Niamey", "Konaté", "Ostrovski", "Le", "Général"][k % 7] + " " }
        let articles = Self.check(Array(capitals.utf8), "20,000 capitalised words")
        #expect(articles.count == 1)
    }

    @Test func deepMarkupAndLongLists() {
        let deep = "<html><body>" + String(repeating: "<div><span>", count: 5_000) + "<p>Une délégation tchadienne est arrivée à Niamey.</p>"
            + String(repeating: "</span></div>", count: 5_000) + "</body></html>"
        Self.check(Array(deep.utf8), "5,000 nested elements")
        let unclosed = "<html><body>" + String(repeating: "<table><tr><td>", count: 3_000) + "Rien.</body>"
        Self.check(Array(unclosed.utf8), "3,000 unclosed tables")
        let items = (0..<3_000).map { "<li>renforcer les patrouilles à Gao \($0)</li>" }.joined()
        let list = "<html><body><article><h1>Plan</h1><p>Les deux parties ont convenu de :</p><ul>\(items)</ul></article></body></html>"
        let articles = Self.check(Array(list.utf8), "3,000 list items")
        #expect(articles.first?.title == "Plan")
        let feedItems = (0..<2_000).map { "<item><title>Titre \($0)</title><description>Rien à Gao.</description></item>" }.joined()
        let feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fil</title>\(feedItems)</channel></rss>"
        #expect(Self.check(Array(feed.utf8), "a feed of 2,000 items").count == 2_000)
    }
}
