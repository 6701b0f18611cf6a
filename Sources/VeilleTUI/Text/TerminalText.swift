/// The single path from a string to terminal cells: sanitise, fold to ASCII when
/// the terminal cannot show UTF-8, and clip to a width without splitting a character.
public enum TerminalText {
    public struct Cell: Sendable, Hashable {
        public var text: String
        public var width: Int
    }

    public static func cells(of text: String, maxWidth: Int, ascii: Bool) -> [Cell] {
        guard maxWidth > 0 else { return [] }
        var result: [Cell] = []
        var used = 0
        for character in Sanitizer.clean(text) {
            let width = TextWidth.of(character)
            if width == 0 {
                // A mark with nothing to attach to would be drawn on its own by some terminals.
                if !ascii, let last = result.indices.last { result[last].text.append(character) }
                continue
            }
            guard used + width <= maxWidth else { break }
            let shown = ascii ? AsciiFold.fold(character) : String(character)
            if ascii, shown.count == width, width > 1 {
                result += shown.map { Cell(text: String($0), width: 1) }
            } else {
                result.append(Cell(text: shown, width: width))
            }
            used += width
        }
        return result
    }

    /// Shortens to `width` columns, ending with an ellipsis when something was cut.
    public static func truncate(_ text: String, to width: Int, ascii: Bool = false) -> String {
        guard width > 0 else { return "" }
        if TextWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = TextWidth.of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + (ascii ? "." : "…")
    }

    /// Pads or cuts to exactly `width` columns.
    public static func fit(_ text: String, to width: Int) -> String {
        let t = truncate(text, to: width)
        return t + String(repeating: " ", count: max(0, width - TextWidth.of(t)))
    }
}
