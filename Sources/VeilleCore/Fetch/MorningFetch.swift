import Foundation
import Synchronization

/// `veille fetch`: every new item of the analyst's feeds saved as a file in the corpus folder. An item whose
/// feed gives only a teaser is saved as its page; an item already fetched once (by the folder's ledger) is
/// neither fetched nor written again. Feeds are fetched a few at a time; files are written in feed order.
public struct MorningFetch: Sendable {
    public var fetcher: HTTPFetcher
    public var folder: URL
    /// Characters of text under which a feed's item is a teaser of its page.
    public var teaserLength = 400
    /// Feeds in flight at once: the work is waiting on servers, not the cores.
    public var workers = 4

    public init(fetcher: HTTPFetcher = HTTPFetcher(), folder: URL) {
        self.fetcher = fetcher
        self.folder = folder
    }

    public struct Added: Sendable, Equatable {
        public var file: URL
        public var title: String?
    }

    public struct Report: Sendable {
        public var added: [Added] = []
        /// Items the folder already had.
        public var known = 0
        /// Feeds that gave nothing, one line each ("address: problem").
        public var failures: [InputFailure] = []
        /// Items kept from their feed because their page could not be fetched.
        public var notes: [InputFailure] = []
    }

    /// `progress(feeds done, feeds in all)`, called from the fetching threads.
    public func run(feeds: [String], progress: @Sendable (Int, Int) -> Void = { _, _ in }) throws -> Report {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var ledger = FetchLedger(folder: folder)
        let known = ledger
        let done = Atomic(0)
        progress(0, feeds.count)
        let outcomes = concurrentMap(feeds, workers: workers) { feed in
            defer { progress(done.wrappingAdd(1, ordering: .relaxed).newValue, feeds.count) }
            return collect(feed, skipping: known)
        }
        var report = Report()
        for outcome in outcomes {
            report.known += outcome.known
            report.notes += outcome.notes
            if let failure = outcome.failure { report.failures.append(failure) }
            for item in outcome.items where !ledger.contains(item.key) {
                let file = ItemFile.unused(item.name, in: folder)
                try Data(item.bytes).write(to: file, options: .atomic)
                // The item's date, where a page names none, reaches the reader as the file's.
                if let date = item.date { try? FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: file.path) }
                try ledger.record(item.key, file: file.lastPathComponent)
                report.added.append(Added(file: file, title: item.title))
            }
        }
        return report
    }

    /// One item ready to be written.
    struct Pending {
        var key: String
        var name: String
        var bytes: [UInt8]
        var title: String?
        var date: Date?
    }

    struct FeedOutcome {
        var items: [Pending] = []
        var known = 0
        var failure: InputFailure?
        var notes: [InputFailure] = []
    }

    func collect(_ feed: String, skipping ledger: FetchLedger) -> FeedOutcome {
        var outcome = FeedOutcome()
        let body: HTTPBody
        switch fetcher.get(feed) {
        case .failure(let problem):
            outcome.failure = InputFailure(path: feed, problem: problem.description)
            return outcome
        case .success(let b): body = b
        }
        guard let items = FeedReader.items(body.bytes) else {
            outcome.failure = InputFailure(path: feed, problem: "not a feed (RSS or Atom)")
            return outcome
        }
        let outlet = items.lazy.compactMap(\.provenance.outlet).first ?? body.url.host
        for item in items {
            if ledger.contains(item.key) { outcome.known += 1; continue }
            outcome.items.append(pending(item, outlet: outlet, notes: &outcome.notes))
        }
        return outcome
    }

    /// The item's page when the feed gives a teaser and the page can be had, else the item itself.
    private func pending(_ item: FeedReader.Item, outlet: String?, notes: inout [InputFailure]) -> Pending {
        let day = item.provenance.published
        let date = day.flatMap(PublicationDate.moment)
        if let link = item.provenance.url, HTTPFetcher.isAddress(link), isTeaser(item) {
            switch fetcher.get(link) {
            case .success(let page) where InputFormat.sniff(page.bytes) == .html:
                return Pending(key: item.key, name: ItemFile.name(day: day, outlet: outlet, title: item.title, extension: "html"),
                               bytes: page.bytes, title: item.title, date: date ?? page.lastModified)
            case .success:
                notes.append(InputFailure(path: link, problem: "not a web page; kept the feed's summary"))
            case .failure(let problem):
                notes.append(InputFailure(path: link, problem: "\(problem); kept the feed's summary"))
            }
        }
        return Pending(key: item.key, name: ItemFile.name(day: day, outlet: outlet, title: item.title, extension: "xml"),
                       bytes: ItemFile.feed(outlet: outlet, item: item), title: item.title, date: date)
    }

    private func isTeaser(_ item: FeedReader.Item) -> Bool {
        guard !item.html.isEmpty, let root = MarkupTree.html(Array(item.html.utf8), encoding: "UTF-8") else { return true }
        return HTMLArticle.lines(root).reduce(0) { $0 + $1.count } < teaserLength
    }
}
