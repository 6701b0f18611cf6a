import VeilleCore

/// A pane's items as the reducer and the views need them: how many, how tall, and each one on demand.
/// The article list can hold a year of news, so its items are built for the rows on screen only; every
/// article takes two lines (title, then date and outlet), so its heights need no item at all.
struct PaneList {
    let count: Int
    let heights: [Int]
    /// Items shown but not selectable as results (the places around a filtered region).
    let contextCount: Int
    private let build: (Int) -> PaneItem
    private let text: (Int) -> String

    func item(_ index: Int) -> PaneItem { build(index) }
    /// What `/` and `n` match, without laying the item out.
    func searchText(_ index: Int) -> String { text(index) }

    init(items: [PaneItem]) {
        count = items.count
        heights = items.map { $0.lines.count }
        contextCount = items.filter(\.isContext).count
        build = { items[$0] }
        text = { items[$0].searchText }
    }

    init(rows: [ArticleSummary], width: Int) {
        count = rows.count
        heights = Array(repeating: PaneContent.articleItemHeight, count: rows.count)
        contextCount = 0
        build = { PaneContent.articleItem(rows[$0], width: width) }
        text = { rows[$0].title + " " + (rows[$0].byline ?? "") }
    }
}
