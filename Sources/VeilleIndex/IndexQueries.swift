import Foundation
import GRDB
import VeilleCore

extension CorpusIndex {
    /// The articles of an update's inputs, in input order (a feed's items in feed order), each with its path
    /// as the input named it, and its article id in the index (nil for articles read without it).
    public func articles(of update: IndexUpdate) throws -> [(id: Int64?, article: Article)] {
        let documents = update.inputs.compactMap { if case .document(let id) = $0.outcome { id } else { nil } }
        let stored = try articles(documents: documents)
        var out: [(id: Int64?, article: Article)] = []
        for input in update.inputs {
            switch input.outcome {
            case .document(let id):
                for (articleID, var article, suffix) in stored[id] ?? [] {
                    article.source = input.source + suffix
                    out.append((articleID, article))
                }
            case .unindexed(let articles): out += articles.map { (nil, $0) }
            case .failure: break
            }
        }
        return out
    }

    private func articles(documents: [Int64]) throws -> [Int64: [(Int64, Article, String)]] {
        try pool.read { db in
            var out: [Int64: [(Int64, Article, String)]] = [:]
            for chunk in stride(from: 0, to: documents.count, by: 500).map({ Array(documents[$0..<min($0 + 500, documents.count)]) }) {
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT id, document, suffix, text, body FROM article WHERE document IN (\(chunk.map { _ in "?" }.joined(separator: ",")))
                    ORDER BY document, part
                    """, arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    var article = try CompactCoder.decode(Article.self, from: row["body"] as Data)
                    article.text = row["text"]
                    out[row["document"], default: []].append((row["id"], article, row["suffix"]))
                }
            }
            return out
        }
    }

    /// The ids of the articles whose title or text holds every word of `query`, whatever the accents and
    /// the case ("tillaberi" finds Tillabéri); `prefix` lets the last word be the start of one, for search as
    /// one types. Nil when the query has no word.
    public func search(_ query: String, prefix: Bool = false) throws -> Set<Int64>? {
        guard let match = Self.matchExpression(query, prefix: prefix) else { return nil }
        return try pool.read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM article_search WHERE article_search MATCH ?", arguments: [match]))
        }
    }

    /// Each word as a quoted string, so nothing the analyst types is read as FTS5 syntax.
    static func matchExpression(_ query: String, prefix: Bool) -> String? {
        let words = query.split { $0.isWhitespace }.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        guard !words.isEmpty else { return nil }
        return words.joined(separator: " ") + (prefix ? "*" : "")
    }

    /// The ids of the articles that name the place `id` or a place inside it.
    public func articles(inRegion id: String) throws -> Set<Int64> {
        try pool.read { db in Set(try Int64.fetchAll(db, sql: "SELECT article FROM article_region WHERE region = ?", arguments: [id])) }
    }
}

extension CorpusIndex {
    /// Every article id, newest first.
    public func articleIDs() throws -> [Int64] {
        try pool.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM article ORDER BY published DESC, id") }
    }
}

extension CorpusIndex {
    /// The rows of the articles stored for files at or under `roots` (as the user named them), without
    /// reading any file: what the dashboard shows at once, before the update has looked at the files.
    /// Two files of the same content are one row.
    public func summaries(under roots: [String]) throws -> [ArticleSummary] {
        try pool.read { db in
            var seen: Set<Int64> = []
            var out: [ArticleSummary] = []
            let sql = """
                SELECT a.id, f.path, a.suffix, a.title, a.published, a.outlet, a.delegations, a.regions, a.measures
                FROM file f JOIN article a ON a.document = f.document
                WHERE f.path = ? OR (f.path >= ? AND f.path < ?)
                ORDER BY a.published DESC, f.path, a.part
                """
            for root in roots where root != "-" && !HTTPFetcher.isAddress(root) {
                let absolute = FileState.absolute(root)
                let prefix = absolute.hasSuffix("/") ? absolute : absolute + "/"
                let rows = try Row.fetchCursor(db, sql: sql, arguments: [absolute, prefix, String(prefix.dropLast()) + "0"])
                let named = root.hasSuffix("/") ? String(root.dropLast()) : root
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    guard seen.insert(id).inserted else { continue }
                    let path: String = row[1]
                    let source = path == absolute ? root : named + "/" + path.dropFirst(prefix.count)
                    out.append(ArticleSummary(id: id, source: source + (row[2] as String), title: row[3], published: row[4], outlet: row[5],
                                              delegations: row[6], regions: row[7], measures: row[8]))
                }
            }
            return out
        }
    }
}

extension CorpusIndex {
    /// Everyone the stored delegations name, with their article's id and date: what the directory of
    /// people is built from, no article decoded.
    public func personMentions() throws -> [PersonMention] {
        try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT p.name, p.role, p.country, p.article, p.delegation, a.published
                FROM article_person p JOIN article a ON a.id = p.article
                """)
            var out: [PersonMention] = []
            while let r = try rows.next() {
                out.append(PersonMention(name: r[0], role: r[1], country: r[2], article: r[3], delegation: r[4], published: r[5]))
            }
            return out
        }
    }
}
