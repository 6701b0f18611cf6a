import VeilleCore

/// Article text with some spans marked, as runs: the evidence pane and the reader.
struct StyledText {
    let scalars: [Unicode.Scalar]

    init(_ article: Article) {
        scalars = Array(article.text.unicodeScalars)
    }

    /// Runs covering `range`; later marks win over earlier ones where they overlap.
    func runs(_ range: Span, marks: [(Span, Role)], base: Role = .text) -> [Run] {
        let lower = max(0, min(range.start, scalars.count))
        let upper = max(lower, min(range.end, scalars.count))
        var runs: [Run] = []
        var current = String.UnicodeScalarView()
        var currentRole = base
        for i in lower..<upper {
            var role = base
            for (span, r) in marks where span.start <= i && i < span.end { role = r }
            if role != currentRole, !current.isEmpty {
                runs.append(Run(String(current), currentRole))
                current = String.UnicodeScalarView()
            }
            currentRole = role
            current.append(scalars[i])
        }
        if !current.isEmpty { runs.append(Run(String(current), currentRole)) }
        return runs
    }
}
