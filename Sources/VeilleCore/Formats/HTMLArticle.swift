/// A saved web page read the way reader modes read it: the article's body
/// found by its markup (`itemprop="articleBody"`, `<article>`, `<main>`) or
/// by the densest run of paragraphs; navigation, scripts, share bars,
/// comments and lists of other articles dropped; the headline, subheadings,
/// paragraphs and list items kept, one per line, as a plain-text article
/// lays them out ("- " before a list item), so every rule of the text path
/// reads the page the same way.
struct HTMLArticle {
    var title: String?
    var lines: [String]

    /// The article as the text parser reads it: the headline, then the body's lines.
    var text: String { ((title.map { [$0] } ?? []) + lines).joined(separator: "\n") }

    static func read(_ root: MarkupNode) -> HTMLArticle {
        let title = PageTitle.find(in: root)
        var kept = lines(root)
        // The headline repeated as the body's first line ("<h1>" inside "<article>") is said once.
        if let title, let first = kept.first, fold(first) == fold(title) { kept.removeFirst() }
        return HTMLArticle(title: title ?? kept.first, lines: title == nil ? Array(kept.dropFirst()) : kept)
    }

    /// The lines of the body a page or a fragment (a feed item's content) holds.
    static func lines(_ root: MarkupNode) -> [String] {
        var lines = BlockLines()
        lines.emit(PageBody.find(in: root))
        return lines.lines
    }
}

/// What a page is made of besides its article: dropped wherever it stands.
enum PageBoilerplate {
    /// Elements that never hold the article's text.
    static let elements: Set<String> = ["script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe",
                                        "svg", "button", "select", "textarea", "figure", "head", "object", "embed", "video", "audio"]
    /// Words of a class, id or role that mark menus, share bars, comments and teasers of other articles.
    static let markers: Set<String> = ["nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "social",
                                       "comment", "comments", "related", "popular", "mostread", "newsletter", "footer", "sidebar",
                                       "advert", "advertisement", "ads", "promo", "tags", "widget", "cookie", "cookies", "subscribe",
                                       "banner", "contentinfo", "complementary", "readmore", "readalso", "lireaussi", "teaser", "teasers",
                                       "outbrain", "taboola", "pagination", "toolbar", "masthead", "byline-share", "rss"]

    static func isBoilerplate(_ node: MarkupNode) -> Bool {
        guard let name = node.name else { return false }
        if elements.contains(name) { return true }
        // The page's own header (logo, menu) goes; a header inside the article holds its headline.
        for key in ["class", "id", "role"] {
            guard let value = node.attribute(key) else { continue }
            let words = value.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }
            for word in words {
                if markers.contains(String(word)) || markers.contains(word.replacingOccurrences(of: "-", with: "")) { return true }
                for part in word.split(separator: "-") where markers.contains(String(part)) { return true }
            }
        }
        return false
    }
}

/// Where a page's article is.
enum PageBody {
    /// Below this much paragraph text a marked-up body is a stub (a teaser card), and density decides.
    static let minimumText = 200

    static func find(in root: MarkupNode) -> MarkupNode {
        for test in [isArticleBody, isArticle, isMain] {
            let found = all(root, where: test).max { paragraphText($0) < paragraphText($1) }
            if let found, paragraphText(found) >= minimumText { return found }
        }
        return densest(root) ?? root
    }

    private static func isArticleBody(_ n: MarkupNode) -> Bool { n.attribute("itemprop")?.lowercased() == "articlebody" }
    private static func isArticle(_ n: MarkupNode) -> Bool { n.name == "article" }
    private static func isMain(_ n: MarkupNode) -> Bool { n.name == "main" || n.attribute("role")?.lowercased() == "main" }

    /// The element whose own paragraphs hold the most text: the body of a page without semantic markup.
    private static func densest(_ root: MarkupNode) -> MarkupNode? {
        all(root) { $0.name != nil }.max { ownParagraphText($0) < ownParagraphText($1) }
    }

    private static func ownParagraphText(_ n: MarkupNode) -> Int {
        n.children.filter { $0.name == "p" }.reduce(0) { $0 + $1.text.count }
    }

    /// The text of the paragraphs and list items inside, boilerplate left out.
    static func paragraphText(_ n: MarkupNode) -> Int {
        guard !PageBoilerplate.isBoilerplate(n) else { return 0 }
        if n.name == "p" || n.name == "li" { return n.text.count }
        return n.children.reduce(0) { $0 + paragraphText($1) }
    }

    /// Every element below `root` that passes, boilerplate skipped, in document order.
    static func all(_ root: MarkupNode, where test: (MarkupNode) -> Bool) -> [MarkupNode] {
        var out: [MarkupNode] = []
        func walk(_ n: MarkupNode) {
            guard n.name != nil, !PageBoilerplate.isBoilerplate(n) else { return }
            if test(n) { out.append(n) }
            n.children.forEach(walk)
        }
        walk(root)
        return out
    }
}

/// The headline: `og:title`, else the first `<h1>`, else `<title>` without the site's name.
enum PageTitle {
    static func find(in root: MarkupNode) -> String? {
        if let og = PageMeta.meta(root, "og:title") { return og }
        if let h1 = PageBody.all(root, where: { $0.name == "h1" }).first.map({ collapse($0.text) }), !h1.isEmpty { return h1 }
        return PageMeta.elements(root, "title").first.map { withoutSiteName(collapse($0.text)) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// "Headline | Site", "Headline - Site": the part after the last separator goes when it is the shorter.
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            guard let r = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<r.lowerBound]), tail = String(title[r.upperBound...])
            if tail.count < head.count { return head }
        }
        return title
    }
}

/// Whitespace runs as one space, ends trimmed: markup's line breaks are not the text's.
func collapse(_ s: String) -> String {
    var out = ""
    var space = false
    for c in s {
        if c.isWhitespace {
            space = !out.isEmpty
        } else {
            if space { out.append(" ") }
            out.append(c)
            space = false
        }
    }
    return out
}

/// A body's text as lines: a block element ends a line, inline elements run on, `<br>` breaks.
struct BlockLines {
    static let blocks: Set<String> = ["p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
                                      "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
                                      "tbody", "thead", "figcaption", "address", "center", "hr"]
    private(set) var lines: [String] = []
    private var current = ""

    mutating func emit(_ node: MarkupNode) {
        walk(node)
        flush()
    }

    private mutating func walk(_ node: MarkupNode) {
        switch node {
        case .text(let s):
            current += s
        case .element(let name, _, let children):
            guard !PageBoilerplate.isBoilerplate(node) else { return }
            if name == "br" {
                flush()
                return
            }
            let block = Self.blocks.contains(name)
            if block { flush() }
            if name == "li" { current = "- " }
            for child in children { walk(child) }
            if block { flush() }
        }
    }

    private mutating func flush() {
        let line = collapse(current)
        current = ""
        guard !line.isEmpty, line != "-" else { return }
        lines.append(line)
    }
}
