import Foundation

/// `{"articles": [...]}`, the schema documented in the README.
enum JSONExport {
    private struct Document: Encodable {
        let articles: [ExportedArticle]
    }

    /// The article as exported: the extraction first, then the text and
    /// sentences that the evidence offsets point into.
    private struct ExportedArticle: Encodable {
        let source: String
        let language: Language
        let title: String
        let lead: String?
        let headings: [String]
        let delegations: [Delegation]
        let regions: [Region]
        let measures: [Measure]
        let text: String
        let sentences: [Span]

        init(_ a: Article) {
            source = a.source
            language = a.language
            title = a.title
            lead = a.lead
            headings = a.headings
            delegations = a.delegations
            regions = a.regions
            measures = a.measures
            text = a.text
            sentences = a.sentences.map(\.span)
        }
    }

    static func render(_ articles: [Article]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(articles: articles.map(ExportedArticle.init))) else { return "{\"articles\": []}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
