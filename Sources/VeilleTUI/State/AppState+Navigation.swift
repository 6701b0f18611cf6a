import VeilleCore

extension AppState {
    var layout: Layout { Layout.compute(size: size, panes: panes, focus: focus) }

    func items(_ pane: PaneID) -> [PaneItem] {
        guard let rect = layout.panes[pane] ?? layout.panes.values.first else { return [] }
        return PaneContent.items(pane, state: self, width: Layout.itemWidth(rect))
    }

    /// The pane's items, the article list's built only when asked for.
    func list(_ pane: PaneID) -> PaneList {
        let width = (layout.panes[pane] ?? layout.panes.values.first).map(Layout.itemWidth) ?? 1
        return pane == .articles ? PaneList(rows: rows, width: width) : PaneList(items: PaneContent.items(pane, state: self, width: width))
    }

    func paneRows(_ pane: PaneID) -> Int {
        max(1, (layout.panes[pane]?.inner.height) ?? 1)
    }

    /// The item the evidence pane describes.
    var selectedItem: PaneItem? {
        if focus == .articles {
            guard let row = currentRow, let rect = layout.panes[.articles] else { return nil }
            return PaneContent.articleItem(row, article: currentArticle, width: Layout.itemWidth(rect))
        }
        let list = list(focus)
        return (0..<list.count).contains(selected(focus)) ? list.item(selected(focus)) : nil
    }

    mutating func setSelection(_ index: Int) {
        let count = list(focus).count
        let clamped = min(max(0, index), max(0, count - 1))
        if focus == .articles, clamped != selected(.articles) {
            // Another article: its items start from the top.
            for pane in PaneID.allCases where pane != .articles { selection[pane] = 0; top[pane] = 0 }
        }
        selection[focus] = clamped
    }

    mutating func moveSelection(by delta: Int) {
        setSelection(selected(focus) + delta)
    }

    mutating func cycleFocus(_ step: Int) {
        let list = panes
        guard let i = list.firstIndex(of: focus) else { focus = list[0]; return }
        focus = list[(i + step + list.count) % list.count]
    }

    mutating func keepSelectionVisible() {
        for pane in panes where layout.panes[pane] != nil {
            let heights = list(pane).heights
            top[pane] = Viewport.top(
                heights: heights, selected: selected(pane), currentTop: top[pane] ?? 0, visibleRows: paneRows(pane)
            )
        }
    }

    // MARK: Reader

    var readerRect: Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 2) }
    var readerRows: Int { max(1, readerRect.inner.height) }
    var readerWidth: Int { max(1, readerRect.inner.width - 2) }

    var readerMarks: (all: [Span], focus: [Span]) {
        guard let article = currentArticle else { return ([], []) }
        let all = article.delegations.flatMap { $0.people.flatMap(\.mentions) }
            + article.regions.flatMap(\.mentions) + article.measures.flatMap(\.evidence)
        return (all, focus == .articles ? [] : (selectedItem?.marks ?? []))
    }

    var readerLineCount: Int {
        guard let article = currentArticle else { return 0 }
        return ReaderContent.lines(article: article, allMarks: [], focus: [], width: readerWidth).count
    }

    mutating func openReader() {
        guard let article = currentArticle else { return }
        mode = .reader
        let target = readerMarks.focus.min()
        let line = target.map { ReaderContent.line(of: $0, article: article, width: readerWidth) } ?? 0
        readerTop = min(max(0, line - 2), max(0, readerLineCount - readerRows))
    }

    // MARK: Region filter

    mutating func setFilter(_ newFilter: ArticleRegionFilter?) {
        let open = currentRow?.id
        filter = newFilter
        pendingRegion = nil
        narrowRows(keeping: open)
        for pane in PaneID.allCases where pane != .articles { selection[pane] = 0; top[pane] = 0 }
        // Land on the filtered region itself, not on the places shown around it for context.
        selection[.regions] = max(0, PaneContent.items(.regions, state: self, width: 80).firstIndex { !$0.isContext } ?? 0)
        // An emptied pane would leave the evidence blank: show the region the user chose instead.
        if newFilter != nil, focus != .articles, list(focus).count == 0 { focus = .regions }
        message = newFilter.map { "Filter: \($0.label)" } ?? "Filter cleared"
    }

    mutating func applyFilter(query: String) {
        if let f = ArticleRegionFilter(query: query, among: allRegions, gazetteer: gazetteer) {
            setFilter(f)
        } else {
            message = "No region matches “\(query)”"
        }
    }

    func pickerRows(query: String) -> [RegionTree.Row] {
        let rows = RegionTree.rows(allRegions, gazetteer: gazetteer)
        let q = fold(query)
        guard !q.isEmpty else { return rows }
        // Matches are shown flat: tree connectors would point at rows that are not there.
        return rows.map { RegionTree.Row(region: $0.region, depth: 0, prefix: "") }.filter { row in
            [row.region.name, row.region.iso3166_2 ?? "", row.region.country ?? "", row.region.id]
                .contains { fold($0).contains(q) }
        }
    }

    // MARK: Search

    mutating func findNext(forward: Bool, from start: Int) {
        guard let query = search?.query ?? lastQuery, !query.isEmpty else {
            message = "No search yet: press /"
            return
        }
        let list = list(focus)
        guard list.count > 0 else { return }
        let q = fold(query)
        let n = list.count
        for step in 0..<n {
            let i = ((forward ? start + step : start - step) % n + n) % n
            if fold(list.searchText(i)).contains(q) {
                setSelection(i)
                return
            }
        }
        message = "No match for “\(query)” in \(focus.title)"
    }

    /// Lists the articles whose title or text holds every word, through the store (the index's full-text
    /// search); the region filter still applies. Nothing found leaves the list as it was.
    mutating func searchCorpus(_ query: String) {
        let found = store.search(query)
        guard !found.isEmpty else {
            message = "No article holds “\(query)”"
            return
        }
        let open = currentRow?.id
        corpusSearch = (query, found)
        narrowRows(keeping: open)
        message = "“\(query)”: \(found.count) article\(found.count == 1 ? "" : "s") in the corpus · Esc lists all"
    }

    /// The people whose spellings hold the typed text, the most seen first.
    func peopleRows(query: String) -> [PersonEntry] {
        let q = fold(query.trimmingSpaces())
        guard !q.isEmpty else { return store.people }
        return store.people.filter { $0.spellings.contains { fold($0).contains(q) } }
    }

    /// Narrows the list to the articles about `entry` (nil: every article again), the open one kept.
    mutating func setPerson(_ entry: PersonEntry?) {
        let open = currentRow?.id
        person = entry
        narrowRows(keeping: open)
        selection[.delegations] = 0
        top[.delegations] = 0
        message = entry.map { "Person: \($0.name) · \($0.articles.count) article\($0.articles.count == 1 ? "" : "s") · Esc lists all" }
            ?? "Person cleared"
    }

    mutating func clearCorpusSearch() {
        let open = currentRow?.id
        corpusSearch = nil
        narrowRows(keeping: open)
        message = "Search cleared"
    }

    // MARK: Mouse

    func pane(at point: Point) -> PaneID? {
        layout.panes.first { $0.value.contains(point) }?.key
    }

    mutating func click(_ point: Point) {
        if let tabs = layout.tabs, tabs.contains(point) {
            if let pane = TabBar.pane(atColumn: point.x, panes: panes) { focus = pane }
            return
        }
        guard let pane = pane(at: point), let rect = layout.panes[pane] else { return }
        focus = pane
        let heights = list(pane).heights
        let row = point.y - rect.inner.y
        for (index, start) in Viewport.visible(heights: heights, top: top[pane] ?? 0, visibleRows: paneRows(pane))
        where row >= start && row < start + heights[index] {
            setSelection(index)
        }
    }

    /// Reorders the article list and keeps the open article selected.
    mutating func setSort(_ order: ArticleSort) {
        let open = currentRow?.id
        sort = order
        all = order.sorted(all)
        narrowRows(keeping: open)
        message = "Articles: \(order.label)"
    }

    /// Rows, progress and failures from the background load. The open article stays selected and on the
    /// same screen row while rows arrive above or below it.
    mutating func receive(_ update: CorpusUpdate) {
        loading = update.progress
        if let notice = update.notice { watchNotice = notice }
        if !update.failures.isEmpty {
            failures += update.failures
            message = failures.count == 1 ? failures[0] : "\(failures[0]) (and \(failures.count - 1) more)"
        }
        guard let newRows = update.rows else { return }
        let before = selected(.articles)
        let open = currentRow?.id
        let wasList = hasList
        if let store = update.store {
            self.store = store
            // Articles that arrived may hold the words too.
            if let q = corpusSearch?.query { corpusSearch = (q, store.search(q)) }
        }
        all = sort.sorted(newRows)
        narrowRows(keeping: open)
        if open != nil, let t = top[.articles] { top[.articles] = max(0, t + selected(.articles) - before) }
        // The list appears once there are several articles to choose from.
        if !wasList, hasList, focus != .articles, open == nil { focus = .articles }
        applyPendingRegion(loaded: update.progress == nil)
    }

    /// The command line's region, once an article names it; said to match nothing only when all are in.
    mutating func applyPendingRegion(loaded: Bool) {
        guard let query = pendingRegion else { return }
        if let f = ArticleRegionFilter(query: query, among: allRegions, gazetteer: gazetteer) {
            pendingRegion = nil
            setFilter(f)
        } else if loaded {
            pendingRegion = nil
            message = "No region matches “\(query)”"
        }
    }

    /// The list's rows for the filter, the open article kept selected when it is still listed. One article
    /// alone is never filtered out: its panes say what the region leaves of it.
    mutating func narrowRows(keeping open: Int64?) {
        var kept: Set<Int64>? = corpusSearch?.found
        if let person { kept = kept.map { $0.intersection(person.articles) } ?? person.articles }
        if let filter, hasList {
            let named = store.articles(inRegions: filter.inside)
            kept = kept.map { $0.intersection(named) } ?? named
        }
        if let kept, hasList { rows = all.filter { kept.contains($0.id) } } else { rows = all }
        if let open, let i = rows.firstIndex(where: { $0.id == open }) {
            selection[.articles] = i
        } else {
            selection[.articles] = 0
            top[.articles] = 0
        }
    }
}
