/// Why an input could not be read as an article. The message is one line,
/// meant to follow the file name.
public enum InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case missing
    case unreadable(String)
    case isEmpty
    case binary
    case tooLarge(bytes: Int, limit: Int)
    case noArticlesInDirectory
    case notAFile

    public var description: String {
        switch self {
        case .missing: "no such file or directory"
        case .unreadable(let why): "cannot be read (\(why))"
        case .isEmpty: "empty file, no article text"
        case .binary: "binary data, not an article text"
        case .tooLarge(let bytes, let limit):
            "\(megabytes(bytes)) is too large for one article (the limit is \(megabytes(limit)); --max-file-size MB raises it)"
        case .noArticlesInDirectory: "directory holds no article file (.txt, .md, .html, .xml …)"
        case .notAFile: "not a regular file"
        }
    }

    private func megabytes(_ n: Int) -> String {
        let tenths = (n * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
