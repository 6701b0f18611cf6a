import Foundation
import Testing

/// Measures what veille sends to the terminal, through tmux `pipe-pane`: the first
/// frame, one selection move in the measures pane (evidence pane included), and
/// silence while idle. The figures are printed so they can be reported; the budgets
/// are asserted.
@Suite(.enabled(if: TmuxSession.available, "needs tmux and the veille binary"), .serialized)
struct ByteBudgetTests {
    static let terms = ["tmux-256color", "xterm-256color", "screen-256color", "linux", "vt100", "xterm"]

    struct Figures: CustomStringConvertible {
        var first = 0, move = 0, idle = 0, milliseconds = 0
        var description: String {
            "first frame: \(first) B, one-row move: \(move) B, idle 1.5 s: \(idle) B, start→frame visible: \(milliseconds) ms"
        }
    }

    /// One article, no article list: a move in the measures pane.
    @Test(arguments: terms)
    func oneMoveInTheFixtureArticle(_ term: String) throws {
        let f = try measure(term: term, path: Articles.gao, keys: ["Tab", "Tab"], before: "▶ renforcer", after: "▶ organiser")
        print("bytes[\(term), fixture] \(f)")
        #expect(f.move < 512, "one-row move under 512 B, got \(f.move)")
        #expect(f.idle == 0)
    }

    @Test(.enabled(if: Articles.seedExists, "needs ../shared/seed"), arguments: terms)
    func oneMoveInTheSeedArticle(_ term: String) throws {
        let f = try measure(term: term, path: Articles.seed, keys: ["Tab", "Tab"],
                            before: "L’augmentation des sessions", after: "Le déploiement d’instructeurs")
        print("bytes[\(term), seed] \(f)")
        #expect(f.move < 512, "one-row move under 512 B, got \(f.move)")
        #expect(f.idle == 0)
    }

    /// The samples: a move in the regions pane next to the article list, where the
    /// evidence is a different passage each time, so the budget is looser.
    @Test(arguments: terms)
    func oneMoveInTheSamples(_ term: String) throws {
        let f = try measure(term: term, path: nil, keys: ["Tab", "Tab"], before: "┌ Regions", after: "▶ Abu Dhabi")
        print("bytes[\(term), samples] \(f)")
        #expect(f.move < 1024, "one-row move under 1 KiB, got \(f.move)")
        #expect(f.idle == 0)
    }

    private func measure(term: String, path: String?, keys: [String], before: String, after: String) throws -> Figures {
        let arguments = path.map(Articles.argument) ?? ""
        let tmux = try TmuxSession(width: 120, height: 40, arguments: arguments, term: "tmux-256color",
                                   shellPrefix: "TERM=\(term); export TERM; read go;")
        let log = tmux.directory + "/bytes"
        tmux.tmux(["pipe-pane", "-o", "cat >> \(log)"])
        usleep(100_000)
        var f = Figures()
        let started = Date()
        tmux.send("Enter")
        try #require(tmux.wait(for: "Evidence").contains("Evidence"))
        f.milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        f.first = settledSize(log) - 2  // the tty's echo of Enter: "\r\n"
        tmux.send(keys)
        try #require(tmux.wait(for: before).contains(before))
        let beforeMove = settledSize(log)
        tmux.send("j")
        try #require(tmux.wait(for: after).contains(after))
        f.move = settledSize(log) - beforeMove
        usleep(1_500_000)
        f.idle = settledSize(log) - beforeMove - f.move
        return f
    }

    /// Waits until the log stops growing for 150 ms.
    private func settledSize(_ path: String) -> Int {
        var last = -1
        var stable = 0
        while stable < 8 {
            usleep(20_000)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            stable = size == last ? stable + 1 : 0
            last = size
        }
        return last
    }
}
