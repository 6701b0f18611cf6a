import Foundation
import Testing
import TestSupport

/// The `veille` binary as a user runs it: arguments, standard input, what it
/// prints on each stream and its exit status.
@Suite("The command line")
struct CommandLineTests {
    private let scratch: ScratchFolder

    init() throws {
        scratch = try ScratchFolder("veille-cli")
    }

    private var dir: URL { scratch.url }
    private func path(_ name: String) -> String { scratch.path(name) }
    private func write(_ name: String, _ bytes: [UInt8]) throws { try scratch.write(name, bytes) }

    @Test func theBinaryReportsEachFailureOnOneLineAndStillExportsTheRest() throws {
        try write("empty.txt", [])
        let result = try BinaryRunner.run(["export", "--format", "text", path("nope.txt"), path("empty.txt"), path("good.txt")])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == ["veille: \(path("nope.txt")): no such file or directory", "veille: \(path("empty.txt")): empty file, no article text"])
        #expect(result.stdout.contains("Ivan Petrov"))
    }

    @Test func standardInput() throws {
        let result = try BinaryRunner.run(["export", "--format", "json", "-"], stdin: "Titre\nUne délégation turque est arrivée à Niamey.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"source\" : \"-\""))
        #expect(result.stdout.contains("\"NE-8\""))
    }

    @Test func standardInputMayHoldAPageOrAFeed() throws {
        let page = try String(contentsOf: Fixtures.directory.appendingPathComponent("fetch/fr-page-chef-etat-major.html"), encoding: .utf8)
        let result = try BinaryRunner.run(["export", "--format", "csv", "-"], stdin: page)
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\r\n")
        #expect(rows.count == 2, "one delegation: the aside's is not the article's")
        #expect(rows[1].hasPrefix("-,2025-04-13,Le Courrier du Sahel,"))
        let feed = try String(contentsOf: Fixtures.directory.appendingPathComponent("fetch/en-wire-atom.xml"), encoding: .utf8)
        let fromFeed = try BinaryRunner.run(["export", "--format", "text", "-"], stdin: feed)
        #expect(fromFeed.stdout.contains("== Senegalese delegation in Nouakchott"))
    }

    @Test func aHugePageIsOneLineAndTheOthersGoOn() throws {
        let scratch = try ScratchFolder("veille-huge-page")
        let paragraph = Array("<p>Une phrase sans délégation, répétée pour faire du volume.</p>\n".utf8)
        var page = Array("<html><body><article>".utf8)
        while page.count < 50 * 1_048_576 { page += paragraph }
        try scratch.write("huge.html", page)
        let result = try BinaryRunner.run(["export", "--format", "text", scratch.path("huge.html"), scratch.path("good.txt")])
        #expect(result.status == 1)
        #expect(result.stderr == "veille: \(scratch.path("huge.html")): 50.0 MB is too large for one article (the limit is 8.0 MB; --max-file-size MB raises it)\n")
        #expect(result.stdout.contains("Ivan Petrov"))
    }

    @Test func theSizeLimitIsTheUsersToSet() throws {
        let scratch = try ScratchFolder("veille-size-limit")
        // About 3 MB of one article: refused under a 2 MB limit, read under a 4 MB one, the other file read both times.
        let sentence = "Une délégation tchadienne conduite par le général Abakar Moussa est arrivée à Niamey. "
        try scratch.write("long.txt", Array(("Un long dossier\n" + String(repeating: sentence, count: 3 * 1_048_576 / sentence.utf8.count)).utf8))
        let refused = try BinaryRunner.run(["export", "--no-index", "--format", "text", "--max-file-size", "2", scratch.path("long.txt"), scratch.path("good.txt")])
        #expect(refused.status == 1)
        #expect(refused.stderr == "veille: \(scratch.path("long.txt")): 3.0 MB is too large for one article (the limit is 2.0 MB; --max-file-size MB raises it)\n")
        #expect(refused.stdout.contains("Ivan Petrov"))
        let read = try BinaryRunner.run(["export", "--format", "text", "--max-file-size", "4", scratch.path("long.txt"), scratch.path("good.txt")])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("== Un long dossier"))
        let nonsense = try BinaryRunner.run(["export", "--max-file-size", "0", scratch.path("good.txt")])
        #expect(nonsense.status == 64)
        #expect(nonsense.stderr.contains("--max-file-size takes a size in MB above 0"))
    }

    @Test func libxml2WritesNothingOfItsOwn() throws {
        let page = Fixtures.directory.appendingPathComponent("fuzz/windows-1252-hole-undeclared.html").path
        let result = try BinaryRunner.run(["export", "--no-index", "--format", "text", page])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("Niamey · NE-8"))
    }

    @Test func regionOptionFiltersTheExport() throws {
        let fixture = Fixtures.path("fr-enumeration-gao-vice-ministre")
        let result = try BinaryRunner.run(["export", "--format", "json", "--region", "ml-7", fixture])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let a = try #require((object?["articles"] as? [[String: Any]])?.first)
        let names = (a["regions"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["Gao", "Ansongo"], "Gao and the town inside it")
    }

    @Test func unknownRegionIsOneLineAndStatusTwo() throws {
        let result = try BinaryRunner.run(["export", "--region", "Atlantis"])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix("veille: unknown region 'Atlantis'"))
    }

    @Test func withoutATerminalTheDefaultCommandPrintsTheTextReport() throws {
        let result = try BinaryRunner.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Delegations ("))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func theBinaryPrintsTheCueAndTheSentence() throws {
        let fixture = Fixtures.path("fr-audience-invite-apres-lieu")
        let result = try BinaryRunner.run(["export", "--explain", fixture])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let host = try #require(lines.firstIndex { $0.contains("Moussa Ndiaye Sarr, read as host") })
        #expect(lines[host + 1] == "    why: subject of the hosting verb «a reçu en audience»")
        #expect(lines[host + 2].hasPrefix("    in:  Le président de la République, Moussa Ndiaye Sarr, a reçu en audience"))
        #expect(lines.contains("  region: Dakar SN-DK"))
        #expect(lines.contains { $0.contains("place Dakar") })
    }

    /// Without its places the parser would find nothing and say nothing: the binary stops at once, on one line.
    @Test(arguments: [["export", "--format", "json"], [], ["--region", "Gao"]])
    func aMissingGazetteerIsALoudErrorAtStart(_ arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments + [path("good.txt")], environment: ["VEILLE_RESOURCES": path("no-such-dir")])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("veille: gazetteer data not found (looked in \(path("no-such-dir"))") == true)
    }

    @Test func anEmptyGazetteerIsALoudErrorToo() throws {
        let data = dir.appendingPathComponent("resources/Gazetteer")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for file in ["places.tsv", "countries.tsv"] { try Data().write(to: data.appendingPathComponent(file)) }
        let result = try BinaryRunner.run(["export", path("good.txt")], environment: ["VEILLE_RESOURCES": path("resources")])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("veille: gazetteer data in \(data.path) is empty"))
    }

    @Test(.enabled(if: Fixtures.hasShared && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func theSeedScoresOneOnEveryLine() throws {
        let export = try BinaryRunner.run(["export", "--format", "json", Fixtures.seedPath])
        #expect(export.status == 0)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("veille-seed-\(getpid()).json")
        try Data(export.stdout.utf8).write(to: out)
        defer { try? FileManager.default.removeItem(at: out) }
        let score = try BinaryRunner.run(["/usr/bin/python3", Fixtures.shared.appendingPathComponent("tools/score.py").path, "--gold", Fixtures.shared.appendingPathComponent("seed").path, "--pred", out.path], executable: false)
        let summary = score.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary == "regions F1=1.00 persons F1=1.00 measures F1=1.00 delegations F1=1.00 roles F1=1.00")
    }
}
