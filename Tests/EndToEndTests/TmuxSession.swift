import Foundation
import Testing

/// One private tmux server per test, with its own socket directory and configuration,
/// running `veille` inside `sh -c` so the exit status and tty modes can be read from the screen.
final class TmuxSession {
    static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { access($0, X_OK) == 0 }
    static var available: Bool { tmuxPath != nil && access(veillePath, X_OK) == 0 }

    /// The binary sits next to the test bundle because this target depends on it.
    static let veillePath: String = {
        let bundle = CommandLine.arguments.first ?? ""
        var dir = bundle.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if dir.hasSuffix(".xctest/Contents/MacOS") { dir = String(dir.dropLast(".xctest/Contents/MacOS".count)) }
        let beside = dir + "/veille"
        if access(beside, X_OK) == 0 { return beside }
        let repo = #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/")
        return repo + "/.build/debug/veille"
    }()

    let directory: String
    let pidFile: String
    private let socket: String
    /// Whether `wait` also waits for the background load to end, so that a screen it returns is whole.
    private let waitsForLoad: Bool

    /// Starts `veille ARGS` in a detached session of the given size.
    init(width: Int = 120, height: Int = 40, arguments: String = "", environment: [String: String] = [:],
         term: String = "tmux-256color", shellPrefix: String = "", waitsForLoad: Bool = true) throws {
        self.waitsForLoad = waitsForLoad
        var template = Array("/tmp/veille-e2e-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw HarnessError("mkdtemp failed") }
        directory = String(cString: made)
        socket = directory + "/socket"
        pidFile = directory + "/pid"
        let config = directory + "/tmux.conf"
        let configText = """
            set -g default-terminal \(term)
            set -g escape-time 0
            set -g remain-on-exit on
            set -g status off
            set -g history-limit 200

            """
        guard let f = fopen(config, "w") else { throw HarnessError("cannot write \(config)") }
        fputs(configText, f)
        fclose(f)

        var env = ["LANG": "C.UTF-8", "VEILLE_LOG": directory + "/veille.log",
                   "SWIFT_BACKTRACE": "enable=no", "XDG_CONFIG_HOME": directory + "/config",
                   "XDG_CACHE_HOME": directory + "/cache"]
        env.merge(environment) { $1 }
        let exports = env.map { ["-e", "\($0.key)=\($0.value)"] }.flatMap { $0 }
        // The inner sh records its pid and then becomes veille, so the pid is veille's.
        let inner = "echo $$ > \(pidFile); \(shellPrefix) exec \(Self.veillePath) \(arguments)"
        // Every terminal setting (stty -g: modes and control characters, not the size, which resizes change)
        // before veille and after it, compared: TTY=same on the screen when veille put all of them back.
        let modes = "\(directory)/tty"
        let command = "stty -g > \(modes).before; sh -c '\(inner)'; echo EXIT=$?; stty -g > \(modes).after; "
            + "cmp -s \(modes).before \(modes).after && echo TTY=same || echo TTY=changed; "
            + "stty -a | tr ' ' '\\n' | grep -x -- '-*icanon'; sleep 600"
        let result = tmux(["-f", config, "new-session", "-d", "-x", "\(width)", "-y", "\(height)"] + exports + ["sh", "-c", command])
        guard result.status == 0 else { throw HarnessError("tmux new-session: \(result.output)") }
    }

    deinit {
        _ = tmux(["kill-server"])
        _ = Spawn.run(["rm", "-rf", directory], environment: ["PATH": "/usr/bin:/bin"])
    }

    @discardableResult
    func tmux(_ arguments: [String]) -> Spawn.Result {
        // A minimal environment: the runner's (NO_COLOR, TERM, ...) must not leak into the pane.
        Spawn.run([Self.tmuxPath ?? "tmux", "-u", "-S", socket] + arguments,
                  environment: ["PATH": "/usr/bin:/bin", "HOME": directory, "LANG": "C.UTF-8"])
    }

    /// The screen as text; with `-S -` so nothing scrolled off is missed.
    func screen(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-S", "-"] + (escapes ? ["-e"] : [])).output
    }

    func send(_ keys: String...) { send(keys) }

    func send(_ keys: [String]) {
        tmux(["send-keys"] + keys)
    }

    func type(_ text: String) {
        tmux(["send-keys", "-l", text])
    }

    /// Polls every 20 ms until the screen satisfies `condition` and is the same on two polls in a row: on a
    /// loaded machine tmux can show a frame whose first rows are drawn and whose last are still on the way.
    @discardableResult
    func wait(timeout: Double = 5, until condition: (String) -> Bool) -> String {
        var screen = self.screen()
        var previous: String?
        var waited = 0.0
        func met(_ screen: String) -> Bool { condition(screen) && !(waitsForLoad && Self.showsLoading(screen)) }
        while !(met(screen) && screen == previous), waited < timeout {
            usleep(20_000)
            waited += 0.02
            previous = met(screen) ? screen : nil
            screen = self.screen()
        }
        return screen
    }

    /// The header's progress while the dashboard's articles are still being read (with ASCII separators too).
    static func showsLoading(_ screen: String) -> Bool {
        let header = screen.prefix { $0 != "\n" }
        return ["reading the index", "checking files", " · parsing ", " . parsing ", "reading without the index"].contains { header.contains($0) }
    }

    @discardableResult
    func wait(for text: String, timeout: Double = 5) -> String {
        wait(timeout: timeout) { $0.contains(text) }
    }

    var veillePID: pid_t? {
        (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters()) }
    }

    /// Sends `signal` to veille and checks how it ended: the exit status the signal gives, the tty back in
    /// canonical mode with every stty setting as before, and no process left. `when` names the moment.
    func expectCleanEnd(after signal: String, status: Int32, when: String) throws {
        let pid = try #require(veillePID)
        _ = Spawn.run(["kill", "-\(signal)", "\(pid)"], environment: ["PATH": "/usr/bin:/bin"])
        let screen = wait(for: "icanon")
        #expect(screen.contains("EXIT=\(status)"), "SIG\(signal) \(when)")
        #expect(screen.contains("\nicanon"), "tty left in raw mode after SIG\(signal) \(when)")
        #expect(screen.contains("TTY=same"), "every stty setting as before SIG\(signal) \(when)")
        #expect(kill(pid, 0) == -1)
    }

    func format(_ variable: String) -> String {
        tmux(["display-message", "-p", "#{\(variable)}"]).output.trimmingCharacters()
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension String {
    func trimmingCharacters() -> String { trimmingCharacters(in: .whitespacesAndNewlines) }
    func count(of needle: String) -> Int { components(separatedBy: needle).count - 1 }
}
