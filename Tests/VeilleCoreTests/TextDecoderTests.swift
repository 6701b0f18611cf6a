import Testing
import TestSupport
@testable import VeilleCore

@Suite("Decoding and normalising article bytes")
struct TextDecoderTests {
    @Test func stripsByteOrderMarkAndNormalisesLineEndings() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Titre\r\nLigne deux\rLigne trois\n".utf8)
        #expect(try TextDecoder.decode(bytes) == "Titre\nLigne deux\nLigne trois\n")
    }

    @Test func fallsBackToWindows1252() throws {
        // "Délégation « reçue » l’an" in Windows-1252, with œ (0x9C).
        let bytes: [UInt8] = [0x44, 0xE9, 0x6C, 0xE9, 0x67, 0x61, 0x74, 0x69, 0x6F, 0x6E, 0x20, 0xAB, 0x72, 0x65, 0xE7, 0x75, 0x65, 0xBB,
                              0x20, 0x6C, 0x92, 0x61, 0x6E, 0x20, 0x9C, 0x75, 0x76, 0x72, 0x65]
        #expect(try TextDecoder.decode(bytes) == "Délégation «reçue» l\u{2019}an œuvre")
    }

    @Test func composesDecomposedAccents() throws {
        let text = try TextDecoder.decode(Array("Me\u{301}naka".utf8))
        #expect(text == "Ménaka")
        #expect(text.unicodeScalars.count == 6)
    }

    @Test func replacesControlAndBidiCharactersWithSpaces() throws {
        let text = try TextDecoder.decode(Array("Gao\u{1B}[31m rouge\u{202E}x\u{7}".utf8))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x07 })
        #expect(text.hasPrefix("Gao [31m rouge x"))
    }

    @Test(arguments: [
        ([UInt8](), InputProblem.isEmpty),
        (Array("  \n\n \t".utf8), InputProblem.isEmpty),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], InputProblem.binary),
    ])
    func rejectsWhatIsNotAnArticle(bytes: [UInt8], problem: InputProblem) {
        #expect(throws: problem) { try TextDecoder.decode(bytes) }
    }

    @Test func rejectsOversizedInput() {
        let bytes = [UInt8](repeating: 0x61, count: TextDecoder.maximumBytes + 1)
        #expect(throws: InputProblem.tooLarge(bytes: bytes.count, limit: TextDecoder.maximumBytes)) { try TextDecoder.decode(bytes) }
    }
}

@Suite("Folding and tokens")
struct FoldingTests {
    @Test func foldsCaseAccentsAndTypography() {
        #expect(fold("Ménaka") == "menaka")
        #expect(fold("N’Djaména") == "n'djamena")
        #expect(fold("ŒUVRE  Ségou") == "oeuvre segou")
        #expect(fold("Liptako–Gourma") == "liptako-gourma")
    }

    @Test func hyphensAndSpacesGiveTheSameWordKeys() {
        #expect(wordKeys("Liptako-Gourma") == wordKeys("liptako gourma"))
        #expect(wordKeys("N'Djamena") == wordKeys("N’DJAMENA"))
        #expect(wordKeys("Tombouctou") != wordKeys("Timbuktu"))
    }

    @Test func tokensKnowTheirCase() {
        let tokens = Tokenizer.tokenize(Array("BAMAKO, le Général".unicodeScalars))
        #expect(tokens.map(\.kind) == [.word, .punctuation, .word, .word])
        #expect(tokens[0].isUpperCase && tokens[0].isCapitalized)
        #expect(!tokens[2].isCapitalized)
        #expect(tokens[3].isCapitalized && !tokens[3].isUpperCase)
    }
}
