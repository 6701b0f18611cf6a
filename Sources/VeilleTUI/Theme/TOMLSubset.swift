/// The part of TOML that theme files use: `[table]` headers, `key = "string"`,
/// `key = true|false`, and `#` comments (no theme key takes a number). Hand-written so that every
/// error names the file and the line.
enum TOMLSubset {
    enum Value: Sendable, Hashable {
        case string(String)
        case bool(Bool)
    }

    struct Entry: Sendable, Hashable {
        var value: Value
        var line: Int
    }

    struct Document: Sendable, Hashable {
        /// Table name ("" for the top) -> key -> value with the line it came from.
        var tables: [String: [String: Entry]] = ["": [:]]
        var headerLines: [String: Int] = [:]
    }

    struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var problem: String
        var description: String { "\(file):\(line): \(problem)" }
    }

    static func parse(_ text: String, file: String) throws(ParseError) -> Document {
        var document = Document()
        var table = ""
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            func fail(_ problem: String) -> ParseError { ParseError(file: file, line: number, problem: problem) }
            let line = stripComment(String(rawLine)).trimmingSpaces()
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), !line.hasPrefix("[[") else { throw fail("a table header looks like [name]") }
                table = String(line.dropFirst().dropLast()).trimmingSpaces()
                guard isBareKey(table) else { throw fail("“\(table)” is not a valid table name") }
                guard document.tables[table] == nil else { throw fail("table [\(table)] appears twice") }
                document.tables[table] = [:]
                document.headerLines[table] = number
                continue
            }
            guard let eq = line.firstIndex(of: "=") else { throw fail("expected key = value") }
            let key = String(line[..<eq]).trimmingSpaces()
            let rawValue = String(line[line.index(after: eq)...]).trimmingSpaces()
            guard isBareKey(key) else { throw fail("“\(key)” is not a valid key") }
            guard document.tables[table]?[key] == nil else { throw fail("key “\(key)” is set twice") }
            guard let value = parseValue(rawValue) else {
                throw fail("“\(rawValue)” is not a value: use \"text\", true, false or a number")
            }
            document.tables[table, default: [:]][key] = Entry(value: value, line: number)
        }
        return document
    }

    private static func isBareKey(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
    }

    /// Drops a `#` comment, but not a `#` inside a quoted string (hex colours live there).
    private static func stripComment(_ line: String) -> String {
        var inString = false
        var escaped = false
        var out = ""
        for c in line {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "#" {
                break
            }
            out.append(c)
        }
        return out
    }

    private static func parseValue(_ raw: String) -> Value? {
        if raw == "true" { return .bool(true) }
        if raw == "false" { return .bool(false) }
        guard raw.count >= 2, raw.hasPrefix("\""), raw.hasSuffix("\"") else { return nil }
        var out = ""
        var escaped = false
        for c in raw.dropFirst().dropLast() {
            if escaped {
                switch c {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "\\", "\"": out.append(c)
                default: return nil
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "\"" {
                return nil
            } else {
                out.append(c)
            }
        }
        return escaped ? nil : .string(out)
    }
}
