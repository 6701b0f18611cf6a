/// Rows of a tab-separated file whose first line names the columns. Split on
/// bytes: the gazetteer is read at every start, and this is on the way to
/// the first frame.
struct TSV {
    let header: [String]
    let rows: [[String]]

    init(_ text: String) {
        var lines: [[String]] = []
        var row: [String] = []
        var bytes = Array(text.utf8)
        bytes.append(0x0A)
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x09 || b == 0x0A {
            row.append(String(decoding: bytes[start..<i], as: UTF8.self))
            start = i + 1
            if b == 0x0A {
                if row.count > 1 || row.first?.isEmpty == false { lines.append(row) }
                row = []
            }
        }
        header = lines.isEmpty ? [] : lines.removeFirst()
        rows = lines
    }

    func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}
