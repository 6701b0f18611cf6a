public enum ExportFormat: String, Sendable, CaseIterable {
    case json, text, markdown, csv

    /// `table`: which items a CSV export has a row for (the other formats show every table).
    public func render(_ articles: [Article], gazetteer: Gazetteer, table: CSVTable = .delegations) -> String {
        switch self {
        case .json: JSONExport.render(articles)
        case .csv: CSVExport.render(articles, table: table)
        case .text: TextExport.render(articles, gazetteer: gazetteer)
        case .markdown: MarkdownExport.render(articles, gazetteer: gazetteer)
        }
    }
}
