import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The dashboard's figures, from the real binary in a tmux pane of 120x40 (tmux renders the whole screen,
/// so what is on it can be read however ncurses updated it):
///   veille-bench dashboard DIR INDEX COUNT
/// prints when the first frame showed (the header drawn), when the list first showed COUNT articles and
/// when the load was over (every file checked), how long keys took to change the screen while the corpus loaded (a `?` every 150 ms, which
/// opens or closes the help), and the process's peak memory. Cold or warm is the index's state: remove
/// INDEX first for a cold start. The screen is read every 5 ms, which bounds the resolution.
enum DashboardBench {
    static func run(_ arguments: [String]) throws {
        guard arguments.count == 3, let count = Int(arguments[2]) else {
            FileHandle.standardError.write(Data("veille-bench: dashboard DIR INDEX COUNT\n".utf8))
            exit(2)
        }
        let veille = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("veille").path
        let pane = try TmuxPane(command: "exec \(veille) --index \(arguments[1]) \(arguments[0])")
        defer { pane.close() }
        let clock = ContinuousClock()
        let start = clock.now
        var first: Duration?
        var full: Duration?
        // When the list first showed COUNT articles, the files perhaps still being checked.
        var shown: Duration?
        var latencies: [Duration] = []
        // When the `?` was sent, and whether the help was open before it: answered once that flips.
        var keySent: (at: ContinuousClock.Instant, helpWasOpen: Bool)?
        var lastKey = start
        let listed = "\(count) articles"
        var screen = ""
        while clock.now - start < .seconds(600) {
            screen = pane.screen()
            let header = screen.prefix { $0 != "\n" }
            if first == nil, header.contains("veille ·") { first = clock.now - start }
            let loading = ["reading the index", "checking files", " · parsing "].contains { header.contains($0) }
            if let sent = keySent, screen.contains("┌ Keys") != sent.helpWasOpen {
                latencies.append(clock.now - sent.at)
                keySent = nil
            }
            if shown == nil, header.contains(listed) { shown = clock.now - start }
            if header.contains(listed), !loading {
                full = clock.now - start
                break
            }
            if first != nil, keySent == nil, clock.now - lastKey > .milliseconds(150) {
                keySent = (clock.now, screen.contains("┌ Keys"))
                pane.send("?")
                lastKey = clock.now
            }
            usleep(5_000)
        }
        let peak = pane.peakMemoryMB()
        let sorted = latencies.sorted()
        print("dashboard: first frame \(milliseconds(first)); \(listed) shown \(milliseconds(shown)), load over \(milliseconds(full)); peak \(peak.map { String(format: "%.0f MB", $0) } ?? "unknown")")
        if !sorted.isEmpty {
            print("keys while loading: \(sorted.count) answered, median \(milliseconds(sorted[sorted.count / 2])), slowest \(milliseconds(sorted.last))")
        }
    }

    static func milliseconds(_ d: Duration?) -> String {
        d.map { String(format: "%.0f ms", Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15) } ?? "never"
    }
}

/// A private tmux server with one pane running `command`.
final class TmuxPane {
    private let socket: String

    init(command: String) throws {
        socket = NSTemporaryDirectory() + "veille-bench-\(getpid()).sock"
        guard tmux(["new-session", "-d", "-x", "120", "-y", "40", "-e", "TERM=xterm-256color", "sh", "-c", command], reading: false) != nil else {
            throw POSIXError(.ENOENT)
        }
    }

    func screen() -> String { tmux(["capture-pane", "-p"]) ?? "" }

    func send(_ keys: String) { _ = tmux(["send-keys", "-l", keys]) }

    /// The pane process's VmHWM, read before it is told to quit.
    func peakMemoryMB() -> Double? {
        guard let pid = tmux(["display-message", "-p", "#{pane_pid}"])?.trimmingCharacters(in: .whitespacesAndNewlines),
              let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kb / 1024
    }

    func close() {
        send("q")
        usleep(200_000)
        _ = tmux(["kill-server"])
        unlink(socket)
    }

    /// posix_spawn and waitpid, not Foundation's Process, which waits on a descriptor the daemonised tmux
    /// server inherits. Not `reading` for the command that starts the server: it keeps its output open.
    @discardableResult
    private func tmux(_ arguments: [String], reading: Bool = true) -> String? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if reading { posix_spawn_file_actions_adddup2(&actions, fds[1], 1) } else { posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0) }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let argv = (["/usr/bin/tmux", "-S", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, argv, environ)
        Glibc.close(fds[1])
        defer { Glibc.close(fds[0]) }
        guard spawned == 0 else { return nil }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while reading {
            let n = Glibc.read(fds[0], &buffer, buffer.count)
            if n > 0 { bytes += buffer[0..<n] } else if n < 0 && errno == EINTR { continue } else { break }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status == 0 ? String(decoding: bytes, as: UTF8.self) : nil
    }
}
