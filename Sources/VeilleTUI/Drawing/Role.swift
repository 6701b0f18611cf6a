/// What a cell means; a theme decides how it looks. Views only ever name roles,
/// so the same frame renders in 256 colours, 16 colours or monochrome.
public enum Role: String, Sendable, CaseIterable, Hashable {
    case text
    case dim
    case header
    case border
    case borderFocused = "border_focused"
    case title
    case selection
    case role
    case place
    case action
    case highlight
    case highlightFocus = "highlight_focus"
    case error
    case status
    case key
}
