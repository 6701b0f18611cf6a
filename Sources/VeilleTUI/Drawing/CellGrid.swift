/// The one cell buffer: every view draws into it, the terminal copies it to the
/// screen (see `NcursesTerminal.draw`), and tests read it. A golden frame is
/// therefore exactly what the user sees.
///
/// Every string goes through `TerminalText.cells`, which is what guarantees
/// that no control character from an article reaches the terminal.
public struct CellGrid: Sendable {
    public struct Cell: Sendable, Hashable {
        /// Empty for the right half of a wide character.
        public var text: String
        public var role: Role
    }

    public let size: Size
    public let ascii: Bool
    public private(set) var cells: [Cell]
    public private(set) var cursor: Point?

    public init(size: Size, ascii: Bool = false) {
        self.size = size
        self.ascii = ascii
        self.cells = Array(repeating: Cell(text: " ", role: .text), count: max(0, size.width * size.height))
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    public func row(_ y: Int) -> String {
        (0..<size.width).map { self[$0, y].text }.joined()
    }

    /// The rows with trailing spaces removed, as a golden file stores them.
    public var text: String {
        (0..<size.height).map { row($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }

    /// The roles of one row, so tests can check what is highlighted.
    public func roles(y: Int) -> [Role] {
        (0..<size.width).map { self[$0, y].role }
    }

    /// Draws one line of text, clipped to `maxWidth` columns; returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, role: Role, maxWidth: Int) -> Int {
        guard point.y >= 0, point.y < size.height, point.x >= 0 else { return 0 }
        let limit = min(maxWidth, size.width - point.x)
        var x = point.x
        for cell in TerminalText.cells(of: text, maxWidth: limit, ascii: ascii) {
            set(x, point.y, Cell(text: cell.text, role: role))
            if cell.width == 2 { set(x + 1, point.y, Cell(text: "", role: role)) }
            x += cell.width
        }
        return x - point.x
    }

    public mutating func fill(_ rect: Rect, role: Role) {
        for y in rect.y..<rect.maxY {
            for x in rect.x..<rect.maxX { set(x, y, Cell(text: " ", role: role)) }
        }
    }

    public mutating func box(_ rect: Rect, role: Role) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let g = ascii ? BoxGlyphs.ascii : BoxGlyphs.unicode
        for x in rect.x + 1..<rect.maxX - 1 {
            set(x, rect.y, Cell(text: g.horizontal, role: role))
            set(x, rect.maxY - 1, Cell(text: g.horizontal, role: role))
        }
        for y in rect.y + 1..<rect.maxY - 1 {
            set(rect.x, y, Cell(text: g.vertical, role: role))
            set(rect.maxX - 1, y, Cell(text: g.vertical, role: role))
        }
        set(rect.x, rect.y, Cell(text: g.topLeft, role: role))
        set(rect.maxX - 1, rect.y, Cell(text: g.topRight, role: role))
        set(rect.x, rect.maxY - 1, Cell(text: g.bottomLeft, role: role))
        set(rect.maxX - 1, rect.maxY - 1, Cell(text: g.bottomRight, role: role))
    }

    /// Where the hardware cursor rests, so screen readers follow the selection.
    public mutating func placeCursor(at point: Point?) {
        cursor = point
    }

    /// Draws one line of text up to the right edge; returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, role: Role) -> Int {
        put(text, at: point, role: role, maxWidth: size.width - point.x)
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let i = y * size.width + x
        // Overwriting half of a wide character must not leave the other half dangling.
        if !cell.text.isEmpty, cells[i].text.isEmpty, x > 0 {
            cells[i - 1] = Cell(text: " ", role: cells[i - 1].role)
        }
        if x + 1 < size.width, cells[i + 1].text.isEmpty, !cells[i].text.isEmpty {
            cells[i + 1] = Cell(text: " ", role: cells[i + 1].role)
        }
        cells[i] = cell
    }
}

struct BoxGlyphs {
    let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    static let unicode = BoxGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    static let ascii = BoxGlyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
