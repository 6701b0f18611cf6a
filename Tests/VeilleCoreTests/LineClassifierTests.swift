import Testing
import TestSupport
@testable import VeilleCore

/// What a line is decides which list rules read it: a list marker must be
/// told from a source in brackets, a year range or a hyphenated word.
@Suite("Line shapes of copied pages")
struct LineClassifierTests {
    @Test(arguments: [
        ("- Renforcer les patrouilles", 2), ("• Installer un poste", 2), ("\u{27A2} Recenser les puits", 2),
        ("\u{2714} Train 60 pilots", 2), ("\u{2192} Rouvrir la piste", 2), ("1. Deployment of police", 3),
        ("12) Construction of a trench", 4), ("2- Installer un poste", 3), ("3\u{00B0} Associer les chefs", 3),
        ("(3) Recenser les puits", 4), ("(b) Establish a hotline", 4), ("a) Fermer les marchés", 3),
    ])
    func listMarkersAreMeasured(_ line: String, _ length: Int) {
        #expect(LineClassifier.bulletLength(ArraySlice(Array(line.unicodeScalars))) == length)
        #expect(LineClassifier.shape(of: ArraySlice(Array(line.unicodeScalars))) == .bulleted)
    }

    @Test(arguments: [
        "(AFP) Les discussions se poursuivent.", "2021-2022 : un budget en hausse", "-5 degrés à l'aube", "(12a) renvoi",
        "Anti-drone systems will be bought.", "123. Un numéro de page", "1-0 pour les visiteurs",
    ])
    func textIsNoList(_ line: String) {
        #expect(LineClassifier.bulletLength(ArraySlice(Array(line.unicodeScalars))) == 0)
    }
}
