import Foundation

/// How a fetched item is kept: a file named by its day, outlet and title, that veille reads back with the
/// item's own date, outlet and link.
enum ItemFile {
    /// "2025-03-04-sahel-hebdo-une-delegation-tchadienne-a-niamey.xml": sorted by day in a listing, readable
    /// in a shell, ASCII only.
    static func name(day: String?, outlet: String?, title: String?, extension ext: String) -> String {
        let parts = [day.map { String($0.prefix(10)) } ?? "undated", slug(outlet ?? "", words: 4), slug(title ?? "", words: 8)]
        return parts.filter { !$0.isEmpty }.joined(separator: "-") + "." + ext
    }

    /// Lower-case ASCII words joined by hyphens, accents folded.
    static func slug(_ s: String, words limit: Int) -> String {
        let folded = s.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        let words = folded.unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
        return words.prefix(limit).map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
    }

    /// `name` in `folder`, or "name-2", "name-3"... when taken.
    static func unused(_ name: String, in folder: URL) -> URL {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        var candidate = folder.appendingPathComponent(name)
        var n = 2
        while FileManager.default.fileExists(atPath: candidate.path) {
            candidate = folder.appendingPathComponent("\(base)-\(n).\(ext)")
            n += 1
        }
        return candidate
    }

    /// A feed of one item: the format veille already reads for its title, date, outlet and link.
    static func feed(outlet: String?, item: FeedReader.Item) -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n"
        if let outlet { xml += "<title>\(escaped(outlet))</title>\n" }
        xml += "<item>\n"
        if let title = item.title { xml += "<title>\(escaped(title))</title>\n" }
        if let link = item.provenance.url { xml += "<link>\(escaped(link))</link>\n" }
        if let date = item.provenance.published { xml += "<pubDate>\(escaped(date))</pubDate>\n" }
        xml += "<guid isPermaLink=\"false\">\(escaped(item.key))</guid>\n"
        xml += "<description>\(escaped(item.html))</description>\n</item>\n</channel></rss>\n"
        return Array(xml.utf8)
    }

    private static func escaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // XML 1.0 has no place for these control characters: a feed that carried one would not be read back.
            case _ where c.value < 0x20 && c != "\n" && c != "\t" && c != "\r": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
