import Testing
import TestSupport
@testable import VeilleCore

@Suite("Spelling variants of names")
struct NameVariantsTests {
    private func skeleton(_ word: String) -> String {
        String(decoding: NameVariants.skeleton(word), as: UTF8.self)
    }

    @Test func transliterationsShareASkeleton() {
        #expect(skeleton("Evkurov") == "evkurov")
        #expect(skeleton("Evkourov") == "evkurov")
        #expect(skeleton("Ievkourov") == "evkurov")
        #expect(skeleton("Djibril") == skeleton("Jibril"))
        #expect(skeleton("Mohammed") == "mohamed")
        #expect(skeleton("Khalifa") == skeleton("Califa"))
        #expect(skeleton("O’Brien") == "obrien")
        #expect(skeleton("Wagué") == "vague")
    }

    @Test func skeletonsLookAcrossApostrophesAndHyphens() {
        // "o-u" across a hyphen still reads as one sound; the pair is consumed.
        #expect(skeleton("Bo-ukar") == "bukar")
        #expect(skeleton("Ind") == "ind")
        #expect(skeleton("Ia") == "ia")
    }

    @Test func samePersonAcrossOutlets() {
        #expect(NameVariants.samePerson(["Yunus-Bek", "Evkurov"], ["Iounous-Bek", "Ievkourov"]))
        #expect(NameVariants.samePerson(["Evkurov"], ["Yunus-Bek", "Evkourov"]))
        #expect(!NameVariants.samePerson(["Sadio", "Camara"], ["Assimi", "Goïta"]))
        #expect(!NameVariants.samePerson(["Sadio", "Camara"], ["Mamadou", "Camara"]))
    }

    @Test func oneEditAtEitherEndStillMatches() {
        #expect(NameVariants.sameWord(Array("evkurov".utf8), Array("vkurov".utf8)))
        #expect(NameVariants.sameWord(Array("camara".utf8), Array("camaro".utf8)))
        #expect(!NameVariants.sameWord(Array("abcde".utf8), Array("xbcdy".utf8)))
        #expect(!NameVariants.sameWord(Array("koné".utf8), Array("kone".utf8)), "under five letters, only equal skeletons match")
    }

    @Test func oneEditAtMost() {
        #expect(NameVariants.withinOneEdit(Array("averianov".utf8), Array("averyanov".utf8)))
        #expect(NameVariants.withinOneEdit(Array("evkurov".utf8), Array("vkurov".utf8)))
        #expect(NameVariants.withinOneEdit(Array("camara".utf8), Array("camaras".utf8)))
        #expect(NameVariants.withinOneEdit(Array("".utf8), Array("a".utf8)))
        #expect(!NameVariants.withinOneEdit(Array("".utf8), Array("abc".utf8)))
        #expect(!NameVariants.withinOneEdit(Array("kitten".utf8), Array("sitting".utf8)))
        #expect(!NameVariants.withinOneEdit(Array("abcde".utf8), Array("xbcdy".utf8)))
        #expect(!NameVariants.withinOneEdit(Array("camara".utf8), Array("acmara".utf8)), "a swap is two edits")
    }
}
