/// What a file holds, told from its first bytes, whatever its name says
/// (a `.txt` that holds a saved page is a page).
enum InputFormat: Equatable {
    case text, html, feed

    /// Bytes looked at: a page or feed says what it is in its first tags.
    static let sniffLength = 4096

    static func sniff(_ bytes: [UInt8]) -> InputFormat {
        // Text is told at its first byte that is not a blank: it does not open on "<".
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let first = bytes[bom...].prefix(sniffLength).first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
              first == UInt8(ascii: "<") else { return .text }
        var head = Array(bytes.prefix(sniffLength))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        let lowered = String(decoding: head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        let start = lowered.drop { $0.isWhitespace }
        guard start.hasPrefix("<") else { return .text }
        if ["<rss", "<feed", "<rdf:rdf"].contains(where: lowered.contains) { return .feed }
        if ["<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div", "<meta"].contains(where: lowered.contains) {
            return .html
        }
        return .text
    }
}
