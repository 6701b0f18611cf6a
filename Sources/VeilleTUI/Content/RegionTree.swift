import VeilleCore

/// Regions ordered as a tree (parents before children, in order of first mention),
/// with the connector drawn before each name.
enum RegionTree {
    struct Row: Sendable, Hashable {
        var region: Region
        var depth: Int
        var prefix: String
    }

    /// A region's parent in the tree: the nearest place containing it that is itself
    /// listed, so Gao sits under Sahel even when the article never says "nord malien".
    static func parents(_ regions: [Region], gazetteer: Gazetteer) -> [String: String] {
        let ids = Set(regions.map(\.id))
        var parents: [String: String] = [:]
        for r in regions {
            let chain = [r.parent].compactMap { $0 } + gazetteer.ancestors(of: r.parent ?? r.id).map(\.id)
            if let p = chain.first(where: { ids.contains($0) && $0 != r.id }) { parents[r.id] = p }
        }
        return parents
    }

    static func rows(_ regions: [Region], gazetteer: Gazetteer) -> [Row] {
        let parent = parents(regions, gazetteer: gazetteer)
        let ordered = regions.sorted { ($0.mentions.first?.start ?? .max) < ($1.mentions.first?.start ?? .max) }
        let roots = ordered.filter { parent[$0.id] == nil }
        var rows: [Row] = []
        var visited: Set<String> = []
        func visit(_ region: Region, depth: Int, lead: String, isLast: Bool) {
            guard visited.insert(region.id).inserted else { return }
            let connector = depth == 0 ? "" : lead + (isLast ? "└ " : "├ ")
            rows.append(Row(region: region, depth: depth, prefix: connector))
            let children = ordered.filter { parent[$0.id] == region.id }
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
