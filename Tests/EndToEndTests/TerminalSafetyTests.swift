import Foundation
import Testing
import TestSupport

/// What veille writes to the terminal, byte for byte (tmux `pipe-pane`), while it shows an article full of
/// escape sequences, bidirectional overrides and invisible characters, and a file whose name holds some:
/// none of them reaches the terminal as what it is.
@Suite(.enabled(if: TmuxSession.available, "needs tmux and the veille binary"), .serialized)
struct TerminalSafetyTests {
    static let esc = "\u{1B}"
    /// Sequences a terminal would obey: OSC (52 writes the clipboard, 8 makes links, 0 sets the title), DCS,
    /// APC, PM, SOS and C1 controls; then the overrides and isolates, and invisible characters.
    static let hostile = [
        esc + "]52;c;ZWNobyBwd25lZA==\u{07}", esc + "]8;;http://example.invalid/\u{07}lien" + esc + "]8;;\u{07}", esc + "]0;pwned\u{07}",
        esc + "P+q544e" + esc + "\\", esc + "_apc" + esc + "\\", esc + "^pm" + esc + "\\", esc + "Xsos" + esc + "\\",
        "\u{9B}31m", "\u{9D}0;c1\u{9C}", "\u{202E}txet\u{202C}", "\u{2066}isolé\u{2069}", "Ba\u{200B}mako", "\u{E0041}\u{E0042}",
    ]
    /// What must not appear in the output, as bytes.
    static let forbidden: [(String, [UInt8])] = [
        ("OSC", [0x1B, 0x5D]), ("DCS", [0x1B, 0x50]), ("APC", [0x1B, 0x5F]), ("PM", [0x1B, 0x5E]), ("SOS", [0x1B, 0x58]),
        ("C1 CSI", [0xC2, 0x9B]), ("C1 OSC", [0xC2, 0x9D]), ("C1 ST", [0xC2, 0x9C]), ("BEL", [0x07]),
        ("RLO", [0xE2, 0x80, 0xAE]), ("PDF", [0xE2, 0x80, 0xAC]), ("LRI", [0xE2, 0x81, 0xA6]), ("PDI", [0xE2, 0x81, 0xA9]),
        ("ZWSP", [0xE2, 0x80, 0x8B]), ("TAG", [0xF3, 0xA0, 0x81]),
    ]

    static func corpus() throws -> ScratchFolder {
        let scratch = try ScratchFolder("veille-hostile")
        let folder = scratch.path("corpus")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = "Une délégation piégée à Gao \(hostile[0])\n"
            + "GAO, 3 mars 2026 (Agence) - Une délégation nigérienne conduite par le général Issa Mody est arrivée à Gao "
            + hostile.dropFirst().joined(separator: " ") + ". Elle a été reçue par le gouverneur de la région.\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        try Data("Deuxième article\nRien à signaler à Niamey.\n".utf8).write(to: URL(fileURLWithPath: folder + "/b.txt"))
        // A name that would retitle the terminal, on a file that fails: its name is in the message.
        try Data([0, 1, 2, 3, 0xFF, 0, 0]).write(to: URL(fileURLWithPath: folder + "/bad\(esc)]0;pwned\u{07}.txt"))
        return scratch
    }

    static func offences(in bytes: [UInt8]) -> [String] {
        forbidden.compactMap { name, pattern in
            bytes.indices.contains { i in i + pattern.count <= bytes.count && Array(bytes[i..<(i + pattern.count)]) == pattern } ? name : nil
        }
    }

    static func settled(_ path: String) -> [UInt8] {
        var last = -1
        var stable = 0
        var bytes: [UInt8] = []
        while stable < 10 {
            usleep(20_000)
            bytes = (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
            stable = bytes.count == last ? stable + 1 : 0
            last = bytes.count
        }
        return bytes
    }

    @Test func theDashboardShowsNoneOfItAsControl() throws {
        let scratch = try Self.corpus()
        let tmux = try TmuxSession(arguments: "--index \(scratch.path("index.sqlite")) \(scratch.path("corpus"))",
                                   shellPrefix: "read go;")
        let log = tmux.directory + "/bytes"
        tmux.tmux(["pipe-pane", "-o", "cat >> \(log)"])
        usleep(100_000)
        tmux.send("Enter")
        // The list's column shows the start of the title.
        #expect(tmux.wait(for: "Une délégation").contains("Une délégation"))
        #expect(tmux.wait { $0.contains("binary data") }.contains("binary data"), "the failing file is reported")
        // Through the list to the hostile article, then the reader shows its whole text.
        tmux.send("G")
        tmux.send("Enter")
        #expect(tmux.wait(for: "Bamako").contains("Bamako"), "a zero-width space does not split a name")
        let bytes = Self.settled(log)
        #expect(Self.offences(in: bytes).isEmpty, "sequences that reached the terminal: \(Self.offences(in: bytes))")
        #expect(tmux.format("pane_title") != "pwned")
        tmux.send("q", "q")
        #expect(tmux.wait(for: "EXIT=").contains("EXIT=1"), "exit status 1: an input failed")
    }

    @Test(arguments: ["text", "markdown"])
    func exportsWrittenToATerminalShowNoneOfIt(format: String) throws {
        let scratch = try Self.corpus()
        let tmux = try TmuxSession(arguments: "export --no-index --format \(format) \(scratch.path("corpus"))", shellPrefix: "read go;")
        let log = tmux.directory + "/bytes"
        tmux.tmux(["pipe-pane", "-o", "cat >> \(log)"])
        usleep(100_000)
        tmux.send("Enter")
        #expect(tmux.wait(for: "EXIT=").contains("EXIT=1"))
        let bytes = Self.settled(log)
        #expect(String(decoding: bytes, as: UTF8.self).contains("Issa Mody"), "the export was written")
        #expect(Self.offences(in: bytes).isEmpty, "\(format): sequences that reached the terminal: \(Self.offences(in: bytes))")
    }
}
