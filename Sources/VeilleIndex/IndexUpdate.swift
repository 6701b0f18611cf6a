import Foundation
import GRDB
import Synchronization
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
    /// Files a transaction: each batch's flush of the search table costs, and 1,024 took a tenth off a
    /// cold index of 10,000 files against 256, for 16 MB more at the peak.
    static let batch = 1024

    /// Brings the index up to date for `paths`: new and changed files are parsed (on `workers` threads),
    /// unchanged ones (same size and modification time, same parser) are not even read, and files gone from
    /// a directory given are taken off. `progress(files done, files to parse)`.
    /// `cancelled` is asked before each file: what was written stays, the rest waits for the next update.
    /// `background`: the threads that parse and write give way to the rest of the process (the dashboard's
    /// key loop), which on two cores otherwise waited behind them for up to a tenth of a second.
    public func update(paths: [String], parser: ArticleParser, workers: Int = ArticleLoader.defaultWorkers,
                       progress: @Sendable (Int, Int) -> Void = { _, _ in },
                       cancelled: @Sendable () -> Bool = { false }, background: Bool = false) throws -> IndexUpdate {
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
        try parse(pending, into: &report, parser: parser, workers: workers, progress: progress, cancelled: cancelled,
                  background: background)
        if cancelled() { return report }
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
            // stat(2) itself: Foundation's attributes also look up the owner's name, which cost more than
            // the rest of a warm update.
            var info = stat()
            if stat(source, &info) == 0 {
                size = Int(info.st_size)
                mtime = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            } else {
                size = -1
                mtime = 0
            }
        }

        /// The path from the root, "." and ".." resolved by their names (links are not followed, as the
        /// walk reports paths under the names it was given). Foundation's URL did the same at a cost that
        /// dominated a warm update.
        static func absolute(_ path: String) -> String {
            let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            var parts: [Substring] = []
            for part in full.split(separator: "/") {
                switch part {
                case ".": continue
                case "..": _ = parts.popLast()
                default: parts.append(part)
                }
            }
            return "/" + parts.joined(separator: "/")
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

    /// A file read and, unless its content is already stored, parsed and encoded for its rows.
    enum Parsed: Sendable {
        case stored(hash: String)
        case new(hash: String, articles: [ArticleRow])
        case failed(InputFailure)
    }

    /// One article as stored: what the list shows and searches, and the whole extraction encoded.
    struct ArticleRow: Sendable {
        var suffix: String
        var title: String
        var published: String?
        var outlet: String?
        var language: String
        var delegations: Int
        var measures: Int
        var regionCount: Int
        var text: String
        var body: Data
        /// The regions it names and every region around them.
        var regions: Set<String>
        /// Everyone its delegations name (the article id and date are filled in when read back).
        var people: [PersonMention]

        init(_ article: Article, base: String, gazetteer: Gazetteer) throws {
            var stored = article
            // The path is the file's, not the content's, and the text has its own column: both are put back
            // when the article is read.
            suffix = String(article.source.dropFirst(base.count))
            stored.source = ""
            stored.text = ""
            title = article.title
            published = article.provenance.published
            outlet = article.provenance.outlet
            language = article.language.rawValue
            delegations = article.delegations.count
            measures = article.measures.count
            regionCount = article.regions.count
            text = article.text
            body = try CompactCoder.encode(stored)
            regions = Set(article.regions.flatMap { [$0.id] + gazetteer.ancestors(of: $0.id).map(\.id) })
            people = PersonMention.all(in: article, id: 0)
        }
    }

    /// Batches are parsed by the workers while the batch before is written, so the cores parse while
    /// SQLite writes; at most two batches wait for the writer, which bounds memory.
    private func parse(_ pending: [(slot: Int, file: FileState)], into report: inout IndexUpdate, parser: ArticleParser,
                       workers: Int, progress: @Sendable (Int, Int) -> Void, cancelled: @Sendable () -> Bool,
                       background: Bool) throws {
        guard !pending.isEmpty else { return }
        // The writer's closures end before this function does (it waits for the writer's queue to drain).
        try withoutActuallyEscaping(progress) { progress in
            try parse(pending, into: &report, parser: parser, workers: workers, reporting: progress, cancelled: cancelled,
                      background: background)
        }
    }

    private func parse(_ pending: [(slot: Int, file: FileState)], into report: inout IndexUpdate, parser: ArticleParser,
                       workers: Int, reporting progress: @escaping @Sendable (Int, Int) -> Void, cancelled: @Sendable () -> Bool,
                       background: Bool) throws {
        let stored = try storedDocuments()
        let writer = DispatchQueue(label: "veille.index.writer")
        let waiting = DispatchSemaphore(value: 2)
        let written = Mutex<(ids: [Int: Int64], error: Error?, done: Int)>(([:], nil, 0))
        // What became of each file, without the parsed articles, which the writer drops once written.
        var results: [Int: Result<Bool, InputFailure>] = [:]
        progress(0, pending.count)
        for start in stride(from: 0, to: pending.count, by: Self.batch) {
            if written.withLock({ $0.error != nil }) || cancelled() { break }
            let chunk = Array(pending[start..<min(start + Self.batch, pending.count)])
            // Asked for every file too: a batch is large (fewer, larger writes cost less), and quitting
            // must not wait for the rest of it.
            let parsed = concurrentMap(chunk.map(\.file), workers: workers) { file in
                if background { Self.giveWay() }
                return cancelled() ? Parsed.failed(InputFailure(path: file.source, problem: "not read (cancelled)"))
                    : Self.read(file, parser: parser, stored: stored)
            }
            if cancelled() { break }
            for (item, result) in zip(chunk, parsed) {
                switch result {
                case .failed(let failure): results[item.slot] = .failure(failure)
                case .stored: results[item.slot] = .success(false)
                case .new: results[item.slot] = .success(true)
                }
            }
            waiting.wait()
            writer.async {
                defer { waiting.signal() }
                if background { Self.giveWay() }
                do {
                    let ids = try self.write(zip(chunk, parsed).map { ($0.file, $1) })
                    let done = written.withLock { state in
                        for (item, id) in zip(chunk, ids) { if let id { state.ids[item.slot] = id } }
                        state.done += chunk.count
                        return state.done
                    }
                    progress(done, pending.count)
                } catch {
                    written.withLock { $0.error = error }
                }
            }
        }
        writer.sync {}
        let state = written.withLock { ($0.ids, $0.error) }
        if let error = state.1 { throw error }
        for (slot, result) in results {
            switch result {
            case .failure(let failure): report.inputs[slot].outcome = .failure(failure)
            case .success(let parsed):
                report.inputs[slot].outcome = .document(state.0[slot]!)
                if parsed { report.parsed += 1 } else { report.kept += 1 }
            }
        }
    }

    /// Lowers the calling thread's priority: Linux keeps a nice value per thread, and "process 0" is the
    /// calling thread. A pool thread lowered once stays so.
    private static func giveWay() {
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        if getpriority(which, 0) < 10 { _ = setpriority(which, 0, 10) }
        #endif
    }

    private func storedDocuments() throws -> Set<String> {
        try pool.read { db in Set(try String.fetchAll(db, sql: "SELECT hash FROM document WHERE parser = ?", arguments: [parserVersion])) }
    }

    /// The content's hash with the file's day: a file nothing else dates takes its day from its
    /// modification time, so a file touched on another day is parsed again.
    private static func read(_ file: FileState, parser: ArticleParser, stored: Set<String>) -> Parsed {
        do {
            let bytes = try ArticleLoader.readBytes(file.source, limit: parser.maximumBytes)
            // The time stat(2) gave when the file was looked at: a second look costs as much again.
            let date = file.size >= 0 ? Date(timeIntervalSince1970: file.mtime) : ArticleLoader.modificationDate(file.source)
            let day = date.map { String(Int($0.timeIntervalSince1970 / 86_400)) } ?? "-"
            let hash = ContentHash.of(bytes) + "@" + day
            if stored.contains(hash) { return .stored(hash: hash) }
            let articles = try parser.articles(bytes: bytes, source: file.source, fileDate: date)
            return .new(hash: hash, articles: try articles.map { try ArticleRow($0, base: file.source, gazetteer: parser.gazetteer) })
        } catch let problem as InputProblem {
            return .failed(InputFailure(path: file.source, problem: problem.description))
        } catch {
            return .failed(InputFailure(path: file.source, problem: "cannot be stored: \(error)"))
        }
    }

    /// One transaction for a batch: documents, articles, regions and file rows. The document ids, nil for failures.
    private func write(_ batch: [(FileState, Parsed)]) throws -> [Int64?] {
        let now = Date().timeIntervalSince1970
        return try pool.write { db in
            let document = try db.cachedStatement(sql: "SELECT id FROM document WHERE hash = ? AND parser = ?")
            let file = try db.cachedStatement(sql: "INSERT OR REPLACE INTO file(path, document, size, mtime) VALUES (?, ?, ?, ?)")
            let firstNew = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM article") ?? 0) + 1
            let ids = try batch.map { state, parsed -> Int64? in
                let hash: String
                var id: Int64?
                switch parsed {
                case .failed: return nil
                case .stored(let h): hash = h
                case .new(let h, let rows):
                    hash = h
                    id = try Int64.fetchOne(document, arguments: [h, parserVersion])
                    if id == nil { id = try insert(rows, hash: h, db: db) }
                }
                guard let id = try id ?? Int64.fetchOne(document, arguments: [hash, parserVersion]) else { return nil }
                try file.execute(arguments: [state.absolute, id, state.size, Self.trustedTime(state.mtime, now: now)])
                return id
            }
            // The batch's articles go into the search table in one statement: FTS5 flushes at the end of each.
            try db.execute(sql: "INSERT INTO article_search(rowid, title, text) SELECT id, title, text FROM article WHERE id >= ?",
                           arguments: [firstNew])
            return ids
        }
    }

    /// A file modified less than two seconds before it was read may still be being written: Linux sets the
    /// time when a write starts, so its time can be final while its last bytes are not there yet. It is kept
    /// with no time (-1, which no stat gives), so the next update reads it again and compares its content.
    /// (git knows the same trap as its racy timestamps.)
    static func trustedTime(_ mtime: Double, now: Double) -> Double {
        now - mtime >= 2 ? mtime : -1
    }

    /// The new document's id.
    private func insert(_ rows: [ArticleRow], hash: String, db: Database) throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO document(hash, parser) VALUES (?, ?)").execute(arguments: [hash, parserVersion])
        let document = db.lastInsertedRowID
        let article = try db.cachedStatement(sql: """
            INSERT INTO article(document, part, suffix, title, published, outlet, language, delegations, measures, regions, text, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let region = try db.cachedStatement(sql: "INSERT OR IGNORE INTO article_region(region, article) VALUES (?, ?)")
        let person = try db.cachedStatement(sql: "INSERT INTO article_person(article, delegation, name, role, country) VALUES (?, ?, ?, ?, ?)")
        for (part, row) in rows.enumerated() {
            try article.execute(arguments: [document, part, row.suffix, row.title, row.published, row.outlet, row.language,
                                            row.delegations, row.measures, row.regionCount, row.text, row.body])
            let id = db.lastInsertedRowID
            for r in row.regions { try region.execute(arguments: [r, id]) }
            for p in row.people { try person.execute(arguments: [id, p.delegation, p.name, p.role, p.country]) }
        }
        return document
    }

    /// Takes off files that are gone (a watched file deleted or moved away), and the documents left
    /// without a file; returns how many files were taken off.
    public func remove(paths: [String]) throws -> Int {
        guard !paths.isEmpty else { return 0 }
        return try removeGone(roots: [], seen: [], failed: paths.map { FileState.absolute($0) }, repointed: false)
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
