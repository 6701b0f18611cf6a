import ArgumentParser
import Foundation
import VeilleCore

extension ExportFormat: ExpressibleByArgument {}
extension CSVTable: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print what was found, as JSON, text or Markdown.")

    @Option(name: .long, help: "json, text, markdown or csv.")
    var format: ExportFormat = .json

    @Option(name: .long, help: "With --format csv: the table to print, one row per item (delegations, measures or regions).")
    var table: CSVTable?

    @Flag(name: .long, help: "For every item, print the rule or cue that produced it and its sentence, instead of the export.")
    var explain = false

    @OptionGroup var input: InputOptions

    func validate() throws {
        if table != nil, format != .csv { throw ValidationError("--table goes with --format csv") }
    }

    func run() throws {
        let gazetteer = try InputOptions.gazetteer()
        let filter = try input.filter(gazetteer: gazetteer)
        let corpus = input.load(gazetteer: gazetteer, explains: explain)
        InputOptions.report(corpus.failures)
        let articles = filter.map { f in corpus.articles.map(f.apply) } ?? corpus.articles
        let output = explain ? ExplainExport.render(articles) : format.render(articles, gazetteer: gazetteer, table: table ?? .delegations)
        FileHandle.standardOutput.write(Data(output.utf8))
        if !corpus.failures.isEmpty { throw ExitCode(1) }
    }
}
