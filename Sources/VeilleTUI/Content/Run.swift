/// A piece of text in one role; a line is a list of runs.
struct Run: Sendable, Hashable {
    var text: String
    var role: Role
    init(_ text: String, _ role: Role = .text) {
        self.text = text
        self.role = role
    }
}

typealias Line = [Run]

extension Array where Element == Run {
    var width: Int { reduce(0) { $0 + TextWidth.of($1.text) } }
    var plain: String { map(\.text).joined() }
}

enum Wrap {
    /// Greedy word wrap; continuation lines start with `indent` spaces. A word may
    /// span several runs (a highlighted name followed by its comma) and is never split
    /// between them; words longer than a line are cut, never dropped.
    static func lines(_ runs: [Run], width: Int, indent: Int = 0) -> [Line] {
        guard width > indent else { return [runs] }
        var lines: [Line] = []
        var line: Line = []
        var used = 0
        var lineStart = 0
        func append(_ text: String, _ role: Role) {
            if let last = line.last, last.role == role {
                line[line.count - 1].text += text
            } else {
                line.append(Run(text, role))
            }
            used += TextWidth.of(text)
        }
        func newLine() {
            if line.last?.text.hasSuffix(" ") == true {
                line[line.count - 1].text.removeLast()
                if line[line.count - 1].text.isEmpty { line.removeLast() }
            }
            lines.append(line)
            line = []
            used = 0
            lineStart = indent
            if indent > 0 { append(String(repeating: " ", count: indent), .text) }
        }
        for word in words(runs) {
            if word.isSpace {
                if used > lineStart, used < width { append(" ", word.pieces[0].role) }
                continue
            }
            let w = word.pieces.width
            if used + w > width, used > lineStart { newLine() }
            for piece in word.pieces {
                var rest = Substring(piece.text)
                while !rest.isEmpty {
                    var chunk = ""
                    while let c = rest.first, used + TextWidth.of(chunk) + TextWidth.of(c) <= width {
                        chunk.append(c)
                        rest.removeFirst()
                    }
                    if chunk.isEmpty, used == lineStart, let c = rest.first {
                        chunk.append(c)
                        rest.removeFirst()
                    }
                    if !chunk.isEmpty { append(chunk, piece.role) }
                    if !rest.isEmpty { newLine() }
                }
            }
        }
        lines.append(line)
        return lines
    }

    private struct Word {
        var pieces: [Run]
        var isSpace: Bool
    }

    private static func words(_ runs: [Run]) -> [Word] {
        var out: [Word] = []
        var current: [Run] = []
        func flush() {
            if !current.isEmpty { out.append(Word(pieces: current, isSpace: false)) }
            current = []
        }
        for run in runs {
            var piece = ""
            for c in run.text {
                if c == " " || c == "\n" || c == "\t" {
                    if !piece.isEmpty { current.append(Run(piece, run.role)); piece = "" }
                    flush()
                    out.append(Word(pieces: [Run(" ", run.role)], isSpace: true))
                } else {
                    piece.append(c)
                }
            }
            if !piece.isEmpty { current.append(Run(piece, run.role)) }
        }
        flush()
        return out
    }
}
