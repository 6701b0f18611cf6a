/// Scrolling by item: keeps the selected item fully visible when it fits,
/// moving the first visible item as little as possible.
enum Viewport {
    static func top(heights: [Int], selected: Int, currentTop: Int, visibleRows: Int) -> Int {
        guard !heights.isEmpty else { return 0 }
        let selected = min(max(0, selected), heights.count - 1)
        var top = min(max(0, currentTop), heights.count - 1)
        if selected < top { return selected }
        while top < selected, heights[top...selected].reduce(0, +) > visibleRows { top += 1 }
        return top
    }

    /// Items shown from `top`, with the row each starts at; the last may be cut.
    static func visible(heights: [Int], top: Int, visibleRows: Int) -> [(index: Int, row: Int)] {
        var out: [(Int, Int)] = []
        var row = 0
        var i = top
        while i < heights.count, row < visibleRows {
            out.append((i, row))
            row += heights[i]
            i += 1
        }
        return out
    }
}
