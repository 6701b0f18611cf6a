import ArgumentParser
import Foundation
import VeilleCore

extension ExportFormat: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print what was found, as JSON, text or Markdown.")

    @Option(name: .long, help: "json, text or markdown.")
    var format: ExportFormat = .json

    @Flag(name: .long, help: "For every item, print the rule or cue that produced it and its sentence, instead of the export.")
    var explain = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let gazetteer = try InputOptions.gazetteer()
        let filter = try input.filter(gazetteer: gazetteer)
        let corpus = input.load(gazetteer: gazetteer, explains: explain)
        InputOptions.report(corpus.failures)
        let articles = filter.map { f in corpus.articles.map(f.apply) } ?? corpus.articles
        let output = explain ? ExplainExport.render(articles) : format.render(articles, gazetteer: gazetteer)
        FileHandle.standardOutput.write(Data(output.utf8))
        if !corpus.failures.isEmpty { throw ExitCode(1) }
    }
}
