import Foundation
import Testing

/// Measures what veille sends to the terminal, through tmux `pipe-pane`: the first
/// frame, one selection move (evidence pane included), and silence while idle.
/// The figures are printed so they can be reported; the budgets are asserted.
@Suite(.enabled(if: TmuxSession.available, "needs tmux and the veille binary"), .serialized)
struct ByteBudgetTests {
    @Test(arguments: ["tmux-256color", "xterm-256color", "screen-256color", "linux", "vt100", "xterm"])
    func bytesSentForFirstFrameAndOneMove(_ term: String) throws {
        let tmux = try TmuxSession(width: 120, height: 40, term: "tmux-256color", shellPrefix: "TERM=\(term); export TERM; read go;")
        let log = tmux.directory + "/bytes"
        tmux.tmux(["pipe-pane", "-o", "cat >> \(log)"])
        usleep(100_000)
        let started = Date()
        tmux.send("Enter")
        tmux.wait(for: "Evidence")
        let visible = Date().timeIntervalSince(started)
        let first = settledSize(log) - 2  // the tty's echo of Enter: "\r\n"
        tmux.send("Tab", "Tab")
        tmux.wait(for: "L’augmentation des sessions")
        let beforeMove = settledSize(log)
        tmux.send("j")
        tmux.wait(for: "Le déploiement d’instructeurs")
        let move = settledSize(log) - beforeMove
        usleep(1_500_000)
        let idle = settledSize(log) - beforeMove - move
        print("bytes[\(term)] first frame: \(first) B, one-row move: \(move) B, idle 1.5 s: \(idle) B, start→frame visible: \(Int(visible * 1000)) ms")
        #expect(move < 1024)
        #expect(move < 512, "aim: one-row move under 512 B, got \(move)")
        #expect(idle == 0)
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
