/// What the terminal can show, from `tigetnum("colors")` (or NO_COLOR).
public enum ColorDepth: Sendable, Hashable {
    case none, eight, sixteen, full256

    public init(colors: Int, noColor: Bool) {
        if noColor || colors < 8 { self = .none } else if colors < 16 { self = .eight } else if colors < 256 { self = .sixteen } else { self = .full256 }
    }
}

/// Maps theme colours to palette indexes; -1 is the terminal's default colour.
public enum ColorMapping {
    public static func index(_ rgb: RGB?, depth: ColorDepth) -> Int {
        guard let rgb else { return -1 }
        switch depth {
        case .none: return -1
        case .eight: return nearest(rgb, in: Array(ansi.prefix(8)))
        case .sixteen: return nearest(rgb, in: ansi)
        case .full256: return xterm256(rgb)
        }
    }

    /// The closer of the 6x6x6 cube colour and the grey ramp entry.
    static func xterm256(_ c: RGB) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func step(_ v: Int) -> Int { levels.indices.min { abs(levels[$0] - v) < abs(levels[$1] - v) }! }
        let (r, g, b) = (step(c.r), step(c.g), step(c.b))
        let cube = RGB(r: levels[r], g: levels[g], b: levels[b])
        let average = (c.r + c.g + c.b) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let grey = RGB(r: 8 + greyStep * 10, g: 8 + greyStep * 10, b: 8 + greyStep * 10)
        return distance(grey, c) < distance(cube, c) ? 232 + greyStep : 16 + 36 * r + 6 * g + b
    }

    /// xterm's default palette for the 16 basic colours.
    static let ansi: [RGB] = [
        RGB(r: 0, g: 0, b: 0), RGB(r: 205, g: 0, b: 0), RGB(r: 0, g: 205, b: 0), RGB(r: 205, g: 205, b: 0),
        RGB(r: 0, g: 0, b: 238), RGB(r: 205, g: 0, b: 205), RGB(r: 0, g: 205, b: 205), RGB(r: 229, g: 229, b: 229),
        RGB(r: 127, g: 127, b: 127), RGB(r: 255, g: 0, b: 0), RGB(r: 0, g: 255, b: 0), RGB(r: 255, g: 255, b: 0),
        RGB(r: 92, g: 92, b: 255), RGB(r: 255, g: 0, b: 255), RGB(r: 0, g: 255, b: 255), RGB(r: 255, g: 255, b: 255),
    ]

    private static func nearest(_ c: RGB, in palette: [RGB]) -> Int {
        palette.indices.min { distance(palette[$0], c) < distance(palette[$1], c) }!
    }

    private static func distance(_ a: RGB, _ b: RGB) -> Int {
        // Weighted so that greens and reds, to which the eye is most sensitive, count more.
        let dr = a.r - b.r, dg = a.g - b.g, db = a.b - b.b
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }
}
