import Foundation
import Synchronization
import Testing
import TestSupport

/// `veille index`, `--index`, `--no-index` and `export --search` as a user runs them.
@Suite struct IndexCommandTests {
    let scratch: ScratchFolder
    var index: String { scratch.path("index.sqlite") }

    init() throws {
        scratch = try ScratchFolder("veille-index-cli")
    }

    /// Copies of every fixture article into `count` folders, so two processes have work.
    private func folders(_ count: Int) throws -> [String] {
        let names = Fixtures.names
        return try (0..<count).map { k in
            let folder = scratch.url.appendingPathComponent("part\(k)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (i, name) in names.enumerated() where i % count == k {
                try FileManager.default.copyItem(atPath: Fixtures.path(name), toPath: folder.appendingPathComponent("\(name).txt").path)
            }
            return folder.path
        }
    }

    private func statistics(_ output: String) -> String? {
        output.split(separator: "\n").last.map(String.init)
    }

    @Test func indexThenSearchThenRebuild() throws {
        let folder = try folders(1)[0]
        let first = try BinaryRunner.run(["index", "--index", index, folder])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("parsed \(Fixtures.names.count), kept 0, removed 0 files in "), "\(first.stdout)")
        #expect(statistics(first.stdout)?.hasPrefix("\(index): \(Fixtures.names.count) files, ") == true)
        let warm = try BinaryRunner.run(["index", "--index", index, folder])
        #expect(warm.stdout.hasPrefix("parsed 0, kept \(Fixtures.names.count), removed 0"))

        let search = try BinaryRunner.run(["export", "--index", index, "--format", "text", "--search", "TILLABERI couvre-feu", folder])
        let titles = search.stdout.split(separator: "\n").filter { $0.hasPrefix("== ") }
        let direct = try BinaryRunner.run(["export", "--no-index", "--format", "text", "--search", "tillabéri Couvre-feu", folder])
        #expect(!titles.isEmpty)
        #expect(titles == direct.stdout.split(separator: "\n").filter { $0.hasPrefix("== ") }, "the index and the words agree")

        let rebuilt = try BinaryRunner.run(["index", "--index", index, "--rebuild", folder])
        #expect(rebuilt.stdout.hasPrefix("parsed \(Fixtures.names.count), kept 0"))
    }

    @Test func twoProcessesShareOneIndex() throws {
        let parts = try folders(2)
        let index = self.index
        let runs = Mutex<[BinaryRunner.Result]>([])
        DispatchQueue.concurrentPerform(iterations: parts.count) { k in
            if let run = try? BinaryRunner.run(["index", "--index", index, parts[k]]) { runs.withLock { $0.append(run) } }
        }
        let results = runs.withLock { $0 }
        #expect(results.count == 2)
        for run in results {
            #expect(run.status == 0, "\(run.stderr)")
        }
        let all = try BinaryRunner.run(["index", "--index", index] + parts)
        #expect(all.stdout.hasPrefix("parsed 0, kept \(Fixtures.names.count), removed 0"), "\(all.stdout)")
    }

    @Test func aWriterKilledMidwayLeavesAUsableIndex() throws {
        let folder = try folders(1)[0]
        let process = Process()
        process.executableURL = BinaryRunner.veille
        process.arguments = ["index", "--index", index, folder]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.4)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let after = try BinaryRunner.run(["index", "--index", index, folder])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(statistics(after.stdout)?.contains(": \(Fixtures.names.count) files, ") == true, "\(after.stdout)")
    }

    @Test func aDamagedIndexIsOneLineAndTheExportGoesOn() throws {
        try Data("not a database at all, just words".utf8).write(to: URL(fileURLWithPath: index))
        let run = try BinaryRunner.run(["export", "--index", index, "--format", "text", scratch.path("good.txt")])
        #expect(run.status == 0)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("was damaged") == true && lines.first?.contains("set aside") == true)
        #expect(run.stdout.contains("Ivan Petrov"))
    }

    @Test func anEmptySearchIsAUsageError() throws {
        let run = try BinaryRunner.run(["export", "--search", "  ", scratch.path("good.txt")])
        #expect(run.status == 2)
        #expect(run.stderr == "veille: --search: no word to search for in '  '\n")
    }

    @Test func watchingNeedsSomethingToWatch() throws {
        for arguments in [["--watch"], ["--watch", "-"], ["--watch", "--no-index", Fixtures.directory.path], ["--watch", "https://example.org/feed"]] {
            let result = try BinaryRunner.run(arguments, stdin: "")
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("--watch needs files or folders to watch"), "\(arguments)")
        }
    }
}
