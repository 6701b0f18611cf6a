/// state + size -> frame: the whole screen, drawn from scratch every time. The
/// ncurses surface diffs frames, so redrawing everything costs nothing on the wire.
public enum DashboardView {
    public static func render(_ state: AppState, into s: inout CellGrid) {
        var state = state
        if state.size != s.size { state = Reducer.reduce(state, .resize(s.size)) }
        let layout = state.layout
        s.fill(Rect(x: 0, y: 0, width: s.size.width, height: s.size.height), role: .text)
        guard layout.kind != .tooSmall else {
            drawTooSmall(state, on: &s)
            return
        }
        HeaderView.draw(state, in: layout.header, on: &s)
        var cursor: Point?
        switch state.mode {
        case .reader:
            cursor = ReaderView.draw(state, on: &s)
        default:
            if let tabs = layout.tabs { TabBar.draw(state, in: tabs, on: &s) }
            for pane in state.panes {
                guard let rect = layout.panes[pane] else { continue }
                if let c = PaneView.draw(pane, state, in: rect, on: &s) { cursor = c }
            }
            if let evidence = layout.evidence { EvidenceView.draw(state, in: evidence, on: &s) }
        }
        switch state.mode {
        case .help: HelpView.draw(state, on: &s)
        case .picker: cursor = PickerView.draw(state, on: &s)
        case .people: cursor = PeopleView.draw(state, on: &s)
        default: break
        }
        if let c = StatusView.draw(state, in: layout.status, on: &s) { cursor = c }
        s.placeCursor(at: cursor)
    }

    private static func drawTooSmall(_ state: AppState, on s: inout CellGrid) {
        let lines = ["Terminal too small", "\(s.size.width)x\(s.size.height), need \(Layout.minimum.width)x\(Layout.minimum.height)", "q quits"]
        let top = max(0, s.size.height / 2 - 1)
        for (i, line) in lines.enumerated() {
            let x = max(0, (s.size.width - TextWidth.of(line)) / 2)
            s.put(line, at: Point(x: x, y: top + i), role: i == 0 ? .error : .dim)
        }
        s.placeCursor(at: nil)
    }
}
