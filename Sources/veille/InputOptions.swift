import ArgumentParser
import Foundation
import VeilleCore

/// What every command reads: paths (or the samples) and an optional region filter.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Keep only what is tied to this region or a place inside it (name, alias or ISO code).")
    var region: String?

    @Argument(help: "Article files (text, Markdown, saved pages, feeds), folders of them, page or feed addresses (http, https), or - for standard input.")
    var paths: [String] = []

    /// The places every command needs, or a one-line error and exit status 1: without them nothing can be found.
    static func gazetteer() throws -> Gazetteer {
        do {
            return try Gazetteer.bundled()
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(1)
        }
    }

    func load(gazetteer: Gazetteer, explains: Bool = false) -> LoadedCorpus {
        let parser = ArticleParser(gazetteer: gazetteer, explains: explains)
        return paths.isEmpty ? ArticleLoader.samples(parser: parser) : ArticleLoader.load(paths: paths, parser: parser)
    }

    /// The filter, or a one-line error and exit status 2 for an unknown region.
    func filter(gazetteer: Gazetteer) throws -> RegionFilter? {
        guard let region else { return nil }
        guard let filter = RegionFilter(query: region, gazetteer: gazetteer) else {
            Diagnostics.error("unknown region '\(TerminalSafe.text(region))' (try a name like Gao, an alias like Timbuktu, or a code like ML-7)")
            throw ExitCode(2)
        }
        return filter
    }

    /// Reports failed inputs on stderr, one line each.
    static func report(_ failures: [InputFailure]) {
        for f in failures { Diagnostics.error(f.message) }
    }
}

enum Diagnostics {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("veille: \(message)\n".utf8))
    }
}
