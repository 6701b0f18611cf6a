import Foundation
import GRDB
import Synchronization
import VeilleCore

/// The dashboard's store over the index: an article is read (and decoded) when it is opened, the last
/// few kept; region and search queries go to SQLite. The regions are read once, when the store is made.
public final class IndexArticleStore: ArticleStore {
    let index: CorpusIndex
    public let regions: [(region: Region, articles: Int)]
    private let recent = Mutex<[(Int64, Article)]>([])
    private let directory = Mutex<[PersonEntry]?>(nil)
    static let kept = 8

    public init(index: CorpusIndex, gazetteer: Gazetteer) throws {
        self.index = index
        regions = try index.regionCounts().compactMap { id, count in gazetteer.region(id: id).map { ($0, count) } }
    }

    public func article(_ id: Int64) -> Article? {
        if let hit = recent.withLock({ $0.first { $0.0 == id }?.1 }) { return hit }
        guard let article = try? index.article(id) else { return nil }
        recent.withLock { list in
            list.insert((id, article), at: 0)
            if list.count > Self.kept { list.removeLast() }
        }
        return article
    }

    public func articles(inRegions inside: Set<String>) -> Set<Int64> {
        (try? index.articles(inRegions: inside)) ?? []
    }

    /// Built on first use (the loader asks for it before handing the store over, so the dashboard does not wait).
    public var people: [PersonEntry] {
        directory.withLock { cached in
            if let cached { return cached }
            let built = PersonDirectory.build((try? index.personMentions()) ?? [])
            cached = built
            return built
        }
    }

    public func search(_ query: String) -> Set<Int64> {
        ((try? index.search(query)) ?? nil) ?? []
    }
}

extension CorpusIndex {
    /// One stored article, its source left empty (the file is the caller's to name).
    public func article(_ id: Int64) throws -> Article? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT text, body FROM article WHERE id = ?", arguments: [id]) else { return nil }
            var article = try CompactCoder.decode(Article.self, from: row["body"] as Data)
            article.text = row["text"]
            return article
        }
    }

    /// The articles naming any of the regions (each article is stored under its regions' ancestors too).
    public func articles(inRegions ids: Set<String>) throws -> Set<Int64> {
        try pool.read { db in
            var out: Set<Int64> = []
            let all = Array(ids)
            for start in stride(from: 0, to: all.count, by: 500) {
                let chunk = Array(all[start..<min(start + 500, all.count)])
                let sql = "SELECT article FROM article_region WHERE region IN (\(chunk.map { _ in "?" }.joined(separator: ",")))"
                out.formUnion(try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(chunk)))
            }
            return out
        }
    }

    /// How many articles name each region (or a place inside it).
    func regionCounts() throws -> [(String, Int)] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT region, count(*) FROM article_region GROUP BY region ORDER BY count(*) DESC").map { ($0[0], $0[1]) }
        }
    }
}
