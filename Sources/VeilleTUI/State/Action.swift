/// What can happen to the dashboard, independent of which key or click caused it.
public enum Action: Sendable, Hashable {
    case move(Int)
    case page(Int)
    case first
    case last
    case nextPane
    case previousPane
    case focus(PaneID)
    case open
    case back
    case toggleHelp
    case startSearch
    case searchNext(forward: Bool)
    case openPicker
    case clearFilter
    case applyFilter(query: String)
    case nextTheme
    case type(Character)
    case deleteBackward
    case click(Point)
    case wheel(Point, Int)
    case resize(Size)
    case quit
}
