import Testing
@testable import VeilleTUI

@Suite struct TextTests {
    @Test(arguments: [
        ("Ménaka", 6), ("e\u{301}", 1), ("«coopération»", 13), ("日本", 4), ("✅", 2), ("⚠", 1), ("a\u{200B}b", 2),
    ])
    func widths(_ text: String, _ expected: Int) {
        #expect(TextWidth.of(text) == expected)
    }

    @Test func sanitizerRemovesEscapeSequencesAndControls() {
        let hostile = "Gao\u{1B}[31mRED\u{1B}[0m\u{1B}]0;pwned\u{07}\u{8}\u{0}ok\u{9B}2Jx\u{202E}z\tend\u{1B}c!"
        let clean = Sanitizer.clean(hostile)
        #expect(clean == "GaoREDokxz end!")
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }

    @Test func gridNeverStoresControlCharacters() {
        var grid = CellGrid(size: Size(width: 20, height: 1))
        grid.put("a\u{1B}[2Jb\u{7}c", at: Point(x: 0, y: 0), role: .text)
        #expect(grid.row(0).hasPrefix("abc "))
    }

    @Test func asciiFoldKeepsWidths() {
        let text = "Ménaka – « coopération » — 日本 …"
        let folded = AsciiFold.fold(text)
        #expect(folded == "Menaka - \" cooperation \" - ???? .")
        #expect(TextWidth.of(folded) == TextWidth.of(text))
        #expect(folded.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func wideCharactersTakeTwoCellsAndClipWhole() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        let used = grid.put("a日本b", at: Point(x: 0, y: 0), role: .text, maxWidth: 4)
        #expect(used == 3)
        #expect(grid.row(0) == "a日   ")
        #expect(grid[2, 0].text.isEmpty)
    }

    @Test func asciiGridFoldsText() {
        var grid = CellGrid(size: Size(width: 12, height: 1), ascii: true)
        grid.put("Ségou → 日", at: Point(x: 0, y: 0), role: .text)
        #expect(grid.row(0) == "Segou > ??  ")
    }

    @Test func wrapKeepsPunctuationWithHighlightedWord() {
        let lines = Wrap.lines([Run("conduite par "), Run("Evkurov", .highlight), Run(", accompagné")], width: 20)
        #expect(lines.map(\.plain) == ["conduite par", "Evkurov, accompagné"])
        #expect(lines[1][0] == Run("Evkurov", .highlight))
    }

    @Test func wrapCutsWordsLongerThanTheLine() {
        let lines = Wrap.lines([Run("abcdefghij")], width: 4)
        #expect(lines.map(\.plain) == ["abcd", "efgh", "ij"])
    }
}
