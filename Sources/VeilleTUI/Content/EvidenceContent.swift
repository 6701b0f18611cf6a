import VeilleCore

/// What the evidence pane and the reader show for the selected item.
enum EvidenceContent {
    /// The sentences around the item's evidence, with the item's words marked.
    static func runs(article: Article, item: PaneItem) -> [Run] {
        let styled = StyledText(article)
        let marks = item.marks.map { ($0, Role.highlight) }
        var ranges = item.evidence.flatMap { span in
            article.sentences(covering: span).map(\.span)
        }
        if ranges.isEmpty { ranges = item.evidence }
        var seen: Set<Span> = []
        ranges = ranges.sorted().filter { seen.insert($0).inserted }
        var runs: [Run] = []
        for range in ranges {
            if !runs.isEmpty { runs.append(Run(" ")) }
            runs += styled.runs(range, marks: marks)
        }
        return runs
    }

    /// The evidence as wrapped lines: one paragraph, or one per block for an article.
    static func lines(article: Article, item: PaneItem, width: Int) -> [Line] {
        guard item.blockEvidence else { return Wrap.lines(runs(article: article, item: item), width: width) }
        let styled = StyledText(article)
        return item.evidence.enumerated().flatMap { i, span in
            Wrap.lines(styled.runs(span, marks: [], base: i == 0 ? .header : .text), width: width)
        }
    }
}

/// The whole article, wrapped, with every extracted item marked and the selected one in focus.
enum ReaderContent {
    static func lines(article: Article, allMarks: [Span], focus: [Span], width: Int) -> [Line] {
        let styled = StyledText(article)
        let marks = allMarks.map { ($0, Role.highlight) } + focus.map { ($0, Role.highlightFocus) }
        var lines: [Line] = []
        let blocks = article.blocks.isEmpty
            ? [Block(kind: .paragraph, span: Span(start: 0, end: styled.scalars.count))]
            : article.blocks
        for block in blocks where block.span.length > 0 {
            let base: Role = block.kind == .title || block.kind == .heading ? .header : .text
            let bullet = block.kind == .listItem ? [Run("• ", .dim)] : []
            if !lines.isEmpty, block.kind != .listItem { lines.append([]) }
            lines += Wrap.lines(bullet + styled.runs(block.span, marks: marks, base: base), width: width, indent: bullet.isEmpty ? 0 : 2)
        }
        return lines
    }

    /// The first line where a focused span appears, so opening the reader lands on the item.
    static func line(of span: Span, article: Article, width: Int) -> Int {
        let lines = lines(article: article, allMarks: [], focus: [span], width: width)
        return lines.firstIndex { $0.contains { $0.role == .highlightFocus } } ?? 0
    }
}
