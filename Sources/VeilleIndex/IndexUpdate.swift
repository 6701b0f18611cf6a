import Foundation
import GRDB
import VeilleCore

/// One input as the index answers for it: a stored document, articles read without the index (standard
/// input, addresses), or a failure.
public struct IndexedInput: Sendable {
    public enum Outcome: Sendable {
        case document(Int64)
        case unindexed([Article])
        case failure(InputFailure)
    }

    /// The path as the user named it (a directory's files under the directory's name).
    public var source: String
    public var outcome: Outcome
}

/// What an update did.
public struct IndexUpdate: Sendable {
    public var inputs: [IndexedInput] = []
    /// Files parsed, files whose stored extraction was kept (unchanged, or changed back to content already
    /// stored), files taken off the index.
    public var parsed = 0
    public var kept = 0
    public var removed = 0

    public var failures: [InputFailure] {
        inputs.compactMap { if case .failure(let f) = $0.outcome { f } else { nil } }
    }
}

extension CorpusIndex {
    /// Files parsed per write transaction: large enough that commits are cheap, small enough that an
    /// interrupted update keeps most of its work and progress moves.
    static let batch = 256

    /// Brings the index up to date for `paths`: new and changed files are parsed (on `workers` threads),
    /// unchanged ones (same size and modification time, same parser) are not even read, and files gone from
    /// a directory given are taken off. `progress(files done, files to parse)`.
    public func update(paths: [String], parser: ArticleParser, workers: Int = ArticleLoader.defaultWorkers,
                       progress: @Sendable (Int, Int) -> Void = { _, _ in }) throws -> IndexUpdate {
        let expanded = paths.flatMap(ArticleLoader.expand)
        let known = try knownFiles()
        var report = IndexUpdate()
        var pending: [(slot: Int, file: FileState)] = []
        for input in expanded {
            switch input {
            case .failure(let failure):
                report.inputs.append(IndexedInput(source: failure.path, outcome: .failure(failure)))
            case .success(let path) where path == "-" || HTTPFetcher.isAddress(path):
                let outcome: IndexedInput.Outcome = switch ArticleLoader.read(path, parser: parser) {
                case .success(let articles): .unindexed(articles)
                case .failure(let failure): .failure(failure)
                }
                report.inputs.append(IndexedInput(source: path, outcome: outcome))
            case .success(let path):
                let state = FileState(source: path)
                if let row = known[state.absolute], row.matches(state, parser: parserVersion) {
                    report.inputs.append(IndexedInput(source: path, outcome: .document(row.document)))
                    report.kept += 1
                } else {
                    pending.append((report.inputs.count, state))
                    report.inputs.append(IndexedInput(source: path, outcome: .document(-1)))
                }
            }
        }
        try parse(pending, into: &report, parser: parser, workers: workers, progress: progress)
        report.removed = try removeGone(roots: paths, seen: Set(expanded.compactMap { try? $0.get() }.map { FileState.absolute($0) }),
                                        failed: report.failures.map { FileState.absolute($0.path) }, repointed: !pending.isEmpty)
        return report
    }

    /// A file as found on disk now.
    struct FileState: Sendable {
        var source: String
        var absolute: String
        var size: Int
        var mtime: Double

        init(source: String) {
            self.source = source
            absolute = Self.absolute(source)
            let attributes = try? FileManager.default.attributesOfItem(atPath: source)
            size = attributes?[.size] as? Int ?? -1
            mtime = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        }

        static func absolute(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.path
        }
    }

    struct KnownFile {
        var document: Int64
        var size: Int
        var mtime: Double
        var parser: Int

        func matches(_ state: FileState, parser version: Int) -> Bool {
            size == state.size && mtime == state.mtime && parser == version
        }
    }

    private func knownFiles() throws -> [String: KnownFile] {
        try pool.read { db in
            var out: [String: KnownFile] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT f.path, f.document, f.size, f.mtime, d.parser FROM file f JOIN document d ON d.id = f.document")
            while let row = try rows.next() {
                out[row[0]] = KnownFile(document: row[1], size: row[2], mtime: row[3], parser: row[4])
            }
            return out
        }
    }

    /// A file read and, unless its content is already stored, parsed.
    enum Parsed: Sendable {
        case stored(hash: String)
        case new(hash: String, articles: [Article])
        case failed(InputFailure)
    }

    private func parse(_ pending: [(slot: Int, file: FileState)], into report: inout IndexUpdate, parser: ArticleParser,
                       workers: Int, progress: @Sendable (Int, Int) -> Void) throws {
        guard !pending.isEmpty else { return }
        let stored = try storedDocuments()
        var done = 0
        progress(0, pending.count)
        for start in stride(from: 0, to: pending.count, by: Self.batch) {
            let chunk = Array(pending[start..<min(start + Self.batch, pending.count)])
            let results = concurrentMap(chunk.map(\.file), workers: workers) { file in Self.read(file, parser: parser, stored: stored) }
            let ids = try write(zip(chunk, results).map { ($0.file, $1) }, gazetteer: parser.gazetteer)
            for ((slot, _), (result, id)) in zip(chunk, zip(results, ids)) {
                switch result {
                case .failed(let failure): report.inputs[slot].outcome = .failure(failure)
                case .stored: report.inputs[slot].outcome = .document(id!); report.kept += 1
                case .new: report.inputs[slot].outcome = .document(id!); report.parsed += 1
                }
            }
            done += chunk.count
            progress(done, pending.count)
        }
    }

    private func storedDocuments() throws -> Set<String> {
        try pool.read { db in Set(try String.fetchAll(db, sql: "SELECT hash FROM document WHERE parser = ?", arguments: [parserVersion])) }
    }

    /// The content's hash with the file's day: a file nothing else dates takes its day from its
    /// modification time, so a file touched on another day is parsed again.
    private static func read(_ file: FileState, parser: ArticleParser, stored: Set<String>) -> Parsed {
        do {
            let bytes = try ArticleLoader.readBytes(file.source)
            let date = ArticleLoader.modificationDate(file.source)
            let day = date.map { String(Int($0.timeIntervalSince1970 / 86_400)) } ?? "-"
            let hash = ContentHash.of(bytes) + "@" + day
            if stored.contains(hash) { return .stored(hash: hash) }
            return .new(hash: hash, articles: try parser.articles(bytes: bytes, source: file.source, fileDate: date))
        } catch {
            return .failed(InputFailure(path: file.source, problem: error.description))
        }
    }

    /// One transaction for a batch: documents, articles, regions and file rows. The document ids, nil for failures.
    private func write(_ batch: [(FileState, Parsed)], gazetteer: Gazetteer) throws -> [Int64?] {
        let encoder = JSONEncoder()
        return try pool.write { db in
            try batch.map { file, parsed -> Int64? in
                let hash: String
                switch parsed {
                case .failed: return nil
                case .stored(let h): hash = h
                case .new(let h, let articles):
                    hash = h
                    if try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE hash = ? AND parser = ?", arguments: [h, parserVersion]) == nil {
                        try insert(articles, hash: h, db: db, encoder: encoder, base: file.source, gazetteer: gazetteer)
                    }
                }
                let id = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE hash = ? AND parser = ?", arguments: [hash, parserVersion])!
                try db.execute(sql: "INSERT OR REPLACE INTO file(path, document, size, mtime) VALUES (?, ?, ?, ?)",
                               arguments: [file.absolute, id, file.size, file.mtime])
                return id
            }
        }
    }

    private func insert(_ articles: [Article], hash: String, db: Database, encoder: JSONEncoder, base: String, gazetteer: Gazetteer) throws {
        try db.execute(sql: "INSERT INTO document(hash, parser) VALUES (?, ?)", arguments: [hash, parserVersion])
        let document = db.lastInsertedRowID
        for (part, article) in articles.enumerated() {
            var stored = article
            // The path is the file's, not the content's: it is put back when the article is read.
            let suffix = String(article.source.dropFirst(base.count))
            stored.source = ""
            try db.execute(sql: """
                INSERT INTO article(document, part, suffix, title, published, outlet, language, delegations, measures, regions, text, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [document, part, suffix, article.title, article.provenance.published, article.provenance.outlet,
                                 article.language.rawValue, article.delegations.count, article.measures.count, article.regions.count,
                                 article.text, try encoder.encode(stored)])
            let id = db.lastInsertedRowID
            for region in Set(article.regions.flatMap { [$0.id] + gazetteer.ancestors(of: $0.id).map(\.id) }) {
                try db.execute(sql: "INSERT OR IGNORE INTO article_region(region, article) VALUES (?, ?)", arguments: [region, id])
            }
        }
    }

    /// Takes off the files under a directory given that are no longer there, a file given that is gone,
    /// and files that failed to read; then the documents no file points at.
    private func removeGone(roots: [String], seen: Set<String>, failed: [String], repointed: Bool) throws -> Int {
        try pool.write { db in
            var gone: [String] = failed
            for root in roots where root != "-" && !HTTPFetcher.isAddress(root) {
                let absolute = FileState.absolute(root)
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory)
                if exists && !isDirectory.boolValue { continue }
                if !exists { gone.append(absolute) }
                let prefix = absolute.hasSuffix("/") ? absolute : absolute + "/"
                // Paths under the prefix: from "dir/" up to "dir0", '0' being the byte after '/'.
                let under = try String.fetchAll(db, sql: "SELECT path FROM file WHERE path >= ? AND path < ?",
                                                arguments: [prefix, String(prefix.dropLast()) + "0"])
                gone += under.filter { !seen.contains($0) }
            }
            var removed = 0
            for path in Set(gone) {
                try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [path])
                removed += db.changesCount
            }
            // Documents left by files removed or repointed (changed content, another parser version).
            if removed > 0 || repointed {
                try db.execute(sql: "DELETE FROM document WHERE id NOT IN (SELECT document FROM file)")
            }
            return removed
        }
    }
}
