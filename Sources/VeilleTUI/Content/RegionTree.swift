import VeilleCore

/// Regions ordered as a tree (parents before children, in order of first mention),
/// with the connector drawn before each name.
enum RegionTree {
    struct Row: Sendable, Hashable {
        var region: Region
        var depth: Int
        var prefix: String
    }

    static func rows(_ regions: [Region]) -> [Row] {
        let ids = Set(regions.map(\.id))
        let ordered = regions.sorted { ($0.mentions.first?.start ?? .max) < ($1.mentions.first?.start ?? .max) }
        let roots = ordered.filter { $0.parent.map { !ids.contains($0) } ?? true }
        var rows: [Row] = []
        var visited: Set<String> = []
        func visit(_ region: Region, depth: Int, lead: String, isLast: Bool) {
            guard visited.insert(region.id).inserted else { return }
            let connector = depth == 0 ? "" : lead + (isLast ? "└ " : "├ ")
            rows.append(Row(region: region, depth: depth, prefix: connector))
            let children = ordered.filter { $0.parent == region.id }
            let childLead = depth == 0 ? " " : lead + (isLast ? "  " : "│ ")
            for (i, child) in children.enumerated() {
                visit(child, depth: depth + 1, lead: childLead, isLast: i == children.count - 1)
            }
        }
        for root in roots { visit(root, depth: 0, lead: "", isLast: true) }
        // A parent cycle leaves regions unvisited; they still deserve a row.
        for region in ordered where !visited.contains(region.id) { visit(region, depth: 0, lead: "", isLast: true) }
        return rows
    }
}
