public enum ExportFormat: String, Sendable, CaseIterable {
    case json, text, markdown

    public func render(_ articles: [Article], gazetteer: Gazetteer) -> String {
        switch self {
        case .json: JSONExport.render(articles)
        case .text: TextExport.render(articles, gazetteer: gazetteer)
        case .markdown: MarkdownExport.render(articles, gazetteer: gazetteer)
        }
    }
}
