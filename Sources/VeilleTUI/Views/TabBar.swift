/// The pane names shown across the top in the single-pane layout.
enum TabBar {
    static func labels(_ panes: [PaneID]) -> [(pane: PaneID, label: String, x: Int)] {
        var x = 1
        return panes.map { pane in
            let label = " \(pane.title) "
            defer { x += TextWidth.of(label) + 1 }
            return (pane, label, x)
        }
    }

    static func pane(atColumn column: Int, panes: [PaneID]) -> PaneID? {
        labels(panes).first { column >= $0.x && column < $0.x + TextWidth.of($0.label) }?.pane
    }

    static func draw(_ state: AppState, in rect: Rect, on s: inout CellGrid) {
        s.fill(rect, role: .text)
        for tab in labels(state.panes) {
            s.put(tab.label, at: Point(x: rect.x + tab.x, y: rect.y), role: tab.pane == state.focus ? .selection : .dim,
                  maxWidth: rect.maxX - rect.x - tab.x)
        }
    }
}
