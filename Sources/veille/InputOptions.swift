import ArgumentParser
import Foundation
import VeilleCore
import VeilleIndex

/// What every command reads: paths (or the samples), through the index unless told not to, and an
/// optional region filter.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Keep only what is tied to this region or a place inside it (name, alias or ISO code).")
    var region: String?

    @Option(name: .long, help: "The index to keep parsed articles in instead of $XDG_CACHE_HOME/veille/index.sqlite.")
    var index: String?

    @Flag(name: .long, help: "Parse every file now and keep nothing.")
    var noIndex = false

    @OptionGroup var limits: LimitOptions

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

    /// The index at `path`, else the default one, or nil with one line saying why it cannot be used.
    static func openIndex(_ path: String?) -> CorpusIndex? {
        let indexURL = path.map { URL(fileURLWithPath: $0) } ?? UserFolders().cache.appendingPathComponent("index.sqlite")
        do {
            let opened = try CorpusIndex(at: indexURL)
            if let notice = opened.notice { Diagnostics.error(TerminalSafe.text(notice)) }
            return opened
        } catch {
            Diagnostics.error("\(TerminalSafe.text(indexURL.path)): index not usable (\(error)); reading without it")
            return nil
        }
    }

    /// The articles of the paths (the samples without any), with the ids a search needs.
    func load(gazetteer: Gazetteer, explains: Bool = false) -> LoadedCorpus {
        loadIndexed(gazetteer: gazetteer, explains: explains).corpus
    }

    func loadIndexed(gazetteer: Gazetteer, explains: Bool = false) -> (corpus: LoadedCorpus, ids: [Int64?], index: CorpusIndex?) {
        let parser = limits.parser(gazetteer: gazetteer, explains: explains)
        // Explanations are not stored: they are asked for once, on a few files.
        guard !paths.isEmpty, !explains, !noIndex, let index = Self.openIndex(index) else {
            let corpus = paths.isEmpty ? ArticleLoader.samples(parser: parser) : ArticleLoader.load(paths: paths, parser: parser)
            return (corpus, Array(repeating: nil, count: corpus.articles.count), nil)
        }
        do {
            let update = try index.update(paths: paths, parser: parser)
            let stored = try index.articles(of: update)
            return (LoadedCorpus(articles: stored.map(\.article), failures: update.failures), stored.map(\.id), index)
        } catch {
            Diagnostics.error("\(TerminalSafe.text(index.url.path)): index failed (\(error)); reading without it")
            let corpus = ArticleLoader.load(paths: paths, parser: parser)
            return (corpus, Array(repeating: nil, count: corpus.articles.count), nil)
        }
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
