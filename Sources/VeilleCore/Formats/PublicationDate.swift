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

    /// A feed's or page's date in either form.
    static func any(_ raw: String) -> String? { iso(raw) ?? rfc822(raw) }

    /// "2025-03-12" when the day exists.
    static func ymd(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1 else { return nil }
        let lengths = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[m - 1] else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}

/// The date a text gives itself: its dateline ("BAMAKO, 12 mars (AMAP) -", "Ouagadougou, le 3 juin 2025 -",
/// "NIAMEY, March 12 (Reuters) -"), else a publication line ("Publié le 3 juin 2025", "Published on March 12,
/// 2025", "Publié le 12/03/2025"). A date without its year takes the year of the text's other full dates, else
/// `year`; the dateline's agency is the outlet.
struct TextDate {
    var date: String
    var source: DateSource
    var agency: String?

    /// Lines looked at: datelines and publication lines sit at the top.
    static let headLines = 6

    /// `notAfter`, the file's day: a year-less date later than it is of the year before (a dateline of
    /// 28 December read in January).
    static func find(in text: String, year: Int?, notAfter: String? = nil) -> TextDate? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).prefix(headLines).map(String.init)
        let stated = fullDateYear(in: text)
        let fullYear = stated ?? year
        if stated == nil, let found = find(lines, text, year: fullYear), let notAfter, found.date > notAfter, let y = fullYear {
            return find(lines, text, year: y - 1)
        }
        return find(lines, text, year: fullYear)
    }

    private static func find(_ lines: [String], _ text: String, year fullYear: Int?) -> TextDate? {
        for line in lines {
            if let d = dateline(line, year: fullYear) { return d }
        }
        for line in text.split(separator: "\n").map(String.init) {
            if let d = publicationLine(line, year: fullYear) { return d }
        }
        return nil
    }

    /// "CITY, [le] 12 mars [2025] [(AGENCY)] -" or "CITY, March 12[, 2025] [(AGENCY)] -".
    static func dateline(_ line: String, year: Int?) -> TextDate? {
        guard let comma = line.firstIndex(of: ","), line.distance(from: line.startIndex, to: comma) <= 40 else { return nil }
        let place = line[..<comma]
        guard place.first?.isUppercase == true, !place.contains(where: { $0.isNumber }) else { return nil }
        var rest = line[line.index(after: comma)...].drop { $0 == " " }
        // The dash that closes a dateline, within its first words.
        guard let dash = rest.prefix(60).firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" }) else { return nil }
        var head = String(rest[..<dash]).trimmingCharacters(in: .whitespaces)
        var agency: String?
        if let open = head.lastIndex(of: "("), let close = head.lastIndex(of: ")"), open < close {
            agency = String(head[head.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            head = String(head[..<open]).trimmingCharacters(in: .whitespaces)
        }
        rest = Substring(head)
        guard let date = dayMonthYear(String(rest), year: year) else { return nil }
        return TextDate(date: date, source: .dateline, agency: agency.flatMap { $0.isEmpty ? nil : $0 })
    }

    static func publicationLine(_ line: String, year: Int?) -> TextDate? {
        let folded = fold(line)
        for lead in DateWords.publishedLeads where folded.hasPrefix(lead) || folded.contains(" " + lead + " ") {
            guard let r = folded.range(of: lead) else { continue }
            let after = String(folded[r.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " :"))
            if let date = dayMonthYear(after, year: year) ?? numeric(after) { return TextDate(date: date, source: .text) }
        }
        return nil
    }

    /// "12 mars 2025", "le 3 juin", "1er juillet 2024", "March 12, 2025", "12 Mar." — the first words only.
    static func dayMonthYear(_ s: String, year: Int?) -> String? {
        let words = fold(s).split { $0 == " " || $0 == "," }.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { $0 != "le" && $0 != "on" && $0 != "the" }.prefix(4)
        let w = Array(words)
        func day(_ x: String) -> Int? { Int(x.hasSuffix("er") ? String(x.dropLast(2)) : x.hasSuffix("st") || x.hasSuffix("nd") || x.hasSuffix("rd") || x.hasSuffix("th") ? String(x.dropLast(2)) : x) }
        // Day month [year]
        if w.count >= 2, let d = day(w[0]), let m = DateWords.months[w[1]] {
            let y = w.count > 2 ? Int(w[2]).flatMap { $0 > 1900 ? $0 : nil } ?? year : year
            return y.flatMap { PublicationDate.ymd($0, m, d) }
        }
        // Month day [year]
        if w.count >= 2, let m = DateWords.months[w[0]], let d = day(w[1]) {
            let y = w.count > 2 ? Int(w[2]).flatMap { $0 > 1900 ? $0 : nil } ?? year : year
            return y.flatMap { PublicationDate.ymd($0, m, d) }
        }
        return nil
    }

    /// "12/03/2025", "12.03.2025": day first, as French and West African papers write it.
    static func numeric(_ s: String) -> String? {
        let head = s.prefix { $0.isNumber || $0 == "/" || $0 == "." || $0 == "-" }
        let parts = head.split { $0 == "/" || $0 == "." || $0 == "-" }.compactMap { Int($0) }
        guard parts.count == 3, parts[2] > 1900 else { return nil }
        return PublicationDate.ymd(parts[2], parts[1], parts[0])
    }

    /// The year of the first full date the text writes ("le 2 mai 2024", "May 2, 2024"): a bare year is as
    /// often of something past ("the 2011 agreement").
    static func fullDateYear(in text: String) -> Int? {
        let words = fold(text).split { $0 == " " || $0 == "," || $0 == "\n" }.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        for i in words.indices.dropLast(2) {
            guard let y = Int(words[i + 2]), (1990...2100).contains(y) else { continue }
            let day = Int(words[i].hasSuffix("er") ? String(words[i].dropLast(2)) : words[i])
            if day != nil, DateWords.months[words[i + 1]] != nil { return y }
            if DateWords.months[words[i]] != nil, Int(words[i + 1]) != nil { return y }
        }
        return nil
    }
}
