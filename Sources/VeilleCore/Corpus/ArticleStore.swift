/// Where the dashboard gets what it does not hold: whole articles by id, the articles of a region, the
/// articles a search finds, and every region named. A store never changes once made; a corpus that
/// grows is a new store.
public protocol ArticleStore: Sendable {
    func article(_ id: Int64) -> Article?
    /// The articles naming a region of `inside` (the region and the places within it).
    func articles(inRegions inside: Set<String>) -> Set<Int64>
    /// The articles whose title or text holds every word of the query, accents and case ignored.
    func search(_ query: String) -> Set<Int64>
    /// Every region the articles name, each once, with how many articles name it.
    var regions: [(region: Region, articles: Int)] { get }
    /// Everyone the delegations name, each person once across the articles, the most seen first.
    var people: [PersonEntry] { get }
}

/// The store of articles parsed in this process (the samples, standard input, `--no-index`): ids are
/// positions in the array.
public final class MemoryArticleStore: ArticleStore {
    public let articles: [Article]
    public let regions: [(region: Region, articles: Int)]
    public let people: [PersonEntry]

    public init(_ articles: [Article]) {
        self.articles = articles
        people = PersonDirectory.build(articles.enumerated().flatMap { PersonMention.all(in: $1, id: Int64($0)) })
        var seen: [String: Int] = [:]
        var merged: [(region: Region, articles: Int)] = []
        for article in articles {
            var counted: Set<String> = []
            for region in article.regions where counted.insert(region.id).inserted {
                if let i = seen[region.id] {
                    merged[i].articles += 1
                } else {
                    seen[region.id] = merged.count
                    merged.append((region, 1))
                }
            }
        }
        regions = merged
    }

    public var summaries: [ArticleSummary] {
        articles.enumerated().map { ArticleSummary($1, id: Int64($0)) }
    }

    public func article(_ id: Int64) -> Article? {
        articles.indices.contains(Int(id)) ? articles[Int(id)] : nil
    }

    public func articles(inRegions inside: Set<String>) -> Set<Int64> {
        Set(articles.indices.filter { articles[$0].regions.contains { inside.contains($0.id) } }.map(Int64.init))
    }

    public func search(_ query: String) -> Set<Int64> {
        guard let words = TextSearch(query) else { return [] }
        return Set(articles.indices.filter { words.matches(articles[$0]) }.map(Int64.init))
    }
}
