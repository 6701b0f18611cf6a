import VeilleCore

/// One selectable entry of a pane, already laid out for a given width.
struct PaneItem: Sendable, Hashable {
    var lines: [Line]
    /// Where the evidence pane and the reader look in the article.
    var evidence: [Span]
    /// The words to highlight inside that evidence.
    var marks: [Span]
    /// What `/` matches against.
    var searchText: String
    /// Shown but not selectable by a filter: the places around the filtered region.
    var isContext = false
    /// The evidence spans are separate blocks (an article's title and lead), each
    /// starting on its own line, the first one as a heading.
    var blockEvidence = false
}

/// Builds the items of each pane from an article. Pure, so the reducer (for scrolling
/// and clicks) and the views (for drawing) always agree on what is where.
enum PaneContent {
    static func items(_ pane: PaneID, state: AppState, width: Int) -> [PaneItem] {
        switch pane {
        case .articles: return state.rows.map { articleItem($0, width: width) }
        case .delegations: return state.currentArticle.map { delegationItems($0, width: width) } ?? []
        case .regions: return state.currentArticle.map { regionItems($0, filter: state.filter, gazetteer: state.gazetteer, width: width) } ?? []
        case .measures: return state.currentArticle.map { measureItems($0, state: state, width: width) } ?? []
        }
    }

    static func emptyMessage(_ pane: PaneID, state: AppState) -> String {
        if let person = state.person, pane == .delegations { return "No delegation with \(person.name)" }
        if let filter = state.filter, pane != .articles { return "Nothing in \(filter.region.name)" }
        switch pane {
        case .articles: return "No article"
        case .delegations: return "No delegation in this article"
        case .regions: return "No region in this article"
        case .measures: return "No measure in this article"
        }
    }

    /// Lines of every article item: the title with the counts, then the byline.
    static let articleItemHeight = 2

    /// One row of the article list. With the article itself, the item also points the evidence pane at its
    /// title and first paragraph; the list's other rows need no article.
    static func articleItem(_ row: ArticleSummary, article: Article? = nil, width: Int) -> PaneItem {
        let counts = "\(row.delegations)·\(row.regions)·\(row.measures)"
        let title = TerminalText.truncate(row.title, to: max(1, width - TextWidth.of(counts) - 1))
        let gap = max(1, width - TextWidth.of(title) - TextWidth.of(counts))
        // When and by whom, under the title: what an analyst sorts a morning's news by; the file when unknown.
        let byline = row.byline ?? fileName(row.source)
        let lines: [Line] = [[Run(title), Run(String(repeating: " ", count: gap)), Run(counts, .dim)],
                             [Run(TerminalText.truncate(byline, to: max(1, width - 2)), .dim)]]
        // The title and the paragraph after it: what the article is about.
        let opening = article?.blocks.prefix(2).map(\.span) ?? []
        let evidence = opening.isEmpty ? article.map { [Span(start: 0, end: min(200, $0.text.unicodeScalars.count))] } ?? [] : opening
        return PaneItem(lines: lines, evidence: evidence, marks: [], searchText: row.title + " " + (row.byline ?? ""),
                        blockEvidence: !opening.isEmpty)
    }

    private static func fileName(_ source: String) -> String {
        source.split(separator: "/").last.map(String.init) ?? source
    }

    private static func delegationItems(_ article: Article, width: Int) -> [PaneItem] {
        article.delegations.map { d in
            var head: [Run] = [Run("\(d.from ?? "?") → \(d.to ?? "?")", .header)]
            if let place = d.place { head += [Run("  "), Run(place, .place)] }
            var lines = Wrap.lines(head, width: width, indent: 2)
            for leader in d.leaders {
                lines += Wrap.lines([Run(leader.name)], width: width, indent: 2)
                if let role = leader.role {
                    lines += Wrap.lines([Run("\u{00A0}\u{00A0}" + role, .role)], width: width, indent: 4)
                }
            }
            for (mark, people) in [("+", d.members), ("←", d.hosts)] {
                for p in people {
                    var runs = [Run("\(mark) "), Run(p.name)]
                    if let role = p.role { runs += [Run(", "), Run(role, .role)] }
                    lines += Wrap.lines(runs, width: width, indent: 2)
                }
            }
            let names = d.people.map(\.name) + [d.from, d.to, d.place].compactMap { $0 } + d.people.compactMap(\.role)
            return PaneItem(
                lines: lines, evidence: d.evidence, marks: d.people.flatMap(\.mentions),
                searchText: names.joined(separator: " ")
            )
        }
    }

    private static func measureItems(_ article: Article, state: AppState, width: Int) -> [PaneItem] {
        let regionNames = Dictionary(state.allRegions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return article.measures.map { m in
            var runs = actionRuns(m)
            let places = m.regions.compactMap { regionNames[$0] }
            let unnamed = places.filter { !fold(m.text).contains(fold($0)) }
            if !unnamed.isEmpty { runs += [Run("  "), Run(unnamed.joined(separator: ", "), .place)] }
            return PaneItem(
                lines: Wrap.lines(runs, width: width), evidence: m.evidence, marks: m.evidence,
                searchText: m.text + " " + places.joined(separator: " ")
            )
        }
    }

    /// "L’augmentation des sessions…" shown as "augmentation" (highlighted) + "des sessions…",
    /// so the eye finds the verb of every measure in the same column.
    static func actionRuns(_ m: Measure) -> [Run] {
        let words = Array(m.text)
        let folded = words.map { fold(String($0)) }
        // Spaces fold to nothing character by character, so compare without them ("mise en place").
        let action = fold(m.action).filter { $0 != " " }
        var start: Int?
        if !action.isEmpty {
            for i in words.indices where folded[i...].joined().hasPrefix(action) {
                start = i
                break
            }
        }
        guard let start else { return [Run(m.action, .action), Run("  "), Run(m.text)] }
        var end = start
        var matched = ""
        while end < words.count, matched.count < action.count {
            matched += folded[end]
            end += 1
        }
        let rest = String(words[end...]).trimmingSpaces()
        return [Run(String(words[start..<end]), .action), Run("  "), Run(rest)]
    }

    private static func regionItems(_ article: Article, filter: ArticleRegionFilter?, gazetteer: Gazetteer, width: Int) -> [PaneItem] {
        let byID = Dictionary(article.regions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let parents = RegionTree.parents(article.regions, gazetteer: gazetteer)
        return RegionTree.rows(article.regions, gazetteer: gazetteer).map { row in
            let r = row.region
            let isContext = filter.map { !$0.contains(regionID: r.id) } ?? false
            let nameRole: Role = isContext ? .dim : .place
            let code = shownCode(r, parent: parents[r.id].flatMap { byID[$0] }) ?? ""
            let right = TerminalText.truncate(code, to: 7).leftPadded(to: 7) + "  " + (r.country ?? "").padded(to: 2)
                + " " + "\(r.mentions.count)".leftPadded(to: 2)
            // Columns stay aligned; a name may run into an empty code column.
            var rightText = Substring(right)
            while rightText.first == " " { rightText.removeFirst() }
            let nameWidth = max(1, width - TextWidth.of(String(rightText)) - 1)
            let fitted = TerminalText.truncate(row.prefix + r.name, to: nameWidth)
            let pad = String(repeating: " ", count: max(0, nameWidth - TextWidth.of(fitted)) + 1)
            let nameRuns = [Run(String(fitted.prefix(row.prefix.count)), .dim), Run(String(fitted.dropFirst(row.prefix.count)), nameRole)]
            return PaneItem(
                // The blanks between name and numbers share the numbers' role: fewer colour switches.
                lines: [nameRuns + [Run(pad + rightText, .dim)]], evidence: r.mentions, marks: r.mentions,
                searchText: [r.name, r.iso3166_2 ?? "", r.country ?? ""].joined(separator: " "), isContext: isContext
            )
        }
    }
}

extension PaneContent {
    /// A town carries the code of the region it lies in: shown only when that region
    /// is not already its parent in the tree (Ansongo under Gao needs no ML-7).
    static func shownCode(_ r: Region, parent: Region?) -> String? {
        guard let code = r.iso3166_2 else { return nil }
        return code == parent?.iso3166_2 && r.id != code ? nil : code
    }
}

extension String {
    func padded(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - TextWidth.of(self))) }
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - TextWidth.of(self))) + self }
}
