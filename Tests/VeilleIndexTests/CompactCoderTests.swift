import Foundation
import Testing
import TestSupport
import VeilleCore
@testable import VeilleIndex

/// The stored form of an extraction reads back as the same value, and damaged bytes are an error, not a crash.
@Suite struct CompactCoderTests {
    static let articles = ArticleLoader.load(paths: [Fixtures.directory.path], parser: TestCore.parser).articles

    @Test func everyFixtureArticleReadsBackEqual() throws {
        #expect(Self.articles.count > 300)
        for article in Self.articles {
            let data = try CompactCoder.encode(article)
            #expect(try CompactCoder.decode(Article.self, from: data) == article, "\(article.source)")
        }
    }

    @Test func optionalsNegativeNumbersAndEmptyArraysKeepTheirValues() throws {
        struct Sample: Codable, Equatable {
            var a: String?
            var b: Int?
            var c: [Int]
            var d: Double
            var e: Bool
            var g: Int
        }
        let values = [Sample(a: nil, b: -5, c: [], d: -0.25, e: true, g: Int.min),
                      Sample(a: "é\u{0}z", b: nil, c: [1, -1, Int.max], d: .infinity, e: false, g: 0)]
        for v in values { #expect(try CompactCoder.decode(Sample.self, from: CompactCoder.encode(v)) == v) }
    }

    @Test func aDictionaryIsRefusedNotLost() {
        struct Keyed: Codable { var counts: [String: Int] }
        #expect(throws: (any Error).self) { try CompactCoder.encode(Keyed(counts: ["Gao": 2])) }
    }

    @Test func damagedBytesAreAnError() throws {
        let data = try CompactCoder.encode(try #require(Self.articles.first { !$0.delegations.isEmpty }))
        for cut in [0, 1, data.count / 3, data.count - 1] {
            #expect(throws: (any Error).self) { try CompactCoder.decode(Article.self, from: data.prefix(cut)) }
        }
        #expect(throws: (any Error).self) { try CompactCoder.decode(Article.self, from: data + [0]) }
    }
}
