import ArgumentParser
import Foundation
import VeilleCore

/// The morning's news: the new items of the analyst's feeds, saved into the corpus folder.
struct Fetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Save every new item of your feeds as a file in the corpus folder, and say what was added.",
        discussion: "Feeds are listed one address a line in $XDG_CONFIG_HOME/veille/feeds.txt (# starts a comment); "
            + "items go to $XDG_DATA_HOME/veille/articles. An item already fetched is not fetched again."
    )

    @Option(name: .long, help: "The feed list to read instead of $XDG_CONFIG_HOME/veille/feeds.txt.")
    var feeds: String?

    @Option(name: .long, help: "The folder to save items into instead of $XDG_DATA_HOME/veille/articles.")
    var into: String?

    @Option(name: .long, help: "Seconds to wait for a server that has stopped answering.")
    var timeout: Double = 15

    func run() throws {
        let folders = UserFolders()
        let listPath = feeds ?? folders.feedList.path
        guard let data = FileManager.default.contents(atPath: listPath) else {
            Diagnostics.error("\(TerminalSafe.text(listPath)): no feed list here (one feed address a line; --feeds FILE names another)")
            throw ExitCode(1)
        }
        let list = FeedList(text: String(decoding: data, as: UTF8.self), name: listPath)
        for problem in list.problems { Diagnostics.error(problem) }
        guard !list.addresses.isEmpty else {
            Diagnostics.error("\(TerminalSafe.text(listPath)): no feed address in the list")
            throw ExitCode(1)
        }
        let folder = into.map { URL(fileURLWithPath: $0) } ?? folders.articles
        let fetch = MorningFetch(fetcher: HTTPFetcher(limits: HTTPLimits(idleTimeout: timeout, totalTimeout: timeout * 4)), folder: folder)
        let report: MorningFetch.Report
        do {
            report = try fetch.run(feeds: list.addresses, progress: ProgressLine.feeds)
        } catch {
            ProgressLine.clear()
            Diagnostics.error("\(TerminalSafe.text(folder.path)): cannot save items here: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        ProgressLine.clear()
        for note in report.notes { Diagnostics.error(note.message) }
        for failure in report.failures { Diagnostics.error(failure.message) }
        for added in report.added {
            print("added \(TerminalSafe.text(added.file.lastPathComponent))  \(TerminalSafe.text(added.title ?? ""))")
        }
        print(Self.summary(report, feeds: list.addresses.count, folder: folder))
        if !report.failures.isEmpty || !list.problems.isEmpty { throw ExitCode(1) }
    }

    static func summary(_ r: MorningFetch.Report, feeds: Int, folder: URL) -> String {
        let new = r.added.count == 1 ? "1 new article" : "\(r.added.count) new articles"
        let failed = r.failures.isEmpty ? "" : ", \(r.failures.count) failed"
        return "\(new) in \(TerminalSafe.text(folder.path)) (\(r.known) already there) from \(feeds) feed\(feeds == 1 ? "" : "s")\(failed)"
    }
}

/// "fetching feeds 3/12", "parsing 512/2000 files" on standard error, rewritten in place, only when it is a terminal: a log keeps
/// the report, not the progress.
enum ProgressLine {
    static let shown = isatty(2) == 1

    @Sendable static func feeds(done: Int, total: Int) {
        guard shown else { return }
        FileHandle.standardError.write(Data("\rfetching feeds \(done)/\(total)".utf8))
    }

    @Sendable static func files(done: Int, total: Int) {
        guard shown else { return }
        FileHandle.standardError.write(Data("\rparsing \(done)/\(total) files".utf8))
    }

    static func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
