import Foundation
import GRDB
import VeilleCore

/// The persistent corpus: every file's extraction, kept in SQLite so an unchanged file is never parsed
/// twice. WAL mode: one writer at a time (a second waits), readers never blocked. A file that is not an
/// index, or a damaged one, is set aside beside itself and a new index is built in its place.
public final class CorpusIndex: Sendable {
    public let url: URL
    let pool: DatabasePool
    /// Said once when the index had to be set aside and rebuilt.
    public let notice: String?
    /// The parser whose extractions are kept: documents of another version are parsed again.
    public let parserVersion: Int

    public init(at url: URL, parserVersion: Int = ArticleParser.version) throws {
        self.url = url
        self.parserVersion = parserVersion
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            pool = try Self.openPool(url)
            notice = nil
        } catch let error as DatabaseError where Self.isDamage(error) {
            let aside = try Self.setAside(url)
            pool = try Self.openPool(url)
            notice = "the index \(url.path) was damaged (\(error.resultCode)); set aside as \(aside.lastPathComponent) and rebuilt"
        }
    }

    /// Opens, migrates and reads the index once, so damage is found here rather than mid-query.
    private static func openPool(_ url: URL) throws -> DatabasePool {
        var configuration = Configuration()
        // Another veille writing: wait for it rather than fail. Its batches hold the lock for well under a
        // second; a program holding it for longer gets the command reading without the index after this.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try DatabasePool(path: url.path, configuration: configuration)
        try IndexSchema.migrator.migrate(pool)
        _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM document") }
        return pool
    }

    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }

    /// Moves the damaged file (and its journal files) to "index.sqlite.damaged-TIMESTAMP".
    private static func setAside(_ url: URL) throws -> URL {
        let stamp = Int(Date().timeIntervalSince1970)
        let aside = url.deletingLastPathComponent().appendingPathComponent("\(url.lastPathComponent).damaged-\(stamp)")
        try FileManager.default.moveItem(at: url, to: aside)
        for suffix in ["-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: url.path + suffix)
        }
        return aside
    }

    /// Empties the index: the next update parses every file again.
    public func rebuild() throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM file; DELETE FROM article_region; DELETE FROM article_person; DELETE FROM article; DELETE FROM document;")
            try db.execute(sql: "INSERT INTO article_search(article_search) VALUES ('rebuild')")
        }
        try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
    }

    /// What the index holds, for `veille index`.
    public struct Statistics: Sendable, Equatable {
        public var files: Int
        public var articles: Int
        public var delegations: Int
        public var measures: Int
        public var regions: Int
        public var bytes: Int
    }

    public func statistics() throws -> Statistics {
        try pool.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM file), count(*), coalesce(sum(delegations), 0), coalesce(sum(measures), 0),
                       (SELECT count(DISTINCT region) FROM article_region)
                FROM article
                """)!
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            let wal = (try? FileManager.default.attributesOfItem(atPath: url.path + "-wal")[.size] as? Int) ?? 0
            return Statistics(files: row[0], articles: row[1], delegations: row[2], measures: row[3], regions: row[4], bytes: size + wal)
        }
    }
}
