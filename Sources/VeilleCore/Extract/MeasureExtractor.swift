/// Planned measures: the items of a list introduced as plans, and the
/// enumerations that follow an announcement verb in a sentence ("ont convenu
/// de renforcer …, d'organiser … et de livrer …"). Past events are left out
/// because only these two shapes are read.
struct MeasureExtractor {
    let text: ParsedText
    let places: [PlaceMention]

    /// Verbs of commitment; the measures follow their "à"/"de"/"to", possibly
    /// after an adverb ("s'engage en outre à former …").
    static let commitments = WordSet(class: .commitment, [
        "convenu", "convenus", "convenues", "convient", "conviennent", "engage", "engagent", "engagé", "engagée", "engagés",
        "engagées", "prévu", "prévue", "décidé", "décidée", "promis", "résolu", "envisagent", "envisage", "projettent", "projette",
        "entendent", "entend", "accepté", "acceptée", "chargé", "agreed", "pledged", "committed", "decided", "promised",
        "undertook", "plan", "plans", "planned", "intend", "intends", "vowed", "resolved",
    ])
    static let modals = WordSet(["will", "shall", "vont", "va"], class: .modal)
    private static let adverbs = WordSet([
        "également", "aussi", "en", "outre", "notamment", "par", "ailleurs", "d", "abord", "ainsi", "désormais", "rapidement",
        "also", "further", "jointly", "formally", "now", "then", "soon", "both", "each", "further",
    ])
    static let nounAnnouncements = PhraseSet(class: .announcementStart, [
        "prévoit", "prévoient", "portera sur", "comprend", "comprendra", "inclut", "prévoit notamment",
        "provides for", "provide for", "include", "includes", "will include", "covers", "calls for",
    ])
    private static let pastIntro = WordSet(["ont", "a", "avaient", "had", "has", "have", "was", "were", "été", "ete"])
    /// A list introduced by these tells of things done ("ont été livrés :").
    private static let pastIntros = PhraseSet(["ont été", "a été", "were", "have been", "has been", "avaient", "had been"])
    private static let leadingAnd = WordSet(["et", "and"])

    func extract() -> [Measure] {
        var measures: [Measure] = []
        var listIntro: Int?
        for (b, block) in text.layout.blocks.enumerated() {
            switch block.kind {
            case .listIntro:
                listIntro = b
            case .listItem:
                if let intro = listIntro, introducesPlans(text.layout.blocks[intro]), let m = measure(fromItem: block) {
                    measures.append(m)
                }
            default:
                listIntro = nil
            }
        }
        for s in text.sentenceTokens.indices {
            let kind = text.layout.blocks[text.layout.sentences[s].block].kind
            guard kind == .paragraph || kind == .lead else { continue }
            measures.append(contentsOf: enumerated(in: text.sentenceTokens[s]))
        }
        return measures.sorted { ($0.evidence.first ?? Span(start: 0, end: 0)) < ($1.evidence.first ?? Span(start: 0, end: 0)) }
    }

    /// A list is a plan when its introduction says so, or at least does not
    /// tell of something done ("ont été livrés :").
    private func introducesPlans(_ intro: Block) -> Bool {
        let tokens = text.tokens(in: intro.span)
        return !Self.pastIntros.contains(in: Array(tokens), 0..<tokens.count)
    }

    private func measure(fromItem block: Block) -> Measure? {
        var start = block.span.start
        let line = text.scalars[block.span.start..<block.span.end]
        start += LineClassifier.bulletLength(line)
        var end = block.span.end
        while end > start, ";.,:".unicodeScalars.contains(text.scalars[end - 1]) || text.scalars[end - 1].properties.isWhitespace { end -= 1 }
        let itemStart = start
        start = skipLeadingAnd(start, end)
        guard end > start else { return nil }
        var m = makeMeasure(Span(start: start, end: end))
        m.text = capitalisedAfterAnd(Span(start: start, end: end), original: itemStart)
        return m
    }

    private func skipLeadingAnd(_ start: Int, _ end: Int) -> Int {
        let tokens = text.tokens(in: Span(start: start, end: end))
        guard let first = tokens.first, Int(first.start) == start, Self.leadingAnd.contains(first),
              tokens.count > 1, Int(tokens[tokens.startIndex + 1].start) < start + 8 else { return start }
        return Int(tokens[tokens.startIndex + 1].start)
    }

    /// "Et l’intégration …" reads as a list item once "Et" is gone: "L’intégration …".
    private func capitalisedAfterAnd(_ span: Span, original: Int) -> String {
        let s = text.string(span)
        guard span.start != original, let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// Word classes without which a sentence announces nothing.
    private static let triggerClasses = WordClass([.commitment, .modal, .announcementStart]).rawValue

    private func enumerated(in range: Range<Int>) -> [Measure] {
        let tokens = text.tokens
        // Most sentences carry no trigger word at all: one bit test per token says so.
        guard range.contains(where: { tokens[$0].classes & Self.triggerClasses != 0 }) else { return [] }
        let trigger = commitment(in: range).map { ($0, true) }
            ?? Self.nounAnnouncements.first(in: tokens, range).map { ($0, false) }
        guard let (hit, verbal) = trigger else { return [] }
        var end = range.upperBound
        while end > hit.end, tokens[end - 1].kind == .punctuation { end -= 1 }
        guard end > hit.end else { return [] }
        let parts = split(hit.end..<end, verbal: verbal)
        // "will meet the press" is not a plan: the first item must start with an action.
        guard let firstPart = parts.first, !verbal || startsMeasure(firstPart.lowerBound, firstPart.upperBound, verbal: true) else { return [] }
        return parts.compactMap { part in
            var first = part.lowerBound
            // "de renforcer", "d'organiser", "to train": the linking word is not the measure.
            while first < part.upperBound, Self.linkers.contains(tokens[first]) || tokens[first].key == 0x27 { first += 1 }
            guard first < part.upperBound else { return nil }
            return makeMeasure(text.span(tokens: first..<part.upperBound))
        }
    }

    private static let linkers = WordSet(["de", "d", "to", "et", "and", "a", "à"])
    private static let infinitiveLink = WordSet(["de", "d", "to", "à"])

    /// Where the measures of a commitment start: after its "à"/"de"/"to", or
    /// after a modal ("will deploy …").
    private func commitment(in range: Range<Int>) -> (start: Int, end: Int)? {
        let tokens = text.tokens
        for i in range where tokens[i].kind == .word {
            if Self.modals.contains(tokens[i]) {
                var j = i + 1
                while j < range.upperBound, Self.adverbs.contains(tokens[j]) { j += 1 }
                if j < range.upperBound, ActionWords.isVerb(tokens[j]) { return (i, j) }
                continue
            }
            guard Self.commitments.contains(tokens[i]) else { continue }
            var j = i + 1
            while j < min(range.upperBound, i + 5) {
                if Self.infinitiveLink.contains(tokens[j]) { return (i, j) }
                guard Self.adverbs.contains(tokens[j]) || tokens[j].key == 0x27 || text.isComma(j) else { break }
                j += 1
            }
        }
        return nil
    }

    /// Splits at commas and "et"/"and" where another measure starts: a
    /// linking "de"/"d'"/"to" before a verb, or an action noun.
    private func split(_ range: Range<Int>, verbal: Bool) -> [Range<Int>] {
        let tokens = text.tokens
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound + 1
        while i < range.upperBound {
            let isSeparator = text.isComma(i) || (tokens[i].kind == .word && WordSet.conjunctions.contains(tokens[i]))
            if isSeparator, startsMeasure(i + 1 + (text.isComma(i) && i + 1 < range.upperBound && WordSet.conjunctions.contains(tokens[i + 1]) ? 1 : 0), range.upperBound, verbal: verbal) {
                parts.append(start..<i)
                start = i + 1
                if start < range.upperBound, WordSet.conjunctions.contains(tokens[start]) { start += 1 }
                i = start + 1
                continue
            }
            if text.isPhraseBreak(i), !text.isComma(i) { break }
            i += 1
        }
        parts.append(start..<min(i, range.upperBound))
        return parts.filter { !$0.isEmpty }
    }

    private func startsMeasure(_ i: Int, _ limit: Int, verbal: Bool) -> Bool {
        let tokens = text.tokens
        guard i < limit else { return false }
        if verbal {
            var j = i
            let linked = Self.infinitiveLink.contains(tokens[j])
            if linked { j += 1 }
            while j < limit, tokens[j].key == 0x27, tokens[j].kind == .punctuation { j += 1 }
            guard j < limit, tokens[j].kind == .word else { return false }
            return ActionWords.isVerb(tokens[j]) || (linked && ActionWords.looksInfinitive(text.folded(j)))
        }
        var j = i
        while j < limit, Lexicon.determiners.contains(tokens[j]) || tokens[j].key == 0x27 { j += 1 }
        return j < limit && ActionWords.isHead(tokens[j])
    }

    private func makeMeasure(_ span: Span) -> Measure {
        let measureText = text.string(span)
        var unique: [String] = []
        for p in places where span.contains(text.span(tokens: p.tokens)) && !unique.contains(p.place.id) { unique.append(p.place.id) }
        return Measure(text: measureText, action: ActionWords.action(text.tokens(in: span), text), regions: unique, evidence: [span])
    }
}
