import Foundation
import Testing
import TestSupport
@testable import VeilleCore

/// The word tables stay data a newcomer can extend: no entry twice in a
/// list, every classed set registered with the vocabulary, and the derived
/// sets built from the tables rather than copied.
@Suite("Lexicon tables")
struct LexiconTests {
    /// Every list of every language table, named for the failure message.
    static var lists: [(String, [String])] {
        var result: [(String, [String])] = []
        func add(_ family: String, _ tables: [(String, Any)]) {
            for (language, table) in tables {
                for child in Mirror(reflecting: table).children {
                    if let words = child.value as? [String] { result.append(("\(family).\(language).\(child.label ?? "?")", words)) }
                }
            }
        }
        add("VisitWords", [("french", VisitWords.french), ("english", VisitWords.english)])
        add("TitleWords", [("french", TitleWords.french), ("english", TitleWords.english)])
        add("GrammarWords", [("french", GrammarWords.french), ("english", GrammarWords.english)])
        add("NameWords", [("french", NameWords.french), ("english", NameWords.english)])
        add("PlaceTerms", [("french", PlaceTerms.french), ("english", PlaceTerms.english)])
        result.append(("NameWords.particles", NameWords.particles))
        return result
    }

    @Test func noListHoldsAnEntryTwice() {
        #expect(Self.lists.count > 40)
        for (name, words) in Self.lists {
            var seen = Set<String>()
            let twice = words.filter { !seen.insert(fold($0)).inserted }
            #expect(twice.isEmpty, "\(name) holds \(twice) twice")
        }
    }

    @Test func everyListHasWordsInSomeLanguage() {
        var empty: [String: Int] = [:]
        for (name, words) in Self.lists where words.isEmpty {
            empty[name.split(separator: ".").last.map(String.init) ?? name, default: 0] += 1
        }
        // A field may be empty in one language (English has no portfolio links), never in both.
        #expect(empty.values.allSatisfy { $0 < 2 }, "empty in every language: \(empty)")
    }

    @Test func ranksAreDerivedFromTheRankTables() {
        for rank in ["général de brigade aérienne", "vice admiral", "lieutenant-général", "lt col"] {
            #expect(Lexicon.rankNames.contains(fold(rank)), "\(rank)")
        }
        // Lead cues read from the subject are lead cues too.
        for phrase in VisitWords.union(\.leadFromSubject) { #expect(Lexicon.leadPhrases.contains(phrase)) }
    }

    /// Compound verbs take the press's adverbs after their auxiliary without a table spelling them out.
    @Test func compoundVerbsAreDerivedWithTheirAdverbs() {
        #expect(Lexicon.hostBeforePhrases.contains("a également reçu"))
        #expect(Lexicon.travelPhrases.contains("s'est ensuite rendu"))
        #expect(Lexicon.hostAfterPhrases.contains("a d'abord rencontré"))
        #expect(Lexicon.travelPhrases.contains("has also arrived"))
        // Only a phrase opened by an auxiliary takes them, and only its own language's.
        #expect(!Lexicon.hostBeforePhrases.contains(where: { $0.hasPrefix("received ") }))
        #expect(!Lexicon.travelPhrases.contains("has également arrived"))
    }

    /// Sources name a class for a set with `class: .name`; each such class must
    /// be given by some registered set, or its words would silently test absent.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: LexiconTests.sources.path)))
    func everyClassGivenInTheSourcesIsRegistered() throws {
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        var named = Set<String>()
        let pattern = try Regex("(?:WordSet|PhraseSet)\\((?:class: \\.([a-zA-Z]+)|[^)]*class: \\.([a-zA-Z]+))")
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            for match in source.matches(of: pattern) {
                for k in 1...2 { if let s = match.output[k].substring { named.insert(String(s)) } }
            }
        }
        #expect(named.count >= 8)
        let registered = Vocabulary.classedWordSets.map(\.wordClass) + Vocabulary.classedPhraseSets.map(\.index.startClass)
        let classes = Dictionary(uniqueKeysWithValues: WordClass.named.map { ($0.name, $0.value.rawValue) })
        for name in named {
            let bit = try #require(classes[name], "WordClass.named lacks \(name)")
            #expect(registered.contains(bit), "no registered set gives the class \(name)")
        }
    }

    /// An index whose matches stop at words without the continuation class must have every later word of
    /// its phrases marked with it, or a phrase past its first word would no longer be found.
    @Test func laterWordsOfContinuedIndexesAreMarked() {
        let indexes = [SentenceCues.index] + MeasureSets.starts + Vocabulary.classedPhraseSets.map(\.index)
        for index in indexes where index.continueClass != 0 {
            for key in index.laterKeys {
                #expect(Vocabulary.lexicon.classes(of: key) & index.continueClass != 0)
            }
        }
    }

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/VeilleCore")
}
