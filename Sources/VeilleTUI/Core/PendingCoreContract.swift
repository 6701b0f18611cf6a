import VeilleCore

// Stand-ins for the parts of the core contract that /work/main has not merged yet.
// At the merge: delete this file; `InputFailure` and `fold` then resolve to VeilleCore's,
// and `ArticleRegionFilter` gives way to `RegionFilter` (see its doc comment).

public struct InputFailure: Error, Sendable {
    public let path: String
    public let problem: String
    public var message: String { "\(path): \(problem)" }

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }
}

/// Lower-case, accents removed: how type-ahead and search compare text.
func fold(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in s.lowercased().unicodeScalars where scalar.properties.generalCategory != .nonspacingMark {
        if let base = scalar.latinBase { out.append(contentsOf: String(base).unicodeScalars) } else { out.append(scalar) }
    }
    return String(out)
}
