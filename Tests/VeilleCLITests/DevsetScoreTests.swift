import Foundation
import Testing
import TestSupport

/// The real articles of shared/devset, scored by the team's scorer on the real
/// binary's export: a change that makes any line drop below what the
/// extraction reached fails here. Raise the floors when the extraction gains.
@Suite("Scores on the devset of real articles", .enabled(if: Devset.available))
struct DevsetScoreTests {

    /// What the extraction reaches on the whole devset (micro-F1 per line).
    static let floors: [String: Double] = [
        // Roles are scored on paired delegations only: a delegation newly found can lower them.
        "regions": 0.93, "persons": 0.90, "measures": 0.81, "delegations": 0.82, "roles": 0.92,
    ]

    @Test func noLineDropsBelowItsFloor() throws {
        let scores = try Self.score()
        for (line, floor) in Self.floors {
            let value = try #require(scores[line], "the scorer printed no \(line) line")
            #expect(value >= floor, "\(line) F1 \(value) is below its floor \(floor)")
        }
    }

    /// The scorer's last line, "regions F1=0.77 persons F1=…", as numbers.
    static func score() throws -> [String: Double] {
        let texts = try FileManager.default.contentsOfDirectory(atPath: Devset.root.appendingPathComponent("texts").path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { Devset.root.appendingPathComponent("texts/\($0)").path }
        let export = try BinaryRunner.run(["export", "--format", "json"] + texts)
        #expect(export.status == 0, "export failed: \(export.stderr)")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("veille-devset-\(getpid()).json")
        try Data(export.stdout.utf8).write(to: out)
        defer { try? FileManager.default.removeItem(at: out) }
        let arguments = [Devset.python, Fixtures.shared.appendingPathComponent("tools/score.py").path,
                         "--gold", Devset.root.appendingPathComponent("gold").path, "--pred", out.path]
        let result = try BinaryRunner.run(arguments, executable: false)
        let summary = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        var scores: [String: Double] = [:]
        let fields = summary.split(separator: " ").map(String.init)
        for (name, value) in zip(fields, fields.dropFirst()) where value.hasPrefix("F1=") {
            scores[name] = Double(value.dropFirst(3))
        }
        return scores
    }
}

/// Where the devset is, when it is beside the clone.
enum Devset {
    static var root: URL { Fixtures.shared.appendingPathComponent("devset") }
    static let python = "/usr/bin/python3"
    static var available: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("gold").path)
            && FileManager.default.isExecutableFile(atPath: python)
    }
}
