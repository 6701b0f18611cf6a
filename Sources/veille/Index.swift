import ArgumentParser
import Foundation
import VeilleCore
import VeilleIndex

/// `veille index`: bring the index up to date for some paths, and say what it holds.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse what is new or changed in the paths given into the index, and print its statistics.")

    @Option(name: .long, help: "The index to use instead of $XDG_CACHE_HOME/veille/index.sqlite.")
    var index: String?

    @Flag(name: .long, help: "Empty the index first, so every file is parsed again.")
    var rebuild = false

    @OptionGroup var limits: LimitOptions

    @Argument(help: "Article files and folders to index.")
    var paths: [String] = []

    func run() throws {
        let gazetteer = try InputOptions.gazetteer()
        guard let corpus = InputOptions.openIndex(index) else { throw ExitCode(1) }
        if rebuild { try corpus.rebuild() }
        var failures: [InputFailure] = []
        if !paths.isEmpty {
            let start = Date()
            let update = try corpus.update(paths: paths, parser: limits.parser(gazetteer: gazetteer), progress: ProgressLine.files)
            ProgressLine.clear()
            failures = update.failures
            InputOptions.report(failures)
            let seconds = Date().timeIntervalSince(start)
            print("parsed \(update.parsed), kept \(update.kept), removed \(update.removed) files in \(String(format: "%.2f", seconds)) s")
        }
        let s = try corpus.statistics()
        print("\(TerminalSafe.text(corpus.url.path)): \(s.files) files, \(s.articles) articles, \(s.delegations) delegations, "
              + "\(s.measures) measures, \(s.regions) regions, \(String(format: "%.1f", Double(s.bytes) / 1_048_576)) MB")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
