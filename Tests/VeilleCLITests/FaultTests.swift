import Foundation
import Testing
import TestSupport

/// What goes wrong around veille rather than in the articles: closed standard streams, an index another
/// program holds locked, a disk that fills up, a folder it may not read, few file descriptors. Each gives
/// one line of message, and every article is still exported.
@Suite struct FaultTests {
    let scratch: ScratchFolder
    var index: String { scratch.path("index.sqlite") }

    init() throws {
        scratch = try ScratchFolder("veille-faults")
    }

    /// veille started by a shell that first runs `setup` (redirections, limits), so what it inherits is real.
    private func shell(_ setup: String, _ arguments: [String], asNobody: Bool = false) throws -> BinaryRunner.Result {
        let prefix = asNobody ? "exec setpriv --reuid=65534 --regid=65534 --clear-groups" : "exec"
        return try BinaryRunner.run(["/bin/bash", "-c", "\(setup); \(prefix) \"$0\" \"$@\"", BinaryRunner.veille.path] + arguments,
                                    executable: false)
    }

    /// Every fixture article, copied into one folder.
    private func corpus() throws -> String {
        let folder = scratch.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in Fixtures.names {
            try FileManager.default.copyItem(atPath: Fixtures.path(name), toPath: folder.appendingPathComponent("\(name).txt").path)
        }
        return folder.path
    }

    private func titles(_ output: String) -> [Substring] {
        output.split(separator: "\n").filter { $0.hasPrefix("== ") }
    }

    @Test func aClosedStandardInputIsOneLineAndTheOtherFilesGoOn() throws {
        let result = try shell("exec 0<&-", ["export", "--format", "text", "-", scratch.path("good.txt")])
        #expect(result.status == 1)
        #expect(result.stderr == "veille: -: cannot be read (standard input is closed)\n")
        #expect(result.stdout.contains("Ivan Petrov"))
    }

    @Test func aClosedStandardOutputIsSaidNotIgnored() throws {
        let result = try shell("exec 1>&-", ["export", "--format", "text", scratch.path("good.txt")])
        #expect(result.status == 1)
        #expect(result.stderr == "veille: standard output is closed: nowhere to write the export\n")
    }

    /// Another program holds the index's write lock past veille's wait: the export is made without the index.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3's sqlite3"))
    func anIndexLockedByAnotherProgramIsWaitedForThenDoneWithout() throws {
        #expect(try BinaryRunner.run(["index", "--index", index, scratch.path("good.txt")]).status == 0)
        try scratch.write("second.txt", Array("Titre deux\nUne délégation tchadienne est arrivée à Niamey.\n".utf8))
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = ["-c", """
            import sqlite3, sys, time
            db = sqlite3.connect(sys.argv[1], isolation_level=None)
            db.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            time.sleep(40)
            """, index]
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        defer { holder.terminate() }
        #expect(out.fileHandleForReading.availableData.starts(with: Data("locked".utf8)))

        let started = Date()
        let result = try BinaryRunner.run(["export", "--format", "text", "--index", index, scratch.path("good.txt"), scratch.path("second.txt")])
        let waited = Date().timeIntervalSince(started)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("database is locked") && lines[0].hasSuffix("reading without it"), "\(result.stderr)")
        #expect(titles(result.stdout) == ["== Titre", "== Titre deux"])
        #expect(waited > 9 && waited < 30, "waited \(waited) s")
    }

    /// A file-size limit stands for a full disk: SQLite's writes fail midway, the export is whole all the
    /// same, and the index is still sound for the next run.
    @Test(.enabled(if: !Sanitizers.thread, "ThreadSanitizer cannot run under a file-size limit"))
    func aFullDiskLeavesTheExportWholeAndTheIndexUsable() throws {
        let folder = try corpus()
        let expected = try BinaryRunner.run(["export", "--no-index", "--format", "text", folder])
        #expect(try BinaryRunner.run(["index", "--index", index, scratch.path("good.txt")]).status == 0)
        // 64 KiB for any file veille writes: the write-ahead log of a few fixtures is past that.
        let full = try shell("ulimit -f 64", ["export", "--format", "text", "--index", index, folder])
        #expect(full.status == 0, "\(full.stderr)")
        #expect(full.stderr.contains("reading without it"), "\(full.stderr)")
        #expect(full.stderr.split(separator: "\n").count == 1, "\(full.stderr)")
        #expect(titles(full.stdout) == titles(expected.stdout))
        #expect(titles(full.stdout).count == Fixtures.names.count)

        let after = try BinaryRunner.run(["index", "--index", index, folder])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.hasPrefix("parsed \(Fixtures.names.count),"), "\(after.stdout)")
    }

    /// Files are opened one per worker and closed before the next, and the workers are as many as the
    /// descriptor limit leaves room for: a hard limit of 16 is enough, and a low soft limit is raised.
    @Test(arguments: ["ulimit -n 16", "ulimit -S -n 8"])
    func fewFileDescriptorsAreEnough(_ limit: String) throws {
        let folder = try corpus()
        let result = try shell(limit, ["export", "--format", "text", "--index", index, folder])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(titles(result.stdout).count == Fixtures.names.count)
    }

    @Test func tooFewFileDescriptorsIsOneLineNotACrash() throws {
        let result = try shell("ulimit -n 8", ["export", "--format", "text", scratch.path("good.txt")])
        #expect(result.status == 1)
        #expect(result.stderr == "veille: only 8 open files allowed (ulimit -n); veille needs at least 14\n")
    }

    /// Whether the binary can run as a user without root's rights: itself when not root, else nobody through
    /// setpriv, which needs every folder above the build readable by others.
    static let canRunUnprivileged: Bool = {
        guard getuid() == 0 else { return true }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return false }
        let probe = try? BinaryRunner.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                                           BinaryRunner.veille.path, "--help"], executable: false)
        return probe?.status == 0
    }()

    /// A folder veille may not read is one line; the files beside it are read. Root reads everything, so
    /// as root the binary runs as nobody.
    @Test(.enabled(if: canRunUnprivileged, "needs a user without root's rights who can run the binary"))
    func anUnreadableFolderIsOneLineAndTheRestIsRead() throws {
        let locked = scratch.url.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try Data("Titre caché\nUne délégation malienne est arrivée à Dakar.\n".utf8).write(to: locked.appendingPathComponent("hidden.txt"))
        chmod(locked.path, 0)
        chmod(scratch.url.path, 0o755)
        chmod(scratch.path("good.txt"), 0o644)
        defer { chmod(locked.path, 0o755) }
        let result = try shell("true", ["export", "--no-index", "--format", "text", scratch.url.path], asNobody: getuid() == 0)
        #expect(result.status == 1)
        #expect(result.stderr == "veille: \(locked.path): cannot be read (permission denied)\n")
        #expect(titles(result.stdout) == ["== Titre"])
    }
}
