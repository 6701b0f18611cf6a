/// Where everything goes for a terminal size. Pure: the reducer uses it for
/// scrolling and clicks, the views for drawing.
public struct Layout: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case columns  // ≥ 120 columns: panes side by side
        case stacked  // 80–119: two panes over one
        case tabs     // < 80: one pane at a time
        case tooSmall
    }

    public static let wideWidth = 120
    public static let stackedWidth = 80
    public static let minimum = Size(width: 40, height: 10)

    public var kind: Kind
    public var header: Rect
    public var status: Rect
    public var tabs: Rect?
    public var panes: [PaneID: Rect]
    public var evidence: Rect?

    public static func compute(size: Size, panes ids: [PaneID], focus: PaneID) -> Layout {
        let header = Rect(x: 0, y: 0, width: size.width, height: 1)
        let status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        guard size.width >= minimum.width, size.height >= minimum.height else {
            return Layout(kind: .tooSmall, header: header, status: status, tabs: nil, panes: [:], evidence: nil)
        }
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        let hasArticles = ids.contains(.articles)
        let lists = ids.filter { $0 != .articles }

        // Side-by-side panes need height too: a short window gets one pane at a time.
        let fitsColumns = size.width >= wideWidth && body.height >= 12
        let fitsStacked = size.width >= stackedWidth && body.height >= (hasArticles ? 22 : 16)
        if !fitsColumns && !fitsStacked {
            let tabs = Rect(x: 0, y: body.y, width: body.width, height: 1)
            let evidenceHeight = max(4, (body.height - 1) / 3)
            let paneHeight = body.height - 1 - evidenceHeight
            let pane = Rect(x: 0, y: body.y + 1, width: body.width, height: paneHeight)
            return Layout(
                kind: .tabs, header: header, status: status, tabs: tabs, panes: [focus: pane],
                evidence: Rect(x: 0, y: pane.maxY, width: body.width, height: evidenceHeight)
            )
        }

        let evidenceHeight = min(max(5, body.height / 4), 12)
        var area = Rect(x: 0, y: body.y, width: body.width, height: body.height - evidenceHeight)
        let evidence = Rect(x: 0, y: area.maxY, width: body.width, height: evidenceHeight)
        var rects: [PaneID: Rect] = [:]

        if fitsColumns {
            if hasArticles {
                let articlesWidth = max(24, area.width / 4)
                rects[.articles] = Rect(x: 0, y: area.y, width: articlesWidth, height: area.height)
                area = Rect(x: articlesWidth, y: area.y, width: area.width - articlesWidth, height: area.height)
            }
            for (id, rect) in zip(lists, area.columns(lists.count)) { rects[id] = rect }
            return Layout(kind: .columns, header: header, status: status, tabs: nil, panes: rects, evidence: evidence)
        }

        if hasArticles {
            let strip = min(area.height / 4 + 2, 6)
            rects[.articles] = Rect(x: 0, y: area.y, width: area.width, height: strip)
            area = Rect(x: 0, y: area.y + strip, width: area.width, height: area.height - strip)
        }
        let topHeight = (area.height + 1) / 2
        let top = Rect(x: 0, y: area.y, width: area.width, height: topHeight)
        let upper = Array(lists.prefix(2))
        for (id, rect) in zip(upper, top.columns(upper.count)) { rects[id] = rect }
        for id in lists.dropFirst(2) {
            rects[id] = Rect(x: 0, y: top.maxY, width: area.width, height: area.height - topHeight)
        }
        return Layout(kind: .stacked, header: header, status: status, tabs: nil, panes: rects, evidence: evidence)
    }

    /// Width available to a pane's items: inside the border, after the two-column marker.
    /// Inside the borders, after the two-cell marker, and one blank column before the right border.
    static func itemWidth(_ rect: Rect) -> Int { max(1, rect.width - 5) }
}
