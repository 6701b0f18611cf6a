import TestSupport
import VeilleCore
@testable import VeilleTUI

/// Articles as the real parser reads them (see TestSupport). The founding article lives
/// outside the repository (../shared/seed): tests that need it are enabled only where it exists.
enum RealArticles {
    static var seedExists: Bool { TestSupport.Fixtures.hasShared }

    /// Gao: 1 delegation, Gao (with Ansongo) and Ménaka inside "nord malien", 4 measures.
    static let gao = TestCore.parse(TestSupport.Fixtures.path("fr-enumeration-gao-vice-ministre"))
    /// Tillabéri: 1 delegation, the towns Téra, Ayorou and Makalondi inside Tillabéri,
    /// the "zone des trois frontières" outside it, 4 measures (2 tied to those towns).
    static let tillaberi = TestCore.parse(TestSupport.Fixtures.path("fr-liste-numerotee-tillaberi"))
    static var seed: Article { TestCore.parse(TestSupport.Fixtures.seedPath) }
    static let samples = TestCore.samples
}

/// Real articles, written by the team and read by the real parser.
enum Fixtures {
    /// The article most tests open alone.
    static let main = RealArticles.gao
    /// Two articles, for the article list and cross-article state.
    static let two = [RealArticles.gao, RealArticles.tillaberi]

    static func state(_ articles: [Article] = [main], width: Int = 120, height: Int = 40) -> AppState {
        AppState(articles: articles, gazetteer: TestCore.gazetteer, size: Size(width: width, height: height),
                 themeNames: ["default", "light", "mono"])
    }

    static func frame(_ state: AppState, ascii: Bool = false) -> CellGrid {
        var grid = CellGrid(size: state.size, ascii: ascii)
        DashboardView.render(state, into: &grid)
        return grid
    }
}

extension AppState {
    func after(_ actions: Action...) -> AppState { after(actions) }

    func after(_ actions: [Action]) -> AppState {
        actions.reduce(self) { Reducer.reduce($0, $1) }
    }

    /// Typed into the search or the picker, one character at a time.
    func typing(_ text: String) -> AppState { after(text.map { Action.type($0) }) }

    /// Tab to a pane, as a user would.
    func focused(_ pane: PaneID) -> AppState {
        var s = self
        for _ in panes where s.focus != pane { s = Reducer.reduce(s, .nextPane) }
        precondition(s.focus == pane, "no pane \(pane)")
        return s
    }
}

extension CellGrid {
    func contains(_ text: String) -> Bool { self.text.contains(text) }

    /// The text inside a pane's border, found by its title.
    func pane(titled title: String) -> String {
        guard let y = (0..<size.height).first(where: { row($0).contains("┌ \(title)") }) else { return "" }
        let header = Array(row(y))
        guard let start = (0..<header.count).first(where: { String(header[$0...]).hasPrefix("┌ \(title)") }) else { return "" }
        var end = start + 1
        while end < header.count, header[end] != "┐" { end += 1 }
        var lines: [String] = []
        var yy = y + 1
        while yy < size.height {
            let chars = Array(row(yy))
            if chars[start] == "└" { break }
            lines.append(String(chars[(start + 1)..<min(end, chars.count)]).trimmingTrailingSpaces())
            yy += 1
        }
        return lines.joined(separator: "\n")
    }
}
