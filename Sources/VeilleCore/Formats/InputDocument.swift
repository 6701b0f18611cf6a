/// One article's text as the parser reads it, from whatever format it came in.
struct InputDocument {
    var text: String
    /// Appended to the file's path for the articles of a feed of several items ("feed.xml#2").
    var part: String?
    /// The headline the markup names (`og:title`, a feed item's title): a short one would pass for a menu line.
    var title: String?
    /// What the page's metadata or the feed says of the article.
    var provenance = Provenance()

    /// The articles a file holds: one for text and pages, one per item for feeds.
    static func documents(_ bytes: [UInt8], limit: Int) throws(InputProblem) -> [InputDocument] {
        // Text is checked as it is decoded; markup before libxml2 sees it.
        switch InputFormat.sniff(bytes) {
        case .text:
            return [InputDocument(text: try TextDecoder.decode(bytes, limit: limit))]
        case .html:
            try TextDecoder.check(bytes, limit: limit)
            guard let root = PageEncoding.html(bytes) else { throw .unreadable("no page could be read from the markup") }
            let page = HTMLArticle.read(root)
            return [InputDocument(text: try TextDecoder.normalised(page.text), title: page.title, provenance: PageMeta.provenance(root))]
        case .feed:
            try TextDecoder.check(bytes, limit: limit)
            guard let root = MarkupTree.xml(bytes) else { throw .unreadable("no feed could be read from the markup") }
            let items = FeedReader.items(root)
            guard !items.isEmpty else { throw .unreadable("a feed with no item") }
            return try items.enumerated().map { k, item throws(InputProblem) in
                let body = item.html.isEmpty ? [] : MarkupTree.html(Array(item.html.utf8), encoding: "UTF-8").map(HTMLArticle.lines) ?? []
                let text = (item.title.map { [$0] } ?? []) + body
                return InputDocument(text: try TextDecoder.normalised(text.joined(separator: "\n")), part: items.count == 1 ? nil : "#\(k + 1)", title: item.title,
                                     provenance: item.provenance)
            }
        }
    }
}

/// The character set a page's bytes are in, when libxml2 must be told: pages that declare none and are
/// not UTF-8 are Windows-1252, and "ISO-8859-1" is Windows-1252 in practice (its C1 codes are the quotes).
enum PageEncoding {
    /// The page's tree. Windows-1252 is turned into UTF-8 here rather than by libxml2, whose converter stops
    /// at the five bytes the code page leaves undefined and drops the rest of the page.
    static func html(_ bytes: [UInt8]) -> MarkupNode? {
        let encoding = declared(bytes)
        guard encoding == "windows-1252" else { return MarkupTree.html(bytes, encoding: encoding) }
        return MarkupTree.html(Array(TextDecoder.windows1252(bytes).utf8), encoding: "UTF-8")
    }

    static func declared(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(InputFormat.sniffLength), as: UTF8.self).lowercased()
        if let r = head.range(of: "charset=") {
            let value = head[r.upperBound...].drop { $0 == "\"" || $0 == "'" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if ["iso-8859-1", "latin1", "latin-1", "us-ascii"].contains(String(value)) { return "windows-1252" }
            // libxml2 reads the declaration itself.
            return nil
        }
        return String(validating: bytes, as: UTF8.self) == nil ? "windows-1252" : "UTF-8"
    }
}
