/// A half-open range of Unicode scalar offsets into `Article.text`.
///
/// Scalars rather than `Character`s or bytes because that is what every JSON
/// consumer (Python, JavaScript with care, jq) indexes strings by.
public struct Span: Codable, Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }

    public func contains(_ other: Span) -> Bool {
        start <= other.start && other.end <= end
    }

    public func overlaps(_ other: Span) -> Bool {
        start < other.end && other.start < end
    }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
