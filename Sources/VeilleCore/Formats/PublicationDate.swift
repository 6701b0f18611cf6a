import Foundation

/// Dates as pages, feeds and texts write them, read into ISO 8601.
enum PublicationDate {
    /// "2025-03-04", "2025-03-04T08:00:00Z", "2025-03-04T08:00:00+01:00": kept as given when valid, the time
    /// included when there is one.
    static func iso(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = Array(s.utf8)
        guard digits.count >= 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-"),
              let y = Int(s.prefix(4)), let m = Int(s.dropFirst(5).prefix(2)), let d = Int(s.dropFirst(8).prefix(2)),
              let date = ymd(y, m, d) else { return nil }
        guard digits.count > 10, digits[10] == UInt8(ascii: "T") || digits[10] == UInt8(ascii: " ") else { return date }
        let time = String(s.dropFirst(11).prefix(14))
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: date + "T" + time) != nil ? date + "T" + time : date
    }

    /// RFC 822 as RSS writes it: "Tue, 04 Mar 2025 08:00:00 GMT", "4 Mar 2025 08:00 +0100", in UTC.
    static func rfc822(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm Z",
                       "EEE, dd MMM yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: s) {
                let out = ISO8601DateFormatter()
                out.formatOptions = format.contains("HH") ? [.withInternetDateTime] : [.withFullDate]
                return out.string(from: date)
            }
        }
        return iso(s)
    }

    /// An HTTP header's date ("Tue, 04 Mar 2025 08:00:00 GMT") as a moment.
    static func httpDate(_ raw: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: raw.trimmingCharacters(in: .whitespaces))
    }

    /// The moment an ISO 8601 date or date-time names (a day at its UTC midnight).
    static func moment(_ iso: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if iso.count <= 10 { formatter.formatOptions = [.withFullDate] }
        return formatter.date(from: iso)
    }

    /// The UTC day of a moment ("2025-03-12"), without building a formatter for each file.
    static func day(_ date: Date) -> String? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return ymd(y, m, d)
    }

    /// Days since 1970-01-01 of "2025-03-12", to tell how far apart two days are (the civil calendar's
    /// count by eras of 400 years, so no calendar object is built per article).
    static func dayNumber(_ day: String) -> Int? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, ymd(parts[0], parts[1], parts[2]) != nil else { return nil }
        let (m, d) = (parts[1], parts[2])
        let y = m <= 2 ? parts[0] - 1 : parts[0]
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// A feed's or page's date in either form.
    static func any(_ raw: String) -> String? { iso(raw) ?? rfc822(raw) }

    /// "2025-03-12" when the day exists.
    static func ymd(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1 else { return nil }
        let lengths = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[m - 1] else { return nil }
        // Padded by hand: String(format:) costs more than the rest of the dateline's reading.
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}

/// The date a text gives itself: its dateline ("BAMAKO, 12 mars (AMAP) -", "Ouagadougou, le 3 juin 2025 -",
/// "NIAMEY, March 12 (Reuters) -"), else a publication line ("Publié le 3 juin 2025", "Published on March 12,
/// 2025", "Publié le 12/03/2025"). A date without its year takes the year of the text's first full date, else
/// `year`; the dateline's agency is the outlet. Only the first and last lines are read, and the text's other
/// dates only when a year is missing: this runs on every article.
struct TextDate {
    var date: String
    var source: DateSource
    var agency: String?

    /// Lines looked at: datelines and publication lines open an article, publication lines may close it.
    static let headLines = 6
    static let tailLines = 3
    /// Bytes of the text's end in which its last lines are looked for.
    static let tailBytes = 600

    /// A day and a month, and the year when the text writes it.
    struct Parts {
        var day: Int
        var month: Int
        var year: Int?
    }

    /// `notAfter`, the file's day: a year-less date later than it is of the year before (a dateline of
    /// 28 December read in January).
    static func find(in text: String, year: Int?, notAfter: String? = nil) -> TextDate? {
        // Lines are found by their bytes, and only at the ends: walking a text by Character costs more than
        // parsing it.
        // Copied from the string's own storage: building an array through the view's iterator cost more per byte.
        var text = text
        let (start, end) = text.withUTF8 { buffer in (Array(buffer.prefix(Self.headBytes)), Array(buffer.suffix(Self.tailBytes))) }
        let head = lines(start, limit: headLines)
        var found: (Parts, DateSource, String?)?
        for line in head {
            if let d = dateline(line) { found = (d.0, .dateline, d.1); break }
        }
        if found == nil {
            let tail = text.utf8.count > Self.headBytes ? Array(lines(end).dropFirst().suffix(tailLines)) : []
            for line in Array(head) + tail {
                if let parts = publicationLine(String(decoding: line.prefix(Self.datelineLength * 2), as: UTF8.self)) {
                    found = (parts, .text, nil)
                    break
                }
            }
        }
        guard let (parts, source, agency) = found else { return nil }
        if let y = parts.year, let date = PublicationDate.ymd(y, parts.month, parts.day) {
            return TextDate(date: date, source: source, agency: agency)
        }
        let stated = fullDateYear(in: text)
        guard var y = stated ?? year, var date = PublicationDate.ymd(y, parts.month, parts.day) else { return nil }
        if stated == nil, let notAfter, date > notAfter {
            y -= 1
            guard let earlier = PublicationDate.ymd(y, parts.month, parts.day) else { return nil }
            date = earlier
        }
        return TextDate(date: date, source: source, agency: agency)
    }

    /// Bytes of the text's start in which its first lines are looked for.
    static let headBytes = 1024

    /// The non-empty lines of some bytes, at most `limit`.
    static func lines(_ bytes: [UInt8], limit: Int = .max) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var start = 0
        while out.count < limit, start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if end > start { out.append(bytes[start..<end]) }
            start = end + 1
        }
        return out
    }

    /// Characters of a line in which a dateline is looked for.
    static let datelineLength = 120

    /// "CITY, [le] 12 mars [2025] [(AGENCY)] -" or "CITY, March 12[, 2025] [(AGENCY)] -".
    static func dateline(_ line: ArraySlice<UInt8>) -> (Parts, String?)? {
        // Read by bytes, and only the short head decoded: this runs on every article's first lines.
        let bytes = Array(line.prefix(datelineLength * 2))
        guard let comma = bytes.prefix(48).firstIndex(of: UInt8(ascii: ",")), comma > 0,
              bytes[comma...].prefix(40).contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        // The place: a capital first, no digit.
        let place = String(decoding: bytes[..<comma], as: UTF8.self)
        guard place.first?.isUppercase == true, !place.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        // The dash that closes a dateline ("-", "–", "—"), within its first words.
        var start = comma + 1
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        let reach = min(bytes.count, start + 64)
        guard let dash = (start..<reach).first(where: { i in
            bytes[i] == UInt8(ascii: "-") && (i + 1 >= bytes.count || bytes[i + 1] == 0x20)
                || bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94)
        }) else { return nil }
        var head = String(decoding: bytes[start..<dash], as: UTF8.self)
        var agency: String?
        if let open = head.lastIndex(of: "("), let close = head.lastIndex(of: ")"), open < close {
            agency = collapse(String(head[head.index(after: open)..<close]))
            head = String(head[..<open])
        }
        guard let parts = dayMonthYear(head) else { return nil }
        return (parts, agency.flatMap { $0.isEmpty ? nil : $0 })
    }

    static func publicationLine(_ line: String) -> Parts? {
        let folded = fold(line)
        for lead in DateWords.publishedLeads where folded.hasPrefix(lead) || folded.contains(" " + lead + " ") {
            guard let r = folded.range(of: lead) else { continue }
            let after = String(folded[r.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " :"))
            if let parts = dayMonthYear(after) ?? numeric(after) { return parts }
        }
        return nil
    }

    /// "12 mars 2025", "le 3 juin", "1er juillet 2024", "March 12, 2025", "12 Mar." — the first words only.
    static func dayMonthYear(_ s: String) -> Parts? {
        let w = Array(words(fold(s)).filter { $0 != "le" && $0 != "on" && $0 != "the" }.prefix(4))
        guard w.count >= 2 else { return nil }
        let year = w.count > 2 ? Int(w[2]).flatMap { (1900...2100).contains($0) ? $0 : nil } : nil
        if let d = day(w[0]), let m = DateWords.months[w[1]] { return valid(Parts(day: d, month: m, year: year)) }
        if let m = DateWords.months[w[0]], let d = day(w[1]) { return valid(Parts(day: d, month: m, year: year)) }
        return nil
    }

    private static func valid(_ p: Parts) -> Parts? {
        PublicationDate.ymd(p.year ?? 2000, p.month, p.day) == nil ? nil : p
    }

    private static func words(_ s: String) -> [String] {
        s.split { $0 == " " || $0 == "," || $0 == "\n" || $0 == "." }.map(String.init)
    }

    /// "12", "1er", "3rd".
    private static func day(_ x: String) -> Int? {
        for suffix in ["er", "st", "nd", "rd", "th"] where x.hasSuffix(suffix) { return Int(x.dropLast(suffix.count)) }
        return Int(x)
    }

    /// "12/03/2025", "12.03.2025": day first, as French and West African papers write it.
    static func numeric(_ s: String) -> Parts? {
        let head = s.prefix { $0.isNumber || $0 == "/" || $0 == "." || $0 == "-" }
        let parts = head.split { $0 == "/" || $0 == "." || $0 == "-" }.compactMap { Int($0) }
        guard parts.count == 3, parts[2] > 1900 else { return nil }
        return valid(Parts(day: parts[0], month: parts[1], year: parts[2]))
    }

    /// The year of the first full date the text writes ("le 2 mai 2024", "May 2, 2024"): a bare year is as
    /// often of something past ("the 2011 agreement"). Only the words before each four-digit year are read.
    static func fullDateYear(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i + 4 <= scalars.count {
            guard isDigit(scalars[i]), i == 0 || !isDigit(scalars[i - 1]) else { i += 1; continue }
            var j = i
            while j < scalars.count, isDigit(scalars[j]) { j += 1 }
            if j - i == 4, let y = Int(String(String.UnicodeScalarView(scalars[i..<j]))), (1990...2100).contains(y) {
                let before = String(String.UnicodeScalarView(scalars[max(0, i - 24)..<i]))
                let w = words(fold(before)).suffix(2)
                if w.count == 2, dayMonthYear(w.joined(separator: " ") + " \(y)")?.year == y { return y }
            }
            i = j
        }
        return nil
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
