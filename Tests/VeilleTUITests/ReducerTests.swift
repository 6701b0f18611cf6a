import Foundation
import Testing
import TestSupport
import VeilleCore
@testable import VeilleTUI

@Suite struct ReducerTests {
    @Test func startsOnDelegationsWithOneArticleAndOnArticlesWithSeveral() {
        #expect(Fixtures.state().focus == .delegations)
        #expect(Fixtures.state(Fixtures.two).focus == .articles)
    }

    @Test func tabCyclesPanesBothWays() {
        let s = Fixtures.state()
        #expect(s.after(.nextPane).focus == .regions)
        #expect(s.after(.nextPane, .nextPane, .nextPane).focus == .delegations)
        #expect(s.after(.previousPane).focus == .measures)
    }

    @Test func selectionIsClampedAndMovesTheEvidence() {
        let s = Fixtures.state().focused(.measures)
        let before = s.selectedItem?.evidence
        let moved = s.after(.move(1))
        #expect(moved.selected(.measures) == 1)
        #expect(moved.selectedItem?.evidence != before)
        #expect(moved.after(.last).selected(.measures) == 3)
        #expect(moved.after(.last, .move(5)).selected(.measures) == 3)
        #expect(moved.after(.first, .move(-1)).selected(.measures) == 0)
    }

    @Test func choosingAnotherArticleResetsItemSelections() {
        let s = Fixtures.state(Fixtures.two).focused(.measures).after(.move(2)).focused(.articles).after(.move(1))
        #expect(s.selected(.measures) == 0)
        #expect(s.currentArticle?.source == TestSupport.Fixtures.path("fr-liste-numerotee-tillaberi"))
        #expect(s.items(.measures).first?.searchText.hasPrefix("Le renforcement des effectifs") == true)
    }

    /// Gao keeps the delegation received there, the measure at Ansongo (a town inside
    /// Gao) and the one at Gao; Ménaka goes; "nord malien" stays as context around Gao.
    @Test func regionFilterFollowsNestingInEveryPane() {
        let s = Fixtures.state().after(.applyFilter(query: "gao"))
        #expect(s.filter?.region.id == "ML-7")
        let article = s.currentArticle!
        #expect(article.delegations.map(\.place) == ["Gao"])
        #expect(article.measures.map(\.action) == ["renforcer", "organiser"])
        #expect(Set(article.regions.map(\.name)) == ["Gao", "Ansongo", "nord malien"])
        #expect(s.items(.regions).filter(\.isContext).map(\.searchText) == ["nord malien  ML"])
        #expect(s.items(.regions)[s.selected(.regions)].searchText.hasPrefix("Gao"))
        #expect(s.after(.clearFilter).filter == nil)
        #expect(s.after(.back).filter == nil)
    }

    /// The measures tied only to towns of Tillabéri (Téra, Makalondi, Ayorou) are kept,
    /// the zone des trois frontières is not inside it; Sahel holds all of Gao's places,
    /// some of them three levels down, and the two measures tied to them.
    @Test func filterOnAParentKeepsWhatIsInside() {
        let s = Fixtures.state([RealArticles.tillaberi]).after(.applyFilter(query: "TILLABERI"))
        #expect(s.filter?.region.id == "NE-6")
        #expect(s.currentArticle?.measures.map(\.action) == ["renforcement", "construction"])
        #expect(Set(s.currentArticle?.regions.map(\.name) ?? []) == ["Tillabéri", "Téra", "Ayorou", "Makalondi"])
        let sahel = Fixtures.state().after(.applyFilter(query: "Sahel"))
        #expect(sahel.filter != nil)
        #expect(sahel.currentArticle?.regions.count == 4)
        #expect(sahel.currentArticle?.measures.map(\.action) == ["renforcer", "organiser"])
    }

    @Test func unknownRegionLeavesAMessage() {
        let s = Fixtures.state().focused(.measures).after(.move(1), .applyFilter(query: "Atlantis"))
        #expect(s.filter == nil)
        #expect(s.message?.contains("Atlantis") == true)
        #expect(s.currentArticle?.measures.count == 4)
        #expect(s.selected(.measures) == 1)
    }

    /// A place no open article names still filters, through the gazetteer: every pane empties.
    @Test func gazetteerPlaceNotInTheArticleFiltersEverythingOut() {
        let s = Fixtures.state().after(.applyFilter(query: "Tombouctou"))
        #expect(s.filter?.region.id == "ML-6")
        #expect(s.currentArticle?.delegations.isEmpty == true)
        #expect(s.currentArticle?.measures.isEmpty == true)
        #expect(s.items(.regions).allSatisfy { $0.isContext })
    }

    @Test func pickerTypeAheadIgnoresCaseAndAccents() {
        var s = Fixtures.state().after(.openPicker)
        for c in "MENA" { s = s.after(.type(c)) }
        #expect(s.pickerRows(query: s.picker!.query).map(\.region.name) == ["Ménaka"])
        let applied = s.after(.open)
        #expect(applied.mode == .browse)
        #expect(applied.filter?.region.name == "Ménaka")
        #expect(Fixtures.state().after(.openPicker, .back).filter == nil)
    }

    @Test func incrementalSearchAndNextMatch() {
        var s = Fixtures.state().focused(.measures).after(.startSearch)
        // Accents ignored: "évacuations" is the second measure.
        for c in "evacuation" { s = s.after(.type(c)) }
        #expect(s.selected(.measures) == 1)
        for _ in "evacuation" { s = s.after(.deleteBackward) }
        #expect(s.selected(.measures) == 0)
        for c in "radar" { s = s.after(.type(c)) }
        #expect(s.selected(.measures) == 2)
        s = s.after(.open)
        #expect(s.mode == .browse)
        #expect(s.after(.searchNext(forward: true)).selected(.measures) == 2)
        let cancelled = Fixtures.state().focused(.measures).after(.move(1), .startSearch, .type("z"), .type("q"), .back)
        #expect(cancelled.selected(.measures) == 1)
        #expect(cancelled.mode == .browse)
    }

    @Test func readerOpensAtTheSelectedItemAndScrolls() {
        let s = Fixtures.state(width: 120, height: 12).focused(.measures).after(.last, .open)
        #expect(s.mode == .reader)
        #expect(s.readerTop > 0)
        let frame = Fixtures.frame(s)
        #expect(frame.contains("munitions guidées"))
        #expect(s.after(.first).readerTop == 0)
        #expect(s.after(.back).mode == .browse)
        #expect(s.after(.last).readerTop == s.readerLineCount - s.readerRows)
    }

    @Test func helpClosesOnAnyKey() {
        let s = Fixtures.state().after(.toggleHelp)
        #expect(s.mode == .help)
        #expect(s.after(.move(1)).mode == .browse)
        #expect(s.after(.quit).wantsQuit)
    }

    @Test func themesCycle() {
        let s = Fixtures.state()
        #expect(s.after(.nextTheme).themeName == "light")
        #expect(s.after(.nextTheme, .nextTheme, .nextTheme).themeName == "default")
    }

    @Test func clickFocusesAndSelects() {
        let s = Fixtures.state().focused(.measures)
        let regions = s.layout.panes[.regions]!
        let clicked = s.after(.click(Point(x: regions.x + 3, y: regions.inner.y + 2)))
        #expect(clicked.focus == .regions)
        #expect(clicked.selected(.regions) == 2)
        let wheeled = s.after(.wheel(Point(x: regions.x + 3, y: regions.y + 3), 1))
        #expect(wheeled.focus == .regions)
        #expect(wheeled.selected(.regions) == 1)
    }

    @Test func scrollingKeepsTheSelectedItemVisible() {
        let s = Fixtures.state(width: 60, height: 14).focused(.measures).after(.last)
        #expect((s.top[.measures] ?? 0) > 0)
        let frame = Fixtures.frame(s)
        #expect(frame.pane(titled: "Planned measures").contains("▶ faire"))
        #expect(!frame.pane(titled: "Planned measures").contains("renforcer"))
    }

    @Test func keyMapDependsOnMode() {
        let browse = Fixtures.state()
        #expect(KeyDispatch.action(for: .character("q"), in: browse) == .quit)
        #expect(KeyDispatch.action(for: .character("j"), in: browse) == .move(1))
        let search = browse.after(.startSearch)
        #expect(KeyDispatch.action(for: .character("q"), in: search) == .type("q"))
        #expect(KeyDispatch.action(for: .escape, in: search) == .back)
        let reader = browse.after(.open)
        #expect(KeyDispatch.action(for: .character("q"), in: reader) == .back)
        let picker = browse.after(.openPicker)
        #expect(KeyDispatch.action(for: .character("R"), in: picker) == .clearFilter)
    }
}

/// Over several articles the region filter narrows the list to those naming the region.
@Suite("Filtering the article list")
struct ArticleListFilterTests {
    @Test func theListKeepsTheArticlesNamingThePlaceOrAPlaceInsideIt() throws {
        let s = Fixtures.state(RealArticles.samples)
        let filtered = s.after(.applyFilter(query: "nord malien"))
        let filter = try #require(RegionFilter(query: "nord malien", gazetteer: TestCore.gazetteer))
        let expected = RealArticles.samples.filter { a in a.regions.contains { filter.contains(regionID: $0.id) } }.map(\.source)
        #expect(!expected.isEmpty && expected.count < s.all.count)
        #expect(Set(filtered.rows.map(\.source)) == Set(expected))
        #expect(filtered.all == s.all, "the corpus is unchanged")
        #expect(filtered.after(.clearFilter).rows == s.all)
    }

    @Test func theOpenArticleStaysOpenWhenItIsStillListed() throws {
        let s = Fixtures.state(RealArticles.samples)
        let gao = try #require(s.rows.firstIndex { $0.source.contains("gao") })
        let open = s.after(.move(gao))
        let filtered = open.after(.applyFilter(query: "Gao"))
        #expect(filtered.currentRow?.source == open.currentRow?.source)
        #expect(filtered.after(.clearFilter).currentRow?.source == open.currentRow?.source)
    }
}

/// The article list's orders, cycled by `s`.
@Suite("Sorting the articles")
struct ArticleSortTests {
    @Test func newestFirstThenOutletTitleAndDelegations() {
        var s = Fixtures.state(RealArticles.samples).after(.move(2))
        #expect(s.sort == .date)
        let dates = s.rows.compactMap(\.published)
        #expect(dates.count == s.rows.count && dates == dates.sorted(by: >))
        let open = s.currentArticle?.source
        for expected in [ArticleSort.outlet, .title, .delegations, .date] {
            s = s.after(.cycleSort)
            #expect(s.sort == expected)
            // The open article stays open whatever the order.
            #expect(s.currentArticle?.source == open)
            #expect(s.message == "Articles: \(expected.label)")
        }
        let byOutlet = ArticleSort.outlet.sorted(s.rows).map(\.outlet)
        // Those without an outlet come last.
        #expect(byOutlet.drop { $0 != nil }.allSatisfy { $0 == nil })
        let byCount = ArticleSort.delegations.sorted(s.rows).map(\.delegations)
        #expect(byCount == byCount.sorted(by: >))
        let byTitle = ArticleSort.title.sorted(s.rows).map { fold($0.title) }
        #expect(byTitle == byTitle.sorted())
    }

    @Test func tiesKeepTheirOrder() {
        let two = Fixtures.two.enumerated().map { k, a -> ArticleSummary in
            var row = ArticleSummary(a, id: Int64(k))
            row.published = nil
            row.outlet = nil
            return row
        }
        #expect(ArticleSort.date.sorted(two).map(\.source) == two.map(\.source))
        #expect(ArticleSort.outlet.sorted(two.reversed()).map(\.source) == two.reversed().map(\.source))
    }
}

/// Enter on a search in the article list asks the store for every article whose text holds the words.
@Suite("Searching the corpus")
struct CorpusSearchTests {
    @Test func enterInTheListSearchesTheTextsNotTheTitles() throws {
        let s = Fixtures.state(RealArticles.samples).focused(.articles)
        // Whole words, as the index's full-text search matches them.
        let query = "Hélicoptères"
        let expected = Set(RealArticles.samples.filter { a in
            fold(a.title + " " + a.text).split { !$0.isLetter }.contains("helicopteres")
        }.map(\.source))
        #expect(!expected.isEmpty && expected.count < s.all.count)
        let found = s.after(.startSearch).typing(query).after(.open)
        #expect(Set(found.rows.map(\.source)) == expected)
        #expect(found.corpusSearch?.query == query)
        #expect(Fixtures.frame(found).row(0).contains("search: Hélicoptères"))
        // Esc lists everything again; a second Esc would clear the region filter.
        let cleared = found.after(.back)
        #expect(cleared.rows == s.all && cleared.corpusSearch == nil)
    }

    @Test func theRegionFilterStillApplies() throws {
        let s = Fixtures.state(RealArticles.samples).focused(.articles).after(.applyFilter(query: "Gao"))
        let both = s.after(.startSearch).typing("de").after(.open)
        let inGao = Set(s.rows.map(\.id))
        #expect(!both.rows.isEmpty && both.rows.allSatisfy { inGao.contains($0.id) })
        #expect(both.filter != nil)
    }

    @Test func nothingFoundKeepsTheListAndSaysSo() {
        let s = Fixtures.state(RealArticles.samples).focused(.articles)
        let none = s.after(.startSearch).typing("zqxw").after(.open)
        #expect(none.rows == s.all && none.corpusSearch == nil)
        #expect(none.message == "No article holds “zqxw”")
    }

    @Test func inAnotherPaneEnterKeepsTheSearchOnly() {
        let s = Fixtures.state(RealArticles.samples).focused(.regions)
        let kept = s.after(.startSearch).typing("gao").after(.open)
        #expect(kept.corpusSearch == nil && kept.rows == s.all)
    }
}

/// What the background load delivers, as the reducer receives it.
@Suite("Receiving the corpus while it loads")
struct CorpusReceiveTests {
    static func update(_ articles: [Article], done: Bool) -> CorpusUpdate {
        let store = MemoryArticleStore(articles)
        return CorpusUpdate(serial: articles.count, rows: store.summaries, store: store,
                            progress: done ? nil : LoadProgress(stage: "parsing", done: articles.count, total: 99))
    }

    @Test func rowsArrivingKeepTheOpenArticleUnderTheCursor() throws {
        let samples = RealArticles.samples
        let empty = AppState(store: MemoryArticleStore([]), summaries: [], gazetteer: TestCore.gazetteer, size: Size(width: 120, height: 40))
        let first = Reducer.reduce(empty, .corpus(Self.update(Array(samples.prefix(3)), done: false)))
        #expect(first.focus == .articles && first.rows.count == 3)
        #expect(Fixtures.frame(first).row(0).contains("parsing 3%"))
        let open = first.after(.move(1))
        let id = try #require(open.currentRow?.id)
        let row = open.selected(.articles) - (open.top[.articles] ?? 0)
        let all = Reducer.reduce(open, .corpus(Self.update(samples, done: true)))
        #expect(all.currentRow?.id == id, "the same article is still selected")
        #expect(all.selected(.articles) - (all.top[.articles] ?? 0) == row, "on the same screen row")
        #expect(all.loading == nil && all.rows.count == samples.count)
        #expect(!Fixtures.frame(all).row(0).contains("parsing"))
    }

    @Test func aRegionAskedForAtStartIsAppliedOnceAnArticleNamesIt() {
        var s = AppState(store: MemoryArticleStore([]), summaries: [], gazetteer: TestCore.gazetteer, size: Size(width: 120, height: 40))
        s.pendingRegion = "Ansongo"
        let named = Reducer.reduce(s, .corpus(Self.update(RealArticles.samples, done: false)))
        #expect(named.filter?.label == "Ansongo (ML-7)" && named.pendingRegion == nil)
        s.pendingRegion = "Nowhere-at-all"
        let partial = Reducer.reduce(s, .corpus(Self.update(RealArticles.samples, done: false)))
        #expect(partial.pendingRegion != nil && partial.filter == nil, "more articles may still name it")
        let done = Reducer.reduce(partial, .corpus(Self.update(RealArticles.samples, done: true)))
        #expect(done.pendingRegion == nil && done.message == "No region matches “Nowhere-at-all”")
    }
}

/// `p`: the directory of people; Enter keeps the articles about the one selected.
@Suite("People across the articles")
struct PeopleOverlayTests {
    static var articles: [Article] {
        let folder = TestSupport.Fixtures.directory.appendingPathComponent("people")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.map { TestCore.parse(folder.appendingPathComponent($0).path) } + [RealArticles.gao]
    }

    @Test func choosingAPersonNarrowsTheListAndTheDelegations() throws {
        let s = Fixtures.state(Self.articles)
        let open = s.after(.openPeople)
        #expect(open.mode == .people)
        let frame = Fixtures.frame(open)
        #expect(frame.contains("People · \(s.store.people.count)"))
        #expect(frame.contains("spelled Guennadi Ostrovski, Gennady Ostrovsky"), "the most seen person is selected first")
        let konate = open.typing("konat")
        #expect(konate.peopleRows(query: "konat").map(\.name).sorted() == ["Aminata Konaté", "Issa Konaté"])
        let issa = try #require(konate.peopleRows(query: "konat").firstIndex { $0.name == "Issa Konaté" })
        let chosen = konate.after(.move(issa), .open)
        #expect(chosen.mode == .browse && chosen.person?.name == "Issa Konaté")
        #expect(chosen.rows.count == 2)
        #expect(Fixtures.frame(chosen).row(0).contains("person: Issa Konaté"))
        // Each listed article shows only the delegations Issa Konaté is part of.
        for k in chosen.rows.indices {
            let article = try #require(chosen.after(.first, .move(k)).currentArticle)
            #expect(!article.delegations.isEmpty)
            #expect(article.delegations.allSatisfy { $0.people.contains { $0.name == "Issa Konaté" } })
        }
        let cleared = chosen.after(.back)
        #expect(cleared.person == nil && cleared.rows.count == s.all.count)
    }

    @Test func theDetailShowsRolesInOrderAndEscChangesNothing() {
        let s = Fixtures.state(Self.articles)
        let issa = s.after(.openPeople).typing("issa")
        let detail = Fixtures.frame(issa).text
        #expect(detail.contains("roles commandant de la zone de défense numéro trois (2026-01-14) → chef d'état-major"))
        #expect(detail.contains("seen 2026-01-14 → 2026-06-03"))
        let cancelled = issa.after(.back)
        #expect(cancelled.mode == .browse && cancelled.person == nil && cancelled.rows == s.rows)
        #expect(Fixtures.frame(s.after(.openPeople).typing("zzz")).contains("Nobody matches"))
    }

    @Test func anArticleWithoutPeopleSaysSo() {
        let s = Fixtures.state([TestCore.parse(TestSupport.Fixtures.directory.appendingPathComponent("people/en-2026-10-no-people.txt").path)])
        #expect(Fixtures.frame(s.after(.openPeople)).contains("No delegation names anyone"))
    }
}
