/// RSS 2.0, RSS 1.0 (RDF) and Atom: every item or entry is an article, its
/// HTML content (or description) read as a page.
enum FeedReader {
    struct Item {
        var title: String?
        var html: String
        var provenance: Provenance
        /// What the feed calls the item by: its guid or Atom id, else its link, else its title and date.
        var key: String
    }

    /// The items of a feed's bytes, or nil when they hold no feed.
    static func items(_ bytes: [UInt8]) -> [Item]? {
        guard InputFormat.sniff(bytes) == .feed, let root = MarkupTree.xml(bytes) else { return nil }
        return items(root)
    }

    static func items(_ root: MarkupNode) -> [Item] {
        let outlet = channelTitle(root)
        return entries(root).map { entry in
            let title = child(entry, "title").map { collapse($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
            let content = ["content:encoded", "content", "description", "summary"].lazy.compactMap { child(entry, $0) }.first
            let date = ["pubdate", "dc:date", "published", "updated", "date"].lazy.compactMap { child(entry, $0) }
                .compactMap { PublicationDate.any($0.text) }.first
            let url = link(entry)
            let id = ["guid", "id"].lazy.compactMap { child(entry, $0) }.map { collapse($0.text) }.first { !$0.isEmpty }
            return Item(title: title, html: content.map(markup) ?? "",
                        provenance: Provenance(published: date, dateSource: date == nil ? nil : .feed, outlet: outlet, url: url),
                        key: id ?? url ?? "\(title ?? "")|\(date ?? "")")
        }
    }

    /// The feed's own title: the outlet of its items.
    private static func channelTitle(_ root: MarkupNode) -> String? {
        let channel = child(root, "channel") ?? root
        return child(channel, "title").map { collapse($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// RSS's `<link>` text, or Atom's `<link href>` (the alternate one when several).
    private static func link(_ entry: MarkupNode) -> String? {
        let links = entry.children.filter { $0.name == "link" }
        if let atom = links.first(where: { ($0.attribute("rel") ?? "alternate") == "alternate" && $0.attribute("href") != nil }) {
            return atom.attribute("href")
        }
        return links.first.map { collapse($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Items of RSS 2.0 (in the channel), of RSS 1.0 (beside it), entries of Atom.
    private static func entries(_ root: MarkupNode) -> [MarkupNode] {
        var out: [MarkupNode] = []
        func walk(_ n: MarkupNode, depth: Int) {
            guard depth < 4 else { return }
            for c in n.children where c.name != nil {
                if c.name == "item" || c.name == "entry" { out.append(c) } else { walk(c, depth: depth + 1) }
            }
        }
        walk(root, depth: 0)
        return out
    }

    private static func child(_ n: MarkupNode, _ name: String) -> MarkupNode? {
        n.children.first { $0.name == name }
    }

    /// Content as markup: escaped HTML arrives as text, Atom's `type="xhtml"` as elements.
    private static func markup(_ n: MarkupNode) -> String {
        n.children.contains { $0.name != nil } ? serialised(n.children) : n.text
    }

    private static func serialised(_ nodes: [MarkupNode]) -> String {
        nodes.map { node -> String in
            switch node {
            case .text(let s): escaped(s)
            case .element(let name, _, let children): "<\(name)>" + serialised(children) + "</\(name)>"
            }
        }.joined()
    }

    private static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
