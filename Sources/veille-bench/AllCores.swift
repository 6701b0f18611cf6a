import Foundation
import Synchronization
import VeilleCore

/// The single-core loop's articles parsed again by several workers at once:
/// article k is the same seed with the same suffix, and the count is the one
/// the single-core loop stopped at, so both phases parse the very same text
/// and find the same number of items.
enum AllCores {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(texts: [String], target: Int, workers: Int, parser: ArticleParser) throws(Failure) {
        let count = articleCount(texts: texts, target: target)
        let next = Atomic(0)
        let processed = Atomic(0)
        let items = Atomic(0)
        let failure = Mutex<String?>(nil)
        let clock = ContinuousClock()
        let start = clock.now
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // Each worker takes the next article number, as the loader takes the next file.
            while case let k = next.wrappingAdd(1, ordering: .relaxed).oldValue, k < count {
                let bytes = Array(text(texts, k).utf8)
                do {
                    let article = try parser.parse(bytes: bytes, source: "bench-\(k)")
                    items.wrappingAdd(article.delegations.count + article.regions.count + article.measures.count, ordering: .relaxed)
                    processed.wrappingAdd(bytes.count, ordering: .relaxed)
                } catch {
                    failure.withLock { $0 = $0 ?? "bench-\(k): \(error)" }
                }
            }
        }
        let seconds = Growth.seconds(clock.now - start)
        if let message = failure.withLock({ $0 }) { throw Failure(description: message) }
        let mb = Double(processed.load(ordering: .relaxed)) / 1_048_576
        print(String(format: "all cores (%d workers): %d articles, %.1f MB in %.2f s: %.1f MB/s, %.0f articles/s, %d items found",
                     workers, count, mb, seconds, mb / seconds, Double(count) / seconds, items.load(ordering: .relaxed)))
        print(String(format: "after all cores: peak RSS %.1f MB", peakResidentMB()))
    }

    /// Article k as the single-core loop builds it: a seed and a running number, so no two texts are identical.
    static func text(_ texts: [String], _ k: Int) -> String {
        texts[k % texts.count] + "\n\nRéf. \(k)\n"
    }

    /// How many articles the single-core loop parses: it stops at the first that reaches the target.
    static func articleCount(texts: [String], target: Int) -> Int {
        var bytes = 0
        var count = 0
        while bytes < target {
            bytes += text(texts, count).utf8.count
            count += 1
        }
        return count
    }
}
