import VeilleCore

/// state + action -> state. Nothing here touches the terminal.
public enum Reducer {
    public static func reduce(_ state: AppState, _ action: Action) -> AppState {
        var s = state
        if case .corpus(let update) = action {
            // Not a key: whatever the mode, the message and the screen's place stay.
            s.receive(update)
            s.keepSelectionVisible()
            return s
        }
        if case .resize = action {} else { s.message = nil }
        switch s.mode {
        case .help: reduceHelp(&s, action)
        case .reader: reduceReader(&s, action)
        case .picker: reducePicker(&s, action)
        case .search: reduceSearch(&s, action)
        case .people: reducePeople(&s, action)
        case .browse: reduceBrowse(&s, action)
        }
        if case .resize(let size) = action { s.size = size }
        s.keepSelectionVisible()
        return s
    }

    private static func reduceBrowse(_ s: inout AppState, _ action: Action) {
        switch action {
        case .move(let d): s.moveSelection(by: d)
        case .page(let d): s.moveSelection(by: d * max(1, s.paneRows(s.focus) / 2))
        case .first: s.setSelection(0)
        case .last: s.setSelection(Int.max)
        case .nextPane: s.cycleFocus(1)
        case .previousPane: s.cycleFocus(-1)
        case .open: s.openReader()
        case .back:
            // The narrowest first: the corpus search, the person, then the region.
            if s.corpusSearch != nil {
                s.clearCorpusSearch()
            } else if s.person != nil {
                s.setPerson(nil)
            } else if s.filter != nil {
                s.setFilter(nil)
            }
        case .toggleHelp: s.mode = .help
        case .startSearch:
            s.search = SearchState(origin: s.selected(s.focus))
            s.mode = .search
        case .searchNext(let forward): s.findNext(forward: forward, from: s.selected(s.focus) + (forward ? 1 : -1))
        case .openPicker:
            s.picker = PickerState()
            s.mode = .picker
        case .openPeople:
            s.peoplePicker = PickerState()
            s.mode = .people
        case .clearFilter: s.setFilter(nil)
        case .applyFilter(let query): s.applyFilter(query: query)
        case .nextTheme:
            s.themeIndex = (s.themeIndex + 1) % s.themeNames.count
            s.message = "Theme: \(s.themeName)"
        case .cycleSort: s.setSort(s.sort.next)
        case .click(let p): s.click(p)
        case .wheel(let p, let d):
            if let pane = s.pane(at: p) { s.focus = pane }
            s.moveSelection(by: d)
        case .quit: s.wantsQuit = true
        case .type, .deleteBackward, .resize, .redraw, .corpus: break
        }
    }

    private static func reduceHelp(_ s: inout AppState, _ action: Action) {
        switch action {
        case .quit: s.wantsQuit = true
        case .resize, .wheel, .redraw: break
        default: s.mode = .browse
        }
    }

    private static func reduceReader(_ s: inout AppState, _ action: Action) {
        let page = max(1, s.readerRows - 1)
        switch action {
        case .move(let d): s.readerTop += d
        case .wheel(_, let d): s.readerTop += d * 3
        case .page(let d): s.readerTop += d * page
        case .first: s.readerTop = 0
        case .last: s.readerTop = Int.max / 2
        case .back, .open: s.mode = .browse
        case .toggleHelp: s.mode = .help
        case .quit: s.wantsQuit = true
        default: break
        }
        s.readerTop = min(max(0, s.readerTop), max(0, s.readerLineCount - s.readerRows))
    }

    private static func reducePicker(_ s: inout AppState, _ action: Action) {
        guard var picker = s.picker else { s.mode = .browse; return }
        if picker.edit(action, count: s.pickerRows(query: picker.query).count) {
            s.picker = picker
            return
        }
        switch action {
        case .open:
            let rows = s.pickerRows(query: picker.query)
            if rows.indices.contains(picker.selected) {
                s.setFilter(ArticleRegionFilter(region: rows[picker.selected].region, among: s.allRegions, gazetteer: s.gazetteer))
            }
            s.mode = .browse
            s.picker = nil
        case .back, .openPicker:
            s.mode = .browse
            s.picker = nil
        case .clearFilter:
            s.setFilter(nil)
            s.mode = .browse
            s.picker = nil
        case .quit: s.wantsQuit = true
        default: break
        }
    }

    private static func reducePeople(_ s: inout AppState, _ action: Action) {
        guard var picker = s.peoplePicker else { s.mode = .browse; return }
        let rows = s.peopleRows(query: picker.query)
        if picker.edit(action, count: rows.count) {
            s.peoplePicker = picker
            return
        }
        switch action {
        case .open:
            if rows.indices.contains(picker.selected) { s.setPerson(rows[picker.selected]) }
            s.mode = .browse
            s.peoplePicker = nil
        case .back, .openPeople:
            s.mode = .browse
            s.peoplePicker = nil
        case .quit: s.wantsQuit = true
        default: break
        }
    }

    private static func reduceSearch(_ s: inout AppState, _ action: Action) {
        guard var search = s.search else { s.mode = .browse; return }
        switch action {
        case .type(let c):
            search.query.append(c)
            s.search = search
            s.findNext(forward: true, from: search.origin)
        case .deleteBackward:
            if !search.query.isEmpty { search.query.removeLast() }
            s.search = search
            if search.query.isEmpty { s.setSelection(search.origin) } else { s.findNext(forward: true, from: search.origin) }
        case .open:
            s.lastQuery = search.query.isEmpty ? s.lastQuery : search.query
            s.search = nil
            s.mode = .browse
            // In the article list, Enter searches every article's text, not only the titles shown.
            if s.focus == .articles, s.hasList, !search.query.trimmingSpaces().isEmpty { s.searchCorpus(search.query) }
        case .back:
            s.setSelection(search.origin)
            s.search = nil
            s.mode = .browse
        case .quit: s.wantsQuit = true
        case .move, .page, .first, .last:
            s.lastQuery = search.query
            s.search = nil
            s.mode = .browse
            reduceBrowse(&s, action)
        default: break
        }
    }
}
