import ArgumentParser
import Foundation
import VeilleCore

extension ExportFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print what was found, as JSON, text or Markdown.")

    @Option(name: .long, help: "json, text or markdown.")
    var format: ExportFormat = .json

    @OptionGroup var input: InputOptions

    func run() throws {
        let filter = try input.filter()
        let corpus = input.load()
        InputOptions.report(corpus.failures)
        let articles = filter.map { f in corpus.articles.map(f.apply) } ?? corpus.articles
        FileHandle.standardOutput.write(Data(format.render(articles).utf8))
        if !corpus.failures.isEmpty { throw ExitCode(1) }
    }
}
