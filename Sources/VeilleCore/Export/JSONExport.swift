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
        let published: String?
        let dateSource: DateSource?
        let outlet: String?
        let url: String?
        let language: Language
        let title: String
        let lead: String?
        let headings: [String]
        let delegations: [Delegation]
        let regions: [ExportedRegion]
        let measures: [Measure]
        let text: String
        let sentences: [Span]

        private enum CodingKeys: String, CodingKey {
            case source, published, dateSource = "date_source", outlet, url, language, title, lead, headings, delegations, regions
            case measures, text, sentences
        }

        init(_ a: Article) {
            source = a.source
            published = a.provenance.published
            dateSource = a.provenance.dateSource
            outlet = a.provenance.outlet
            url = a.provenance.url
            language = a.language
            title = a.title
            lead = a.lead
            headings = a.headings
            delegations = a.delegations
            regions = a.regions.map(ExportedRegion.init)
            measures = a.measures
            text = a.text
            sentences = a.sentences.map(\.span)
        }
    }

    /// A region with the article's spelling as its name and the gazetteer's as `canonical`.
    private struct ExportedRegion: Encodable {
        let id: String
        let name: String
        let canonical: String
        let country: String?
        let iso3166_2: String?
        let kind: RegionKind
        let parent: String?
        let latitude: Double?
        let longitude: Double?
        let mentions: [Span]

        init(_ r: Region) {
            id = r.id
            name = r.written
            canonical = r.name
            country = r.country
            iso3166_2 = r.iso3166_2
            kind = r.kind
            parent = r.parent
            latitude = r.latitude
            longitude = r.longitude
            mentions = r.mentions
        }
    }

    static func render(_ articles: [Article]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(articles: articles.map(ExportedArticle.init))) else { return "{\"articles\": []}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
