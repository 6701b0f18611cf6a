import Foundation
import Synchronization
import VeilleCore
import VeilleIndex
import VeilleTUI

/// The dashboard's load, on a thread of its own: first what the index already holds for the paths (no
/// file read), then the update (new and changed files parsed on every core) with its progress, the list
/// refreshed now and then as articles arrive, and the final list with every region and the failures.
/// (Standard input and addresses are not stored: with them, the dashboard reads everything first.)
final class BackgroundLoad: Sendable {
    let index: CorpusIndex
    let paths: [String]
    let parser: ArticleParser
    let updates: CorpusUpdates
    /// Whether files added or changed in the paths are read while the dashboard runs.
    let watch: Bool
    /// The failures, for standard error once the dashboard has given the terminal back.
    let failures = Mutex<[InputFailure]>([])

    init(index: CorpusIndex, paths: [String], parser: ArticleParser, updates: CorpusUpdates, watch: Bool = false) {
        self.index = index
        self.paths = paths
        self.parser = parser
        self.updates = updates
        self.watch = watch
    }

    func run() {
        do {
            let store = try IndexArticleStore(index: index, gazetteer: parser.gazetteer)
            updates.post(rows: try index.summaries(under: paths), store: store, progress: LoadProgress(stage: "checking files"))
            let update = try index.update(paths: paths, parser: parser, progress: progress(), cancelled: { updates.cancelled },
                                          background: true)
            guard !updates.cancelled else { return }
            failures.withLock { $0 = update.failures }
            // Nothing changed: the store already made holds it all.
            let final = update.parsed == 0 && update.removed == 0 ? store : try IndexArticleStore(index: index, gazetteer: parser.gazetteer)
            let rows = try index.summaries(under: paths)
            updates.post(rows: rows, store: final, progress: nil, failures: update.failures.map(\.message),
                         notice: watch ? "watching" : nil)
            // The directory of people once the list is whole, before anyone asks for it: People then opens at once.
            _ = final.people
            if watch { try watchFolders() }
        } catch {
            readWithoutIndex(because: error)
        }
    }

    /// The index failed (locked by another program past the wait, the disk full, a file of it unreadable):
    /// the files are parsed again without it, so the dashboard lists everything all the same.
    private func readWithoutIndex(because error: Error) {
        let failure = InputFailure(path: index.url.path, problem: "index failed (\(error)); reading without it")
        updates.post(progress: LoadProgress(stage: "reading without the index"), failures: [failure.message])
        let corpus = ArticleLoader.load(paths: paths, parser: parser)
        guard !updates.cancelled else { return }
        let all = [failure] + corpus.failures
        failures.withLock { $0 = all }
        let store = MemoryArticleStore(corpus.articles)
        updates.post(rows: store.summaries, store: store, progress: nil, failures: all.map(\.message))
    }

    /// Reads what changes in the paths until the dashboard quits: files written or moved in are parsed,
    /// files deleted or moved away taken off, and the list posted with a notice of what came.
    private func watchFolders() throws {
        let watcher: FolderWatcher
        do {
            watcher = try FolderWatcher(paths: paths)
        } catch {
            updates.post(progress: nil, failures: ["--watch: \(error)"], notice: "not watching")
            return
        }
        var problem: Error?
        watcher.run(until: { updates.cancelled || problem != nil }) { changed in
            do { try absorb(changed) } catch { problem = error }
        }
        if let problem { throw problem }
    }

    private func absorb(_ changed: [String]) throws {
        let present = changed.filter { FileManager.default.fileExists(atPath: $0) }
        let update = try index.update(paths: present, parser: parser, cancelled: { updates.cancelled }, background: true)
        let removed = try index.remove(paths: changed.filter { !FileManager.default.fileExists(atPath: $0) })
        guard update.parsed > 0 || removed > 0 || !update.failures.isEmpty else { return }
        failures.withLock { $0 += update.failures }
        let store = try IndexArticleStore(index: index, gazetteer: parser.gazetteer)
        let time = Date().formatted(.dateTime.hour(.twoDigits(amPM: .omitted)).minute(.twoDigits))
        let what = [update.parsed > 0 ? "\(update.parsed) file\(update.parsed == 1 ? "" : "s") read" : nil,
                    removed > 0 ? "\(removed) gone" : nil].compactMap { $0 }.joined(separator: ", ")
        updates.post(rows: try index.summaries(under: paths), store: store, progress: nil, failures: update.failures.map(\.message),
                     notice: "watching · \(time) \(what.isEmpty ? "nothing new" : what)")
        _ = store.people
    }

    /// Progress at most ten times a second, the list at most once a second (reading it back costs), with
    /// a store that counts the regions of the articles in so far.
    private func progress() -> @Sendable (Int, Int) -> Void {
        let started = Date()
        let last = Mutex((progress: Date.distantPast, rows: Date()))
        return { [index, paths, updates, parser] done, total in
            let now = Date()
            let (showProgress, showRows) = last.withLock { l -> (Bool, Bool) in
                let p = now.timeIntervalSince(l.progress) >= 0.1 || done == total
                let r = now.timeIntervalSince(l.rows) >= 1 && done < total
                if p { l.progress = now }
                if r { l.rows = now }
                return (p, r)
            }
            guard showProgress || showRows else { return }
            let elapsed = now.timeIntervalSince(started)
            let progress = LoadProgress(stage: "parsing", done: done, total: total, rate: elapsed > 0.5 ? Double(done) / elapsed : nil)
            guard showRows, let rows = try? index.summaries(under: paths),
                  let store = try? IndexArticleStore(index: index, gazetteer: parser.gazetteer) else {
                return updates.post(progress: progress)
            }
            updates.post(rows: rows, store: store, progress: progress)
        }
    }
}
