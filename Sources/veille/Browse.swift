import ArgumentParser
import Foundation
import VeilleCore
import VeilleIndex
import VeilleTUI

/// The default command: the dashboard on a terminal, the text report otherwise.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the dashboard (the text report when output is not a terminal).")

    @Option(name: .long, help: "Theme name (see `veille themes`) or path to a theme TOML file.")
    var theme: String?

    @Flag(name: .long, help: "Assume a UTF-8 terminal whatever the locale says (SSH sessions without LANG).")
    var utf8 = false

    @OptionGroup var input: InputOptions

    @Flag(name: .long, help: "Show files added or changed in the folders given while the dashboard runs.")
    var watch = false

    func validate() throws {
        if watch, input.paths.isEmpty || input.noIndex || input.paths.contains(where: { $0 == "-" || HTTPFetcher.isAddress($0) }) {
            throw ValidationError("--watch needs files or folders to watch, read through the index (no --no-index, -, or address)")
        }
    }

    func run() throws {
        let gazetteer = try InputOptions.gazetteer()
        let filter = try input.filter(gazetteer: gazetteer)
        let options = DashboardOptions(theme: theme, region: input.region, forceUTF8: utf8)
        if let status = try browseIndexed(gazetteer: gazetteer, options: options) {
            if status != 0 { throw ExitCode(status) }
            return
        }
        let corpus = input.load(gazetteer: gazetteer)
        let status = MainActor.assumeIsolated {
            Dashboard.run(articles: corpus.articles, gazetteer: gazetteer, failures: corpus.failures, options: options)
        }
        if let status {
            InputOptions.report(corpus.failures)
            if status != 0 { throw ExitCode(status) }
            if !corpus.failures.isEmpty { throw ExitCode(1) }
            return
        }
        InputOptions.report(corpus.failures)
        let articles = filter.map { f in corpus.articles.map(f.apply) } ?? corpus.articles
        FileHandle.standardOutput.write(Data(ExportFormat.text.render(articles, gazetteer: gazetteer).utf8))
        if !corpus.failures.isEmpty { throw ExitCode(1) }
    }

    /// The dashboard over the index: its first frame at once, the articles filling in while they are
    /// read. Nil when there is no index to use or no terminal to draw on (the caller then reads as before).
    private func browseIndexed(gazetteer: Gazetteer, options: DashboardOptions) throws -> Int32? {
        let paths = input.paths
        guard !paths.isEmpty, !input.noIndex, !paths.contains("-"), !paths.contains(where: HTTPFetcher.isAddress),
              let index = InputOptions.openIndex(input.index) else { return nil }
        let updates = CorpusUpdates()
        let load = BackgroundLoad(index: index, paths: paths, parser: input.limits.parser(gazetteer: gazetteer), updates: updates, watch: watch)
        let status = MainActor.assumeIsolated {
            Dashboard.run(store: MemoryArticleStore([]), rows: [], gazetteer: gazetteer, failures: [], options: options,
                          updates: updates, load: { load.run() })
        }
        guard let status else { return nil }
        let failures = load.failures.withLock { $0 }
        InputOptions.report(failures)
        return status != 0 ? status : failures.isEmpty ? 0 : 1
    }
}

struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the themes veille can use, built-in and yours.")

    func run() {
        for line in ThemeCatalog.listing() { print(TerminalSafe.text(line)) }
    }
}
