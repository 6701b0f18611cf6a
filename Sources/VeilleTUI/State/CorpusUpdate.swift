import Synchronization
import VeilleCore

/// How far the background load has gone, for the header.
public struct LoadProgress: Sendable, Hashable {
    /// "reading the index", "parsing".
    public var stage: String
    public var done: Int
    public var total: Int
    /// Files a second, once known.
    public var rate: Double?

    public init(stage: String, done: Int = 0, total: Int = 0, rate: Double? = nil) {
        self.stage = stage
        self.done = done
        self.total = total
        self.rate = rate
    }

    /// "parsing 12% · 850/s · 11 s left": short, the header also says how many articles are in.
    var text: String {
        var parts = [total > 0 ? "\(stage) \(done * 100 / total)%" : stage]
        if let rate, rate > 0 {
            parts.append("\(Int(rate.rounded()))/s")
            if total > done { parts.append("\(Int((Double(total - done) / rate).rounded(.up))) s left") }
        }
        return parts.joined(separator: " · ")
    }
}

/// What the background load sends the dashboard: the whole list when it changed (with the store that
/// holds its articles), how far it has gone (nil once done), and inputs that failed.
public struct CorpusUpdate: Sendable, Hashable {
    /// Tells updates apart: stores have no equality of their own.
    public let serial: Int
    public var rows: [ArticleSummary]?
    public var store: (any ArticleStore)?
    public var progress: LoadProgress?
    public var failures: [String]
    /// What watching the folders last brought ("watching", "09:14 · 2 files read"), kept in the header.
    public var notice: String?

    public init(serial: Int, rows: [ArticleSummary]? = nil, store: (any ArticleStore)? = nil, progress: LoadProgress?,
                failures: [String] = [], notice: String? = nil) {
        self.serial = serial
        self.rows = rows
        self.store = store
        self.progress = progress
        self.failures = failures
        self.notice = notice
    }

    public static func == (a: CorpusUpdate, b: CorpusUpdate) -> Bool { a.serial == b.serial }
    public func hash(into hasher: inout Hasher) { hasher.combine(serial) }
}

/// The mailbox between the loading thread and the dashboard's loop, which takes what arrived between keys.
public final class CorpusUpdates: Sendable {
    private let pending = Mutex<[CorpusUpdate]>([])
    private let serial = Atomic(0)
    private let stop = Atomic(false)

    public init() {}

    public func post(rows: [ArticleSummary]? = nil, store: (any ArticleStore)? = nil, progress: LoadProgress?, failures: [String] = [],
                     notice: String? = nil) {
        let update = CorpusUpdate(serial: serial.wrappingAdd(1, ordering: .relaxed).newValue, rows: rows, store: store,
                                  progress: progress, failures: failures, notice: notice)
        pending.withLock { $0.append(update) }
    }

    /// What arrived since the last call, oldest first.
    public func take() -> [CorpusUpdate] {
        pending.withLock { taken in defer { taken = [] }; return taken }
    }

    /// Set when the dashboard quits: the loader stops at its next batch.
    public var cancelled: Bool { stop.load(ordering: .relaxed) }
    func cancel() { stop.store(true, ordering: .relaxed) }
}
