import Testing
import VeilleCore
@testable import VeilleTUI

@Suite struct FrameTests {
    @Test func threePanesWithTheirItems() {
        let frame = Fixtures.frame(Fixtures.state())
        #expect(frame.pane(titled: "Delegations").contains("RU → ML  Gao"))
        #expect(frame.pane(titled: "Delegations").contains("Guennadi Ostrovski"))
        #expect(frame.pane(titled: "Regions").contains("└ Ménaka"))
        #expect(frame.pane(titled: "Planned measures").contains("organiser  des évacuations"))
        #expect(frame.row(0).contains("1 delegation · 4 regions · 4 measures"))
    }

    @Test func selectedRowIsHighlightedAndHoldsTheCursor() {
        let s = Fixtures.state().focused(.measures).after(.move(1))
        let frame = Fixtures.frame(s)
        let y = (0..<frame.size.height).first { frame.row($0).contains("▶ organiser") }!
        #expect(frame.cursor?.y == y)
        // Behind the marker, the row's words and one cell past them, nothing else.
        let x = Array(frame.row(y)).firstIndex(of: "▶")!
        let shown = "▶ organiser  des évacuations"
        #expect(frame.row(y).dropFirst(x).hasPrefix(shown + " "))
        let roles = frame.roles(y: y)
        #expect(roles.indices.filter { roles[$0] == .selection } == Array(x..<(x + shown.count + 1)))
    }

    @Test func evidenceHighlightsTheItemsWords() {
        // The fourth row of the region tree: Ménaka, under nord malien after Gao and Ansongo.
        let frame = Fixtures.frame(Fixtures.state().focused(.regions).after(.move(3)))
        let evidence = frame.pane(titled: "Evidence")
        #expect(evidence.contains("Ansongo et à Ménaka"))
        let y = (0..<frame.size.height).first { frame.row($0).contains("Ansongo et à Ménaka") }!
        let row = Array(frame.row(y))
        let x = (0..<row.count).first { String(row[$0...]).hasPrefix("Ménaka") }!
        #expect(frame[x, y].role == .highlight)
        #expect(frame[x - 2, y].role == .text)
    }

    @Test func emptyStatesInWords() {
        let empty = Article(source: "x", language: .fr, title: "Rien", lead: nil, headings: [], text: "Rien.", blocks: [], sentences: [])
        let frame = Fixtures.frame(Fixtures.state([empty]))
        #expect(frame.contains("No delegation in this article"))
        #expect(frame.contains("No region in this article"))
        #expect(frame.contains("No measure in this article"))
        // Tombouctou is in the gazetteer but nothing of the Gao article is there.
        let filtered = Fixtures.frame(Fixtures.state().after(.applyFilter(query: "Tombouctou")))
        #expect(filtered.pane(titled: "Delegations").contains("Nothing in Tombouctou"))
        #expect(filtered.pane(titled: "Planned measures").contains("Nothing in Tombouctou"))
        #expect(filtered.row(0).contains("filter: Tombouctou (ML-6)"))
    }

    @Test func readerHighlightsEveryItemAndFocusesTheSelected() throws {
        let state = Fixtures.state().focused(.regions).after(.move(2))
        let article = try #require(state.currentArticle)
        let selected = state.items(.regions)[2]
        let others = state.items(.regions).enumerated().filter { $0.offset != 2 }.flatMap(\.element.marks)
        let frame = Fixtures.frame(state.after(.open))
        // The cells in the focus colour spell the words the selected item marks, on the cursor's row.
        let y = try #require((0..<frame.size.height).first { frame.roles(y: $0).contains(.highlightFocus) })
        let focused = (0..<frame.size.width).filter { frame[$0, y].role == .highlightFocus }.map { frame[$0, y].text }.joined()
        let words = selected.marks.map { String(String.UnicodeScalarView(Array(article.text.unicodeScalars)[$0.start..<$0.end])) }
        #expect(words.contains(focused), "focused «\(focused)», the item marks \(words)")
        #expect(frame.cursor?.y == y)
        // The other items' words are highlighted too, in the plain colour.
        let plain = (0..<frame.size.height).flatMap { yy in (0..<frame.size.width).filter { frame[$0, yy].role == .highlight } }
        #expect(!others.isEmpty && !plain.isEmpty)
    }

    @Test func tooSmallSaysSo() {
        let frame = Fixtures.frame(Fixtures.state(width: 30, height: 8))
        #expect(frame.contains("Terminal too small"))
    }

    @Test func narrowLayoutShowsTabs() {
        let frame = Fixtures.frame(Fixtures.state(width: 70, height: 24).after(.nextPane))
        #expect(frame.row(1).contains("Delegations"))
        #expect(frame.row(1).contains("Regions"))
        #expect(frame.contains("┌ Regions"))
        #expect(!frame.contains("┌ Planned measures"))
    }

    @Test func hostileArticleTextIsSanitised() {
        var a = Fixtures.main
        a.title = "Evil\u{1B}]0;owned\u{07}\u{1B}[2J title"
        a.delegations[0].place = "Ga\u{1B}[31mo"
        let frame = Fixtures.frame(Fixtures.state([a]))
        #expect(!frame.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        #expect(frame.row(0).contains("Evil title"))
    }

    @Test func asciiFrameKeepsTheLayout() {
        let utf = Fixtures.frame(Fixtures.state(width: 100, height: 30))
        let ascii = Fixtures.frame(Fixtures.state(width: 100, height: 30), ascii: true)
        #expect(ascii.text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(ascii.row(5).count == utf.row(5).count)
        // "Défense" is written with its accent only; ASCII mode folds it, not drops it.
        #expect(utf.contains("de la Défense"))
        #expect(ascii.contains("de la Defense"))
    }
}
