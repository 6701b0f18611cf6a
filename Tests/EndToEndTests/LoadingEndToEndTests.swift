import Foundation
import Testing
import TestSupport

/// The dashboard over the index while a corpus loads: the first frame at once, keys answered during the
/// load, the list filled in, and a warm start that lists everything without parsing.
@Suite(.enabled(if: TmuxSession.available, "needs tmux and the veille binary"), .serialized)
struct LoadingEndToEndTests {
    /// Copies of every fixture article, each made distinct by a line of its own, in folders of 200.
    static func corpus(_ copies: Int) throws -> ScratchFolder {
        let scratch = try ScratchFolder("veille-load")
        let texts = try Fixtures.names.map { try Data(contentsOf: URL(fileURLWithPath: Fixtures.path($0))) }
        for k in 0..<copies {
            let folder = scratch.url.appendingPathComponent("corpus/\(k / 200)")
            if k % 200 == 0 { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            try (texts[k % texts.count] + Data("\nRef. \(k)\n".utf8)).write(to: folder.appendingPathComponent("a\(k).txt"))
        }
        return scratch
    }

    @Test func keysAreAnsweredWhileTheCorpusLoads() throws {
        let scratch = try Self.corpus(4000)
        let tmux = try TmuxSession(arguments: "--index \(scratch.path("index.sqlite")) \(scratch.path("corpus"))", waitsForLoad: false)
        let loading = tmux.wait(for: "parsing")
        #expect(loading.contains(" · parsing "), "the first frame comes with the progress")
        // Keys during the load: the help opens and closes, the cursor moves, while parsing goes on.
        tmux.send("?")
        let help = tmux.wait(for: "Keys", timeout: 2)
        #expect(help.contains("Keys"))
        tmux.send("Escape")
        tmux.send("j", "j")
        let moved = tmux.wait(timeout: 2) { $0.contains("Articles") && !$0.contains("Keys") }
        #expect(moved.contains("parsing"), "the keys were answered before the load ended")
        let done = tmux.wait(timeout: 120) { !$0.contains("parsing") && $0.contains("4000 articles") }
        #expect(done.contains("4000 articles"))
        tmux.send("q")
        _ = tmux.wait(for: "EXIT=0")

        // Warm: every article listed at once, nothing to parse.
        let warm = try TmuxSession(arguments: "--index \(scratch.path("index.sqlite")) \(scratch.path("corpus"))", waitsForLoad: false)
        let first = warm.wait(timeout: 5) { $0.contains("4000 articles") }
        #expect(first.contains("4000 articles"))
        #expect(!first.contains("parsing 1"), "nothing is parsed again")
        warm.send("q")
        #expect(warm.wait(for: "EXIT=0").contains("EXIT=0"))
    }

    /// The disk fills up while the index is written (a file-size limit stands for it): the dashboard says
    /// the index failed and lists every article all the same, read without it.
    @Test(.enabled(if: !Sanitizers.thread, "ThreadSanitizer cannot run under a file-size limit"))
    func aFullDiskDuringTheLoadLosesNoArticle() throws {
        let scratch = try Self.corpus(600)
        let index = scratch.path("index.sqlite")
        // The index made first, so the limit is met by the update's writes rather than by its creation.
        #expect(try BinaryRunner.run(["index", "--index", index, scratch.path("good.txt")]).status == 0)
        let tmux = try TmuxSession(arguments: "--index \(index) \(scratch.path("corpus"))", shellPrefix: "ulimit -f 256;")
        let done = tmux.wait(timeout: 60) { $0.contains("600 articles") && $0.contains("index failed") }
        #expect(done.contains("600 articles"), "\(done)")
        #expect(done.contains("index failed"), "the failure is on the screen")
        tmux.send("q")
        #expect(tmux.wait(for: "EXIT=").contains("EXIT=1"), "a failure is the exit status")
    }

    /// `/` in the article list, then Enter: the index's full-text search lists the articles whose text
    /// holds the word, not only those whose title does.
    @Test func enterOnASearchInTheListSearchesEveryText() throws {
        let scratch = try Self.corpus(Fixtures.names.count)
        let word = "Ménaka"
        let holding = try Fixtures.names.filter { name in
            // One fixture is in Windows-1252, which veille reads as such.
            let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(name)))
            let text = String(data: bytes, encoding: .utf8) ?? String(data: bytes, encoding: .windowsCP1252) ?? ""
            let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return folded.split { !$0.isLetter }.contains("menaka")
        }
        #expect(holding.count > 1 && holding.count < Fixtures.names.count)
        let tmux = try TmuxSession(arguments: "--index \(scratch.path("index.sqlite")) \(scratch.path("corpus"))")
        tmux.wait(for: "\(Fixtures.names.count) articles", timeout: 60)
        tmux.send("/")
        tmux.type(word)
        tmux.send("Enter")
        let found = tmux.wait(for: "search: \(word)")
        #expect(found.contains("\(holding.count) of \(Fixtures.names.count) articles"))
        tmux.send("Escape")
        #expect(tmux.wait { !$0.contains("search: ") }.contains(" \(Fixtures.names.count) articles"))
    }

    /// `--watch`: a file added while the dashboard runs appears in the list with a notice in the header,
    /// the selected article staying on its screen row; a file deleted goes.
    @Test func aFileAddedWhileTheDashboardRunsAppearsAndNothingJumps() throws {
        let scratch = try ScratchFolder("veille-watch")
        let corpus = scratch.path("corpus")
        let people = Fixtures.directory.appendingPathComponent("people").path
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for name in ["fr-2026-01-colonel-konate-recoit.txt", "en-2026-07-ostrovsky-in-niamey.txt"] {
            try FileManager.default.copyItem(atPath: people + "/" + name, toPath: corpus + "/" + name)
        }
        let tmux = try TmuxSession(arguments: "--watch --index \(scratch.path("index.sqlite")) \(corpus)")
        tmux.wait(for: "2 articles · watching")
        tmux.send("j")
        let before = tmux.wait { $0.contains("▶ Sikasso") }
        let row = try #require(before.components(separatedBy: "\n").firstIndex { $0.contains("▶ Sikasso") })
        // Newer than both, in a folder made while watching: listed first, above the selection.
        try FileManager.default.createDirectory(atPath: corpus + "/june", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: people + "/fr-2026-06-general-konate-recoit.txt", toPath: corpus + "/june/a.txt")
        let after = tmux.wait { $0.contains("3 articles") }
        #expect(after.contains("1 file read"), "the header tells what came")
        #expect(after.components(separatedBy: "\n")[row].contains("▶ Sikasso"), "the selection stays on its row")
        try FileManager.default.removeItem(atPath: corpus + "/en-2026-07-ostrovsky-in-niamey.txt")
        let gone = tmux.wait { $0.contains("2 articles") && $0.contains("1 gone") }
        #expect(gone.contains("1 gone") && !gone.contains("Russian deputy"))
        tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").contains("EXIT=0"))
    }

    /// A signal while the corpus loads: the same exit status and terminal modes as once it is loaded, and no
    /// process left behind (the loading thread included).
    @Test(arguments: [("TERM", Int32(143)), ("HUP", 129), ("INT", 130)])
    func aSignalWhileLoadingRestoresTheTerminal(_ signal: String, _ status: Int32) throws {
        let scratch = try Self.corpus(2000)
        let tmux = try TmuxSession(arguments: "--index \(scratch.path("index.sqlite")) \(scratch.path("corpus"))", waitsForLoad: false)
        #expect(tmux.wait(for: " · parsing ").contains(" · parsing "))
        try tmux.expectCleanEnd(after: signal, status: status, when: "during the load")
    }

    /// Ctrl-Z in a shell with job control, then `fg`, during the load and once it is over: the shell gets a
    /// sane terminal while veille is stopped, the screen comes back whole, and the load goes on to the end.
    @Test(arguments: [true, false])
    func suspendedThenResumed(whileLoading: Bool) throws {
        let scratch = try Self.corpus(2000)
        let tmux = try TmuxSession(shellPrefix: "exec bash --norc --noprofile -i;", waitsForLoad: false)
        tmux.wait(for: "$")
        let modes = scratch.path("tty.before")
        tmux.type("stty -g > \(modes)")
        tmux.send("Enter")
        tmux.type("\(TmuxSession.veillePath) --index \(scratch.path("index.sqlite")) \(scratch.path("corpus"))")
        tmux.send("Enter")
        if whileLoading {
            #expect(tmux.wait(for: " · parsing ").contains(" · parsing "))
        } else {
            #expect(tmux.wait(timeout: 60) { $0.contains("2000 articles") && !$0.contains(" · parsing ") }.contains("2000 articles"))
        }
        tmux.send("C-z")
        #expect(tmux.wait(for: "Stopped").contains("Stopped"))
        tmux.type("stty -g | cmp -s - \(modes) && echo TTY=same || echo TTY=changed")
        tmux.send("Enter")
        #expect(tmux.wait { $0.contains("\nTTY=") }.contains("\nTTY=same"), "the shell has its terminal back as it was")
        tmux.type("fg")
        tmux.send("Enter")
        let back = tmux.wait(timeout: 60) { $0.contains("2000 articles") && !$0.contains(" · parsing ") }
        #expect(back.hasPrefix(" veille · 2000 articles"), "the header is back")
        #expect(back.contains("┌ Articles") && back.contains("┌ Evidence") && back.contains("q quit"), "every pane is back")
        tmux.send("q")
        tmux.type("echo EXIT=$?")
        tmux.send("Enter")
        #expect(tmux.wait(for: "EXIT=0").contains("EXIT=0"))
    }
}
