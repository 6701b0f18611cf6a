#if DEBUG
import VeilleCore

/// Builds `Article` values by hand until the core library's parser is merged:
/// the spans are found by searching the text, so fixtures stay readable.
public struct ArticleSketch {
    public let text: String
    private let scalars: [Unicode.Scalar]

    public init(lines: [String]) {
        text = lines.joined(separator: "\n")
        scalars = Array(text.unicodeScalars)
    }

    /// The span of the `occurrence`-th appearance of `needle` (0-based); empty when absent.
    public func span(_ needle: String, occurrence: Int = 0) -> Span {
        let n = Array(needle.unicodeScalars)
        var seen = 0
        guard !n.isEmpty, n.count <= scalars.count else { return Span(start: 0, end: 0) }
        for i in 0...(scalars.count - n.count) where scalars[i..<i + n.count].elementsEqual(n) {
            if seen == occurrence { return Span(start: i, end: i + n.count) }
            seen += 1
        }
        return Span(start: 0, end: 0)
    }

    /// Lines as blocks (the first is the title) and sentences cut after ". ".
    public func structure() -> (blocks: [Block], sentences: [Sentence]) {
        var blocks: [Block] = []
        var sentences: [Sentence] = []
        var start = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let length = line.unicodeScalars.count
            let kind: BlockKind = index == 0 ? .title : (line.hasSuffix(".") || line.hasSuffix(";") ? .paragraph : .heading)
            blocks.append(Block(kind: kind, span: Span(start: start, end: start + length)))
            var sentenceStart = start
            let lineScalars = Array(line.unicodeScalars)
            for (offset, scalar) in lineScalars.enumerated() where scalar == "." || scalar == ";" {
                let isEnd = offset + 1 == lineScalars.count || lineScalars[offset + 1] == " "
                guard isEnd else { continue }
                sentences.append(Sentence(span: Span(start: sentenceStart, end: start + offset + 1), block: blocks.count - 1))
                sentenceStart = start + offset + 2
            }
            if sentenceStart < start + length {
                sentences.append(Sentence(span: Span(start: sentenceStart, end: start + length), block: blocks.count - 1))
            }
            start += length + 1
        }
        return (blocks, sentences)
    }
}
#endif
