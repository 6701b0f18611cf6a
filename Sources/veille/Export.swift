import ArgumentParser
import Foundation
import VeilleCore
import VeilleIndex

extension ExportFormat: ExpressibleByArgument {}
extension CSVTable: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print what was found, as JSON, text or Markdown.")

    @Option(name: .long, help: "json, text, markdown or csv.")
    var format: ExportFormat = .json

    @Option(name: .long, help: "With --format csv: the table to print, one row per item (delegations, measures or regions).")
    var table: CSVTable?

    @Option(name: .long, help: "Keep only the articles whose title or text holds every word (accents and case ignored).")
    var search: String?

    @Flag(name: .long, help: "For every item, print the rule or cue that produced it and its sentence, instead of the export.")
    var explain = false

    @OptionGroup var input: InputOptions

    func validate() throws {
        if table != nil, format != .csv { throw ValidationError("--table goes with --format csv") }
    }

    func run() throws {
        if StandardStreams.closedAtStart.contains(STDOUT_FILENO) {
            Diagnostics.error("standard output is closed: nowhere to write the export")
            throw ExitCode(1)
        }
        let gazetteer = try InputOptions.gazetteer()
        let filter = try input.filter(gazetteer: gazetteer)
        let (corpus, ids, index) = input.loadIndexed(gazetteer: gazetteer, explains: explain)
        InputOptions.report(corpus.failures)
        let found = try Self.searched(corpus.articles, ids: ids, index: index, query: search)
        let articles = filter.map { f in found.map(f.apply) } ?? found
        let output = explain ? ExplainExport.render(articles) : format.render(articles, gazetteer: gazetteer, table: table ?? .delegations)
        FileHandle.standardOutput.write(Data(output.utf8))
        if !corpus.failures.isEmpty { throw ExitCode(1) }
    }

    /// The articles the query finds: by the index's full-text search where they are indexed, else by their words.
    static func searched(_ articles: [Article], ids: [Int64?], index: CorpusIndex?, query: String?) throws -> [Article] {
        guard let query else { return articles }
        guard let words = TextSearch(query) else {
            Diagnostics.error("--search: no word to search for in '\(TerminalSafe.text(query))'")
            throw ExitCode(2)
        }
        let hits = try index?.search(query)
        return zip(articles, ids).filter { article, id in
            if let id, let hits { return hits.contains(id) }
            return words.matches(article)
        }.map(\.0)
    }
}
