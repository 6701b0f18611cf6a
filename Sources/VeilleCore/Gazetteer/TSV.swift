/// Rows of a tab-separated file whose first line names the columns.
struct TSV {
    let header: [String]
    let rows: [[String]]

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        header = lines.isEmpty ? [] : lines.removeFirst()
        rows = lines
    }

    func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}
