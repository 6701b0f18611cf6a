import ArgumentParser
import Foundation
import VeilleCore

/// The default command. The dashboard itself lives in VeilleTUI; without a
/// terminal this prints the text report instead.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the dashboard (the text report when output is not a terminal).")

    @OptionGroup var input: InputOptions

    func run() throws {
        let filter = try input.filter()
        let corpus = input.load()
        InputOptions.report(corpus.failures)
        let articles = filter.map { f in corpus.articles.map(f.apply) } ?? corpus.articles
        FileHandle.standardOutput.write(Data(ExportFormat.text.render(articles).utf8))
        if !corpus.failures.isEmpty { throw ExitCode(1) }
    }
}
