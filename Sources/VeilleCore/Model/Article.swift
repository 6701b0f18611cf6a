public enum Language: String, Codable, Sendable, CaseIterable {
    case fr, en
}

/// What a line of the article is, as the page it was copied from laid it out.
public enum BlockKind: String, Codable, Sendable {
    case title, lead, heading, paragraph
    case listIntro = "list_intro"
    case listItem = "list_item"
    /// A teaser of another article or a tag line the page carries: not the article's text.
    case teaser
}

public struct Block: Codable, Sendable, Hashable {
    public var kind: BlockKind
    public var span: Span

    public init(kind: BlockKind, span: Span) {
        self.kind = kind
        self.span = span
    }
}

public struct Sentence: Codable, Sendable, Hashable {
    public var span: Span
    /// Index into `Article.blocks`.
    public var block: Int

    public init(span: Span, block: Int) {
        self.span = span
        self.block = block
    }
}

/// Where a publication date was read.
public enum DateSource: String, Codable, Sendable, Hashable {
    /// The page's metadata (`article:published_time`, `<time datetime>`, JSON-LD `datePublished`).
    case meta
    /// The feed item's date.
    case feed
    /// The dateline that opens the text ("BAMAKO, 12 mars (AMAP) -").
    case dateline
    /// A publication line in the text ("Publié le 3 juin 2025").
    case text
    /// The file's modification time, when nothing else says.
    case file
}

/// When and by whom an article was published, and where it lives, when known.
public struct Provenance: Codable, Sendable, Hashable {
    /// ISO 8601: a date ("2025-03-12"), or a date and time when the source gives one.
    public var published: String?
    public var dateSource: DateSource?
    public var outlet: String?
    public var url: String?

    public init(published: String? = nil, dateSource: DateSource? = nil, outlet: String? = nil, url: String? = nil) {
        self.published = published
        self.dateSource = dateSource
        self.outlet = outlet
        self.url = url
    }
}

/// One article and everything extracted from it. The dashboard and every
/// export render exactly this value.
public struct Article: Codable, Sendable, Hashable {
    /// The path it was read from, or `-` for standard input, or `sample:NAME`.
    public var source: String
    public var language: Language
    public var title: String
    public var lead: String?
    public var headings: [String]
    /// The normalised text (NFC, LF line endings) every span points into.
    public var text: String
    public var blocks: [Block]
    public var sentences: [Sentence]
    public var delegations: [Delegation]
    public var regions: [Region]
    public var measures: [Measure]
    /// Why each item was found (see `Reason`).
    public var reasons: [Reason]
    public var provenance = Provenance()

    public init(
        source: String, language: Language, title: String, lead: String?, headings: [String],
        text: String, blocks: [Block], sentences: [Sentence],
        delegations: [Delegation] = [], regions: [Region] = [], measures: [Measure] = [], reasons: [Reason] = []
    ) {
        self.reasons = reasons
        self.source = source
        self.language = language
        self.title = title
        self.lead = lead
        self.headings = headings
        self.text = text
        self.blocks = blocks
        self.sentences = sentences
        self.delegations = delegations
        self.regions = regions
        self.measures = measures
    }

    /// The text a span covers; empty when the span is out of range.
    public func substring(_ span: Span) -> String {
        let scalars = text.unicodeScalars
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return "" }
        let lower = scalars.index(scalars.startIndex, offsetBy: span.start)
        let upper = scalars.index(lower, offsetBy: span.length)
        return String(scalars[lower..<upper])
    }

    /// The sentences that overlap a span, in order.
    public func sentences(covering span: Span) -> [Sentence] {
        sentences.filter { $0.span.overlaps(span) || $0.span.contains(span) }
    }
}
