public struct RGB: Sendable, Hashable {
    public var r: Int, g: Int, b: Int
    public init(r: Int, g: Int, b: Int) { self.r = r; self.g = g; self.b = b }

    /// `#rrggbb` or `#rgb`.
    public init?(hex: String) {
        var digits = Substring(hex)
        guard digits.first == "#" else { return nil }
        digits.removeFirst()
        if digits.count == 3 { digits = Substring(digits.flatMap { [$0, $0] }) }
        guard digits.count == 6, let v = Int(digits, radix: 16) else { return nil }
        self.init(r: v >> 16 & 0xFF, g: v >> 8 & 0xFF, b: v & 0xFF)
    }
}

/// How one role looks. A nil colour is the terminal's default.
public struct Appearance: Sendable, Hashable {
    public var fg: RGB?
    public var bg: RGB?
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false

    public init(fg: RGB? = nil, bg: RGB? = nil, bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }
}

public struct Theme: Sendable, Hashable {
    public var name: String
    public var description: String
    public var parts: [Role: Appearance]

    public func appearance(_ role: Role) -> Appearance {
        parts[role] ?? parts[.text] ?? Appearance()
    }

    /// The look on a terminal without colour (or with NO_COLOR): colours go, and the
    /// roles that colour told apart get an attribute instead, so selection and
    /// highlights stay visible.
    public func monochrome(_ role: Role) -> Appearance {
        var a = appearance(role)
        a.fg = nil
        a.bg = nil
        switch role {
        case .selection, .status, .highlightFocus: a.reverse = true
        case .highlight: a.underline = true
        case .header, .borderFocused, .action, .error, .title: a.bold = true
        case .key: a.bold = true; a.reverse = true
        case .dim, .border: a.dim = true
        case .text, .role, .place: break
        }
        return a
    }
}

extension Theme {
    /// Reads a theme file; every problem names the file and line.
    static func parse(_ text: String, file: String) throws(TOMLSubset.ParseError) -> Theme {
        let doc = try TOMLSubset.parse(text, file: file)
        func fail(_ line: Int, _ problem: String) -> TOMLSubset.ParseError {
            TOMLSubset.ParseError(file: file, line: line, problem: problem)
        }
        let top = doc.tables[""] ?? [:]
        guard case .string(let name)? = top["name"]?.value else {
            throw fail(top["name"]?.line ?? 1, "a theme needs name = \"…\" at the top")
        }
        var description = ""
        if case .string(let d)? = top["description"]?.value { description = d }
        var parts: [Role: Appearance] = [:]
        for (table, entries) in doc.tables.sorted(by: { $0.key < $1.key }) where !table.isEmpty {
            guard let role = Role(rawValue: table) else {
                throw fail(doc.headerLines[table] ?? 1, "unknown part [\(table)]; parts are \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var a = Appearance()
            for (key, entry) in entries {
                switch (key, entry.value) {
                case ("fg", .string(let s)), ("bg", .string(let s)):
                    let colour: RGB?
                    if s == "default" || s == "none" { colour = nil } else {
                        guard let c = RGB(hex: s) else { throw fail(entry.line, "“\(s)” is not a colour: use \"#rrggbb\" or \"default\"") }
                        colour = c
                    }
                    if key == "fg" { a.fg = colour } else { a.bg = colour }
                case ("bold", .bool(let b)): a.bold = b
                case ("dim", .bool(let b)): a.dim = b
                case ("underline", .bool(let b)): a.underline = b
                case ("reverse", .bool(let b)): a.reverse = b
                case ("fg", _), ("bg", _): throw fail(entry.line, "\(key) takes a quoted colour such as \"#5fafff\"")
                case ("bold", _), ("dim", _), ("underline", _), ("reverse", _): throw fail(entry.line, "\(key) takes true or false")
                default: throw fail(entry.line, "unknown key “\(key)”; keys are fg, bg, bold, dim, underline, reverse")
                }
            }
            parts[role] = a
        }
        return Theme(name: name, description: description, parts: parts)
    }
}
