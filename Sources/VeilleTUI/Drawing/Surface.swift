/// Something the views draw on: the real terminal or an in-memory grid.
///
/// Every implementation must send text through `TerminalText.cells`, which is
/// what guarantees that no control character from an article reaches the terminal.
public protocol Surface {
    var size: Size { get }
    /// Draws one line of text, clipped to `maxWidth` columns; returns the columns used.
    @discardableResult
    mutating func put(_ text: String, at point: Point, role: Role, maxWidth: Int) -> Int
    mutating func fill(_ rect: Rect, role: Role)
    mutating func box(_ rect: Rect, role: Role)
    /// Where the hardware cursor rests, so screen readers follow the selection.
    mutating func placeCursor(at point: Point?)
}

extension Surface {
    @discardableResult
    public mutating func put(_ text: String, at point: Point, role: Role) -> Int {
        put(text, at: point, role: role, maxWidth: size.width - point.x)
    }
}
