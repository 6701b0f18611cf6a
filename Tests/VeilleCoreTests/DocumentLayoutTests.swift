import Testing
import TestSupport
@testable import VeilleCore

@Suite("Document layout: blocks and sentences")
struct DocumentLayoutTests {
    private func layout(_ text: String) -> (DocumentLayout, [Unicode.Scalar]) {
        let scalars = Array(text.unicodeScalars)
        return (DocumentLayout(scalars), scalars)
    }

    private func string(_ s: [Unicode.Scalar], _ span: Span) -> String {
        String(String.UnicodeScalarView(s[span.start..<span.end]))
    }

    @Test func splitsHeadlineFromStandfirst() {
        let (l, s) = layout("Le Niger et le Tchad signent un accord. Une coopération qui vise loin.\nCorps du texte.")
        #expect(l.blocks.map(\.kind) == [.title, .lead, .paragraph])
        #expect(string(s, l.blocks[0].span) == "Le Niger et le Tchad signent un accord.")
        #expect(string(s, l.blocks[1].span) == "Une coopération qui vise loin.")
    }

    @Test func menusAndBreadcrumbsAboveTheHeadlineAreNotTheTitle() {
        let (l, s) = layout("Accueil\nPolitique\nLe ministre reçoit une délégation ghanéenne\nLe ministre a reçu lundi la délégation.")
        #expect(l.blocks.map(\.kind) == [.teaser, .teaser, .title, .paragraph])
        #expect(string(s, l.blocks[2].span) == "Le ministre reçoit une délégation ghanéenne")
        let (crumbs, t) = layout("Home | News | Politics\nNigeria and Niger agree on joint patrols\nThe two armies will patrol the border.")
        #expect(crumbs.blocks.map(\.kind) == [.teaser, .title, .paragraph])
        #expect(string(t, crumbs.blocks[1].span) == "Nigeria and Niger agree on joint patrols")
    }

    @Test func aShortHeadlineAboveABlankLineOrAParagraphStaysTheTitle() {
        let (l, s) = layout("Audience\n\nLe chef de l’État a reçu lundi le ministre togolais.")
        #expect(l.blocks.first?.kind == .title)
        #expect(string(s, l.blocks[0].span) == "Audience")
        let (m, t) = layout("Visite officielle\nLe ministre a reçu lundi le ministre togolais.")
        #expect(string(t, m.blocks[0].span) == "Visite officielle")
    }

    @Test func recognisesHeadingsIntrosAndEveryListStyle() {
        let text = """
        Titre
        Une section courte
        Les parties ont retenu :
        - un tiret ;
        – un tiret demi-cadratin
        • une puce
        * une étoile
        1. un numéro
        a) une lettre
        Premier point sans puce ;
        Dernier point sans puce.
        Un paragraphe ordinaire qui se termine par un point et qui est assez long pour ne pas être un titre.
        """
        let (l, _) = layout(text)
        #expect(l.blocks.map(\.kind) == [.title, .heading, .listIntro] + Array(repeating: .listItem, count: 8) + [.paragraph])
    }

    @Test func sentencesSurviveAbbreviations() {
        let (l, s) = layout("Titre\nM. Traoré a rencontré le Lt-Col. Diarra et le Gén. Koné aux U.S. hier. Ils ont parlé. Fin du texte.")
        let sentences = l.sentences.filter { $0.block == 1 }.map { string(s, $0.span) }
        #expect(sentences == ["M. Traoré a rencontré le Lt-Col. Diarra et le Gén. Koné aux U.S. hier.", "Ils ont parlé.", "Fin du texte."])
    }
}
