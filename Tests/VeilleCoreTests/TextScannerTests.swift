import Testing
import TestSupport
@testable import VeilleCore

/// The one-pass scanner must cut exactly the tokens the reference tokenizer
/// cuts, and the vocabulary's word classes must agree with the sets they
/// stand for: the finders trust both without checking again.
@Suite("One-pass scanner and word classes")
struct TextScannerTests {
    private static let texts = [
        "Le ministre délégué, Abdou-Karim Issoufou, s’est rendu à Zinder l’après-midi.",
        "L'armée ; « guillemets » – tirets—longs… 12,5 % et 3\u{00A0}000 hommes\u{202F}!",
        "ŒUVRE, Straße, ǅemal, İstanbul, Łódź, Ǆ, ﬁn, Ελλάδα, Москва, 東京, 🙂 emoji.",
        "N’Djamena, Tombouctou/Timbuktu, Fada N'Gourma, Ouahigouya (Nord).\r\n\tLigne\u{2028}suivante",
        "",
        "   ",
        "x",
    ]

    @Test(arguments: texts)
    func scannerCutsTheTokenizersTokens(_ text: String) {
        let scan = TextScanner.scan(Array(text.utf8), vocabulary: Vocabulary.lexicon)
        let scalars = Array(text.unicodeScalars)
        #expect(scan.scalars == scalars)
        let reference = Tokenizer.tokenize(scalars)
        #expect(scan.tokens.count == reference.count)
        for (a, b) in zip(scan.tokens, reference) {
            #expect(a.start == b.start && a.end == b.end && a.key == b.key && a.kind == b.kind)
            #expect(a.isCapitalized == b.isCapitalized && a.isUpperCase == b.isUpperCase && a.spaceBefore == b.spaceBefore)
        }
        // Each scalar's byte offset, then the byte count.
        var offsets: [Int32] = []
        var byte = 0
        for s in text.unicodeScalars {
            offsets.append(Int32(byte))
            byte += String(s).utf8.count
        }
        offsets.append(Int32(byte))
        #expect(scan.byteOffsets == offsets)
        let landmarks = DocumentLayout.Landmarks(of: scalars)
        #expect(scan.landmarks.lineBreaks == landmarks.lineBreaks)
        #expect(scan.landmarks.sentenceMarks == landmarks.sentenceMarks)
    }

    @Test func classedWordSetsAgreeWithTheirWords() {
        let vocabulary = TestCore.gazetteer.vocabulary
        for set in Vocabulary.classedWordSets {
            #expect(set.wordClass != 0)
            for key in set.keys { #expect(vocabulary.classes(of: key) & set.wordClass != 0) }
        }
        let indexes = Vocabulary.classedPhraseSets.map(\.index) + MeasureSets.starts
            + [SentenceCues.index, TestCore.gazetteer.placeNames, TestCore.gazetteer.countryForms]
        for index in indexes {
            #expect(index.startClass != 0)
            for key in index.firstKeys { #expect(vocabulary.classes(of: key) & index.startClass != 0) }
        }
        let places = TestCore.gazetteer.placeNames
        for key in places.laterKeys { #expect(vocabulary.classes(of: key) & places.continueClass != 0) }
    }

    @Test func classesDecideMembershipOnlyForScannedTokens() {
        let scanned = TextScanner.scan(Array("la ville".utf8), vocabulary: TestCore.gazetteer.vocabulary).tokens
        let plain = Tokenizer.tokenize(Array("la ville".unicodeScalars))
        #expect(Lexicon.determiners.contains(scanned[0]) && Lexicon.determiners.contains(plain[0]))
        #expect(!Lexicon.determiners.contains(scanned[1]) && !Lexicon.determiners.contains(plain[1]))
        #expect(plain[1].classes == .max)
    }

    @Test func placeNamesStillMatchThroughTheirLaterWords() throws {
        let text = "Les patrouilles reprendront dans la zone des trois frontières et à Fada N’Gourma."
        let article = TestCore.parser.parse(text: "Titre\n" + text, source: "t")
        let names = article.regions.map(\.name)
        #expect(names.contains("zone des trois frontières"))
        #expect(names.contains { $0.hasPrefix("Fada") })
    }
}
