import ArgumentParser
import VeilleCore

/// How large a file may be before it is refused rather than read: news articles are kilobytes, and a
/// stray log or dump must cost a line of error, not the machine's memory.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("The largest file read as one article, in MB (default 8).", valueName: "MB"))
    var maxFileSize: Double?

    func validate() throws {
        if let maxFileSize, !(maxFileSize > 0 && maxFileSize <= 4096) {
            throw ValidationError("--max-file-size takes a size in MB above 0 and at most 4096")
        }
    }

    var maximumBytes: Int { maxFileSize.map { Int($0 * 1_048_576) } ?? TextDecoder.maximumBytes }

    func parser(gazetteer: Gazetteer, explains: Bool = false) -> ArticleParser {
        ArticleParser(gazetteer: gazetteer, explains: explains, maximumBytes: maximumBytes)
    }
}
