import Foundation
import VeilleCore
import VeilleIndex

/// The index's figures on a corpus folder, one stage per process so each peak memory is its own:
///   veille-bench index cold DIR INDEX   (a new index: every file parsed and stored)
///   veille-bench index warm DIR INDEX   (an index up to date: every file checked, none parsed; then look-ups)
enum IndexBench {
    static func run(_ arguments: [String], parser: ArticleParser) throws {
        guard arguments.count == 3, ["cold", "warm"].contains(arguments[0]) else {
            FileHandle.standardError.write(Data("veille-bench: index cold|warm DIR INDEX\n".utf8))
            exit(2)
        }
        let (stage, dir, path) = (arguments[0], arguments[1], arguments[2])
        if stage == "cold" {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let clock = ContinuousClock()
        var start = clock.now
        let index = try CorpusIndex(at: URL(fileURLWithPath: path))
        let update = try index.update(paths: [dir], parser: parser)
        let elapsed = clock.now - start
        let stats = try index.statistics()
        print("\(stage): \(update.parsed) parsed, \(update.kept) kept, \(stats.articles) articles in \(seconds(elapsed)) s; "
              + "index \(String(format: "%.0f", Double(stats.bytes) / 1_048_576)) MB; peak \(String(format: "%.0f", peakResidentMB())) MB")
        guard stage == "warm" else { return }
        start = clock.now
        let rows = try index.summaries(under: [dir])
        print("warm: \(rows.count) article rows in \(milliseconds(clock.now - start)) ms")
        for region in ["zone:nord-malien", "ML-7", "supra:sahel"] {
            let (n, ms) = try median { try index.articles(inRegion: region).count }
            print("region \(region): \(n) articles in \(ms) ms (median of 9)")
        }
        for query in ["délégation", "tillaberi", "coopération militaire"] {
            let (n, ms) = try median { try index.search(query)?.count ?? 0 }
            print("search '\(query)': \(n) articles in \(ms) ms (median of 9)")
        }
        print("warm: peak \(String(format: "%.0f", peakResidentMB())) MB")
    }

    static func median(_ work: () throws -> Int) throws -> (Int, String) {
        let clock = ContinuousClock()
        var times: [Duration] = []
        var result = 0
        for _ in 0..<9 {
            let start = clock.now
            result = try work()
            times.append(clock.now - start)
        }
        return (result, milliseconds(times.sorted()[4]))
    }

    static func seconds(_ d: Duration) -> String {
        String(format: "%.2f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }

    static func milliseconds(_ d: Duration) -> String {
        String(format: "%.1f", (Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18) * 1000)
    }
}
