/// The layout of an article: its blocks (title, lead, headings, paragraphs,
/// lists) and sentences, all as scalar ranges of the normalised text.
struct DocumentLayout: Sendable {
    var blocks: [Block] = []
    var sentences: [Sentence] = []

    /// Where the line breaks and sentence marks are: the text scanner notes
    /// them in its one pass, so the layout never walks the whole text again.
    struct Landmarks: Sendable {
        var lineBreaks: [Int] = []
        /// Offsets of . ! ? and …
        var sentenceMarks: [Int] = []

        @inline(__always)
        static func isSentenceMark(_ v: UInt32) -> Bool {
            v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026
        }

        init() {}

        /// Articles hold about one line break and one sentence mark in 160
        /// bytes: room for one in 32, so the scanner's appends rarely regrow.
        init(reservingFor bytes: Int) {
            lineBreaks.reserveCapacity(bytes >> 5)
            sentenceMarks.reserveCapacity(bytes >> 5)
        }

        init(of text: [Unicode.Scalar]) {
            for (i, s) in text.enumerated() {
                if s.value == 0x0A { lineBreaks.append(i) } else if Self.isSentenceMark(s.value) { sentenceMarks.append(i) }
            }
        }
    }

    init(_ text: [Unicode.Scalar], landmarks: Landmarks? = nil) {
        let landmarks = landmarks ?? Landmarks(of: text)
        let marks = landmarks.sentenceMarks
        var previous: LineClassifier.Shape?
        var afterCue = false
        let lines = Self.lines(text, breaks: landmarks.lineBreaks)
        // At most a block per line and a sentence per mark and line: no regrowing as they are added.
        blocks.reserveCapacity(lines.count + 1)
        sentences.reserveCapacity(lines.count + marks.count + 1)
        var titled = false
        // Menus and breadcrumbs above the headline tell nothing, and are never the title.
        let headline = MenuLines.headlineIndex(text, lines)
        for (n, line) in lines.enumerated() {
            let slice = text[line]
            if n < headline {
                add(kind: .teaser, text, line, marks)
                continue
            }
            let lineShape = LineClassifier.shape(of: slice)
            var shape = lineShape
            // The last item of a ";" list closes with a period.
            if shape == .paragraph || shape == .heading, previous == .semicolonItem, slice.count < 400 {
                shape = .semicolonItem
            }
            let teaser = titled ? TeaserLines.kind(of: slice) : .none
            let titleLine = !titled
            if !titled {
                titled = true
                addTitle(text, line, marks)
            } else if teaser != .none || afterCue {
                add(kind: .teaser, text, line, marks)
            } else {
                add(kind: Self.kind(shape), text, line, marks)
            }
            afterCue = teaser == .cue
            // Only a line that really ends with ";" carries the list on.
            previous = titleLine ? nil : lineShape
        }
    }

    private static func kind(_ shape: LineClassifier.Shape) -> BlockKind {
        switch shape {
        case .bulleted, .semicolonItem: .listItem
        case .listIntro: .listIntro
        case .heading: .heading
        case .paragraph: .paragraph
        }
    }

    /// A headline and its standfirst often arrive run together on one line.
    private mutating func addTitle(_ text: [Unicode.Scalar], _ line: Range<Int>, _ marks: [Int]) {
        let parts = SentenceSplitter.split(text, line, marks: marks)
        guard parts.count > 1, let first = parts.first, let last = parts.last else {
            add(kind: .title, text, line, marks)
            return
        }
        add(kind: .title, text, first, marks)
        add(kind: .lead, text, parts[1].lowerBound..<last.upperBound, marks)
    }

    private mutating func add(kind: BlockKind, _ text: [Unicode.Scalar], _ range: Range<Int>, _ marks: [Int]) {
        let index = blocks.count
        blocks.append(Block(kind: kind, span: Span(start: range.lowerBound, end: range.upperBound)))
        SentenceSplitter.forEachSentence(text, range, marks: marks) { r in
            sentences.append(Sentence(span: Span(start: r.lowerBound, end: r.upperBound), block: index))
        }
    }

    /// Non-blank lines, trimmed of surrounding spaces.
    static func lines(_ text: [Unicode.Scalar], breaks: [Int]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        result.reserveCapacity(breaks.count + 1)
        for k in 0...breaks.count {
            let i = k < breaks.count ? breaks[k] : text.count
            var s = start
            var e = i
            while s < e, isBlank(text[s]) { s += 1 }
            while e > s, isBlank(text[e - 1]) { e -= 1 }
            if e > s { result.append(s..<e) }
            start = i + 1
        }
        return result
    }

    private static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{00A0}" || s == "\u{202F}" || s == "\u{3000}" || (s.value >= 0x2000 && s.value <= 0x200B)
    }
}
