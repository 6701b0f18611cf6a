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
    /// The failures, for standard error once the dashboard has given the terminal back.
    let failures = Mutex<[InputFailure]>([])

    init(index: CorpusIndex, paths: [String], parser: ArticleParser, updates: CorpusUpdates) {
        self.index = index
        self.paths = paths
        self.parser = parser
        self.updates = updates
    }

    func run() {
        do {
            let store = try IndexArticleStore(index: index, gazetteer: parser.gazetteer)
            updates.post(rows: try index.summaries(under: paths), store: store, progress: LoadProgress(stage: "checking files"))
            // The directory of people while the files are checked: opening People then does not wait.
            _ = store.people
            let update = try index.update(paths: paths, parser: parser, progress: progress(store: store), cancelled: { updates.cancelled })
            guard !updates.cancelled else { return }
            failures.withLock { $0 = update.failures }
            let final = try IndexArticleStore(index: index, gazetteer: parser.gazetteer)
            _ = final.people
            let rows = try index.summaries(under: paths)
            updates.post(rows: rows, store: final, progress: nil, failures: update.failures.map(\.message))
        } catch {
            let failure = InputFailure(path: index.url.path, problem: "index failed: \(error)")
            failures.withLock { $0.append(failure) }
            updates.post(progress: nil, failures: [failure.message])
        }
    }

    /// Progress at most ten times a second, the list at most once a second (reading it back costs).
    private func progress(store: IndexArticleStore) -> @Sendable (Int, Int) -> Void {
        let started = Date()
        let last = Mutex((progress: Date.distantPast, rows: Date()))
        return { [index, paths, updates] done, total in
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
            updates.post(rows: showRows ? try? index.summaries(under: paths) : nil, store: showRows ? store : nil, progress: progress)
        }
    }
}
