import Foundation

/// Text in, structured article out: the one entry point of the extraction.
public struct ArticleParser: Sendable {
    /// What the index keys its stored extractions by, beside each file's content: raise it whenever the
    /// extraction of some text changes, so every index re-parses (a test holds it to the fixtures' output).
    public static let version = 2

    public let gazetteer: Gazetteer
    /// Keep, for every item, the rule that produced it (`Article.reasons`, `--explain`).
    public let explains: Bool
    /// The largest file read as an article; a larger one is refused with its size and this limit.
    public let maximumBytes: Int

    public init(gazetteer: Gazetteer, explains: Bool = false, maximumBytes: Int = TextDecoder.maximumBytes) {
        self.gazetteer = gazetteer
        self.explains = explains
        self.maximumBytes = maximumBytes
    }

    /// The articles a file's bytes hold, whatever their format: text or Markdown, a saved page (its article only),
    /// or a feed (one article per item, its source "path#k").
    /// `fileDate`, the file's modification time, dates an article nothing else dates and gives a year-less
    /// dateline its year.
    public func articles(bytes: [UInt8], source: String, fileDate: Date? = nil) throws(InputProblem) -> [Article] {
        try InputDocument.documents(bytes, limit: maximumBytes).map { parse($0, source: source, fileDate: fileDate) }
    }

    /// The first article of a file's bytes (see `articles(bytes:source:)`).
    public func parse(bytes: [UInt8], source: String) throws(InputProblem) -> Article {
        parse(try InputDocument.documents(bytes, limit: maximumBytes)[0], source: source)
    }

    private func parse(_ document: InputDocument, source: String, fileDate: Date? = nil) -> Article {
        var article = parse(text: document.text, source: source + (document.part ?? ""))
        if let title = document.title.map(TextDecoder.clean), !title.isEmpty { article.title = title }
        var given = document.provenance
        // A page opened by its address is at that address when it names no other.
        if given.url == nil, HTTPFetcher.isAddress(source) { given.url = source }
        article.provenance = Self.provenance(given, text: article.text, fileDate: fileDate)
        return article
    }

    /// The markup's or feed's facts first, then the text's dateline or publication line, then the file's date.
    /// A page's metadata is often its last edit or its import into a feed, so when the text dates itself to
    /// another day, the text wins: an article is never dated to a day its own dateline contradicts.
    static func provenance(_ given: Provenance, text: String, fileDate: Date?) -> Provenance {
        var p = given
        let fileDay = fileDate.flatMap(PublicationDate.day)
        // A year-less dateline takes the year of the metadata's date when there is one, else the file's.
        let context = given.published.map { String($0.prefix(10)) } ?? fileDay
        let found = TextDate.find(in: text, year: context.flatMap { Int($0.prefix(4)) }, notAfter: context)
        if let found, p.published == nil || contradicts(found.date, p.published!) {
            p.published = found.date
            p.dateSource = found.source
        }
        if p.outlet == nil, let agency = found?.agency { p.outlet = agency }
        if p.published == nil, let fileDay {
            p.published = fileDay
            p.dateSource = .file
        }
        if p.outlet == nil, let host = p.url.flatMap({ URL(string: $0)?.host }) {
            p.outlet = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }
        return p
    }

    /// Days more than one apart: a metadata time in another time zone may fall on the day after the dateline.
    static func contradicts(_ textDay: String, _ published: String) -> Bool {
        guard let a = PublicationDate.dayNumber(textDay), let b = PublicationDate.dayNumber(String(published.prefix(10))) else { return false }
        return abs(a - b) > 1
    }

    /// Parses already-normalised text (see `TextDecoder`).
    public func parse(text: String, source: String) -> Article {
        let parsed = ParsedText(text, vocabulary: gazetteer.vocabulary)
        let countries = CountryFinder(gazetteer: gazetteer).find(in: parsed)
        let ranking = CountryFinder.ranking(countries)
        let countryRanges = countries.filter { $0.form != .capital }.map(\.tokens)
        let skipped = (countryRanges + parsed.teaserTokens).sorted { $0.lowerBound < $1.lowerBound }
        var places = PlaceFinder(gazetteer: gazetteer, countries: ranking).find(in: parsed, excluding: skipped)
        let home = ranking.first { code in places.contains { $0.place.country == code } } ?? ranking.first
        // People named with a role or a title, read once for the delegations and for the places inside names.
        let people = PersonFinder(text: parsed, reader: PersonReader(text: parsed, countries: countries), countries: countries).find()
        var delegationExtractor = DelegationExtractor(
            text: parsed, gazetteer: gazetteer, countries: countries, places: places, homeCountry: home, known: people, explains: explains
        )
        delegationExtractor.ranking = ranking
        let (delegations, delegationReasons) = delegationExtractor.extractWithReasons()
        places.removeAll { $0.government }
        Self.remove(&places, insideNamesOf: delegations, parsed)
        Self.remove(&places, insidePersons: people)
        let language = parsed.language
        let measures = MeasureExtractor(text: parsed, places: places, language: language).extract()
        let regions = RegionBuilder.regions(places, parsed, gazetteer, language: language)
        let measureReasons = !explains ? [] : measures.compactMap { m in
            m.evidence.first.map { Reason(kind: .measure, item: m.text, rule: "a measure headed by «\(m.action)»", evidence: $0) }
        }
        return Article(
            source: source, language: language,
            title: block(.title, parsed) ?? "", lead: block(.lead, parsed), headings: blocks(.heading, parsed),
            text: text, blocks: parsed.layout.blocks, sentences: parsed.layout.sentences,
            delegations: delegations, regions: regions, measures: measures,
            reasons: explains ? delegationReasons + RegionBuilder.reasons(regions, parsed) + measureReasons : []
        )
    }

    /// A place spelled inside a person's name is part of the name.
    private static func remove(_ places: inout [PlaceMention], insideNamesOf delegations: [Delegation], _ text: ParsedText) {
        var names: [Span] = []
        // Counted first: appended list by list, the array regrew several times per article.
        var count = 0
        forEachMentionList(of: delegations) { count += $0.count }
        names.reserveCapacity(count)
        forEachMentionList(of: delegations) { names += $0 }
        guard !names.isEmpty else { return }
        names.sort()
        var k = 0
        // Places and sorted names in text order: one merge pass.
        keep(&places) { tokens in
            let span = text.span(tokens: tokens)
            while k < names.count, names[k].end <= span.start { k += 1 }
            return k == names.count || !names[k].overlaps(span)
        }
    }

    /// The mentions of each person of each delegation, read by index: a delegation or a person taken out
    /// of its list was copied, every string retained.
    private static func forEachMentionList(of delegations: [Delegation], _ body: ([Span]) -> Void) {
        for k in delegations.indices {
            for p in delegations[k].leaders.indices { body(delegations[k].leaders[p].mentions) }
            for p in delegations[k].members.indices { body(delegations[k].members[p].mentions) }
            for p in delegations[k].hosts.indices { body(delegations[k].hosts[p].mentions) }
        }
    }

    /// Places inside anyone's name found article-wide ("Moussa Gao"), not only a delegation's people.
    private static func remove(_ places: inout [PlaceMention], insidePersons persons: [FoundPerson]) {
        guard persons.contains(where: { $0.phrase.name != nil }) else { return }
        var k = 0
        // Both lists run in text order: one merge pass, over the persons with a name (no list of the names built).
        keep(&places) { tokens in
            while k < persons.count, persons[k].phrase.name.map({ $0.upperBound <= tokens.lowerBound }) ?? true { k += 1 }
            return k == persons.count || persons[k].phrase.name.map { !$0.overlaps(tokens) } ?? true
        }
    }

    /// Keeps the places `kept` accepts, asked once each and in order (the merge passes above rely on it),
    /// moved down in place: a filtered copy regrew its array and copied every mention's strings. Asked of
    /// the tokens alone, which the rules read: handing over a mention copied it.
    private static func keep(_ places: inout [PlaceMention], _ kept: (Range<Int>) -> Bool) {
        // Through the buffer: an element read or swapped through the array was copied, its strings retained.
        let n = places.withUnsafeMutableBufferPointer { buffer in
            var n = 0
            for j in buffer.indices where kept(buffer[j].tokens) {
                if n != j { buffer.swapAt(n, j) }
                n += 1
            }
            return n
        }
        places.removeLast(places.count - n)
    }

    private func block(_ kind: BlockKind, _ parsed: ParsedText) -> String? {
        parsed.layout.blocks.first { $0.kind == kind }.map { parsed.string($0.span) }
    }

    private func blocks(_ kind: BlockKind, _ parsed: ParsedText) -> [String] {
        parsed.layout.blocks.filter { $0.kind == kind }.map { parsed.string($0.span) }
    }
}
