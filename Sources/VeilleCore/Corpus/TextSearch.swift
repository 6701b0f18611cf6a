/// Words searched for in an article's title and text, accents and case set aside, as the index's
/// full-text search does: for articles read without the index (the samples, standard input, --no-index).
public struct TextSearch: Sendable {
    public let words: [String]

    /// Nil when the query holds no word.
    public init?(_ query: String) {
        words = Self.tokens(query)
        if words.isEmpty { return nil }
    }

    public func matches(_ article: Article) -> Bool {
        let have = Set(Self.tokens(article.title + "\n" + article.text))
        return words.allSatisfy(have.contains)
    }

    /// Folded runs of letters and digits: "Couvre-feu à Tillabéri" is couvre, feu, a, tillaberi.
    static func tokens(_ s: String) -> [String] {
        fold(s).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
