/// The rules run on one sentence: triggers and their complements, post-posed
/// triggers, planned predicates and French futures.
struct MeasureSentence {
    let reader: MeasureReader
    /// Set for each sentence in turn (see `MeasureExtractor.extract`).
    var range: Range<Int>
    private let starts = MeasureStarts.shared

    private struct Hit {
        var start: Int
        var end: Int
        var trigger: Int
    }

    private static let startBit = WordClass.measureStart.rawValue
    private static let contextBit = WordClass.measureContext.rawValue
    /// Tested before the call: most words that start some rule start no trigger.
    private static let triggerBit = WordClass.triggerStart.rawValue
    /// A subject longer than this is no subject of a planned predicate.
    private static let maxSubjectWords = 25
    /// Items longer than this are runaway complements.
    private static let maxItemWords = 45

    /// Appends the sentence's finds to `out`, the article's: a list per sentence regrew from empty, then was
    /// copied into the article's. `lastEnd`: per trigger, where its last hit ended, kept by the caller from
    /// sentence to sentence (see `triggers`).
    func finds(lastEnd: inout [Int], into out: inout [MeasureFind]) {
        let tokens = reader.tokens
        let s = range.lowerBound, e = range.upperBound
        var hits: [Hit] = []
        var predicates: [Range<Int>] = [], futures: [Range<Int>] = [], postposed: [Range<Int>] = []
        // Conditionals, kept only in reported speech.
        var reported: [Range<Int>] = []
        var pastEnd = Int.max
        var predicateEnd = s, futureEnd = s, postposedEnd = s
        for i in range where tokens[i].kind == .word && tokens[i].classes & (Self.startBit | Self.contextBit) != 0 {
            if tokens[i].classes & Self.contextBit != 0, let end = pastMarker(i, e) { pastEnd = min(pastEnd, end) }
            guard tokens[i].classes & Self.startBit != 0 else { continue }
            if tokens[i].classes & Self.triggerBit != 0 { triggers(at: i, lastEnd: &lastEnd, into: &hits) }
            if i >= predicateEnd, starts.predicates.auxiliaries.mayStart(tokens[i]), let end = predicate(starts.predicates, i, e) {
                predicates.append(i..<end)
                predicateEnd = end
            }
            if !reader.english, i >= futureEnd, let end = reader.phrase(starts.futures, i, e), !reader.isMark(end, e, 0x2D) {
                futures.append(i..<end)
                futureEnd = end
            }
            if !reader.english, i >= futureEnd, let end = reader.phrase(starts.reportedFutures, i, e), !reader.isMark(end, e, 0x2D) {
                reported.append(i..<end)
                futureEnd = end
            }
            if starts.postposed.auxiliaries.mayStart(tokens[i]), let end = predicate(starts.postposed, i, e) {
                let start = postposedStart(i, max(s, postposedEnd))
                if start >= postposedEnd {
                    postposed.append(start..<end)
                    postposedEnd = end
                }
            }
        }
        guard !(hits.isEmpty && predicates.isEmpty && futures.isEmpty && postposed.isEmpty && reported.isEmpty) else { return }
        for (k, h) in hits.enumerated() where pastEnd > h.start { addItems(of: h, upTo: clauseCut(after: k, hits), &out) }
        // Clause bounds only for the rules that read clauses: most sentences with a trigger need none.
        let needsClauses = !(predicates.isEmpty && futures.isEmpty && postposed.isEmpty && reported.isEmpty)
            || hits.contains { starts.triggers[$0.trigger].mode == .clause }
        guard needsClauses else { return }
        let clauses = MeasureClauses(reader, range)
        for h in hits where pastEnd > h.start && starts.triggers[h.trigger].mode == .clause { addClause(of: h, clauses, &out) }
        for p in postposed { addPostposed(p.lowerBound, clauses, &out) }
        for p in predicates { addPredicate(p, clauses, &out) }
        for f in futures { addFuture(f, clauses, &out) }
        for f in reported where clauses.isReported(before: f.lowerBound) { addFuture(f, clauses, &out) }
    }

    // MARK: finding rule starts

    /// Triggers whose head starts at i. Heads come shortest first: a longer
    /// head of the same trigger that is followed by its tail replaces the hit.
    /// `lastEnd` is shared by the article's sentences, which come in order: an end is stored no later than
    /// its sentence's end, so one left by an earlier sentence is at most this one's start and refuses
    /// nothing here, as this sentence's own start would. One array per article, where one per sentence
    /// with a trigger was allocated and filled.
    private func triggers(at i: Int, lastEnd: inout [Int], into hits: inout [Hit]) {
        let starts = starts
        let e = range.upperBound
        starts.triggerHeads.forEachMatch(in: reader.tokens, at: i, limit: e) { end, node in
            if lastEnd.isEmpty { lastEnd = [Int](repeating: 0, count: starts.triggers.count) }
            starts.triggerHeads.forEachPayload(node) { payload in
                let t = Int(payload)
                let same = Self.hit(in: hits, at: i, trigger: t)
                guard starts.triggers[t].english == reader.english, i >= lastEnd[t] || same != nil,
                      let start = MeasureTriggerReader(reader: reader, trigger: t, limit: e).complementStart(head: i..<end) else { return }
                let hit = Hit(start: i, end: start, trigger: t)
                if let k = same { hits[k] = hit } else { hits.append(hit) }
                // Past the sentence's end or at it, no later head is refused differently.
                lastEnd[t] = min(max(start, i + 1), e)
            }
        }
    }

    /// The hit of trigger t at i, among the last hits (those that start at i).
    private static func hit(in hits: [Hit], at i: Int, trigger t: Int) -> Int? {
        var k = hits.count - 1
        while k >= 0, hits[k].start == i {
            if hits[k].trigger == t { return k }
            k -= 1
        }
        return nil
    }

    /// An auxiliary, an optional adverb and a participle of the same group.
    private func predicate(_ set: PredicateSet, _ i: Int, _ e: Int) -> Int? {
        var found: Int?
        set.auxiliaries.forEachMatch(in: reader.tokens, at: i, limit: e) { auxEnd, node in
            set.auxiliaries.forEachPayload(node) { g in
                guard found == nil else { return }
                // The group's fields read in place: a copy of the group retained its lists.
                let k = Int(g)
                if set.groups[k].notAfterElidedS, i >= 2, reader.elided(i - 2, i, Keys.s) { return }
                if set.groups[k].participles.isEmpty { found = auxEnd; return }
                var at = auxEnd
                if set.groups[k].adverb, reader.isPredicateAdverb(at, e), reader.phrase(in: set.participles, k, at, e) == nil { at += 1 }
                // "il est prévu de former …" is the trigger's, item by item.
                if let end = reader.phrase(in: set.participles, k, at, e), !reader.deInfinitive(end, e) { found = end }
            }
        }
        return found
    }

    /// "avait", "last week", "il y a 3 ans": the end of a past marker at i.
    private func pastMarker(_ i: Int, _ e: Int) -> Int? {
        guard let end = reader.phrase(starts.pastMarkers, i, e) else { return nil }
        let isAgo = end - i == starts.agoKey.count && (0..<(end - i)).allSatisfy { reader.tokens[i + $0].key == starts.agoKey[$0] }
        if isAgo { return reader.isDigits(end, e, maxLength: 4) ? end + 1 : nil }
        return end
    }

    /// A post-posed trigger starts at the comma before its auxiliary.
    private func postposedStart(_ i: Int, _ floor: Int) -> Int {
        i > floor && reader.isMark(i - 1, i, 0x2C) ? i - 1 : i
    }

    // MARK: measures

    private func addClause(of h: Hit, _ clauses: MeasureClauses, _ out: inout [MeasureFind]) {
        let r = reader.trim(h.end, clauses.end(after: min(range.upperBound, h.end + 1)))
        if reader.wordCount(r.lowerBound, r.upperBound) >= 3, !reader.isGeneric(r.lowerBound, r.upperBound) {
            out.append(MeasureFind(tokens: r, rule: .clause, head: h.end..<(h.end + 1)))
        }
    }

    /// Where the complement of hit k gives way to a new clause with its own
    /// subject and trigger ("… to train officers, and Chad will send …"), or
    /// to a second trigger verb of the same subject ("… and approved the
    /// deployment", "… et a exigé le retrait"): at the connector before it.
    private func clauseCut(after k: Int, _ hits: [Hit]) -> Int {
        let h = hits[k]
        guard let next = hits[(k + 1)...].first(where: { $0.start > h.end }) else { return range.upperBound }
        var i = next.start - 1
        while i > h.end, next.start - i <= Self.subjectReach {
            if reader.isWord(i, next.start), reader.blankBefore(i + 1, range.upperBound),
               reader.phrase(MeasureSets.wordConnectors, i, next.start) == i + 1,
               next.start - i <= 2 || opensSubject(i + 1, next.start) {
                return reader.isMark(i - 1, i, 0x2C) ? i - 1 : i
            }
            i -= 1
        }
        return range.upperBound
    }

    /// A year that dates a creation stands this close before its verb; the bound keeps the test linear.
    private static let yearReach = 30

    /// A year written in lo..<hi ("dès 1970", "en 2015").
    private func hasYear(_ lo: Int, _ hi: Int) -> Bool {
        (lo..<hi).contains { reader.isYear($0, hi) }
    }

    /// A determiner or a capitalised name: the subject of a new clause.
    private func opensSubject(_ i: Int, _ limit: Int) -> Bool {
        guard reader.isWord(i, limit) else { return false }
        return reader.tokens[i].isCapitalized || reader.phrase(MeasureSets.determiners, i, limit) != nil
    }

    /// A new clause's subject stands this close to its trigger, in tokens ("l'armée de l'air malienne va").
    private static let subjectReach = 10

    private func addItems(of h: Hit, upTo e: Int, _ out: inout [MeasureFind]) {
        let trigger = starts.triggers[h.trigger]
        guard trigger.mode != .clause else { return }
        for (item, head) in reader.complementItems(h.end, e, trigger.mode) {
            let r = reader.trim(item.lowerBound, item.upperBound)
            if trigger.undated, hasYear(max(range.lowerBound, h.start - Self.yearReach), r.upperBound) { continue }
            let n = reader.wordCount(r.lowerBound, r.upperBound)
            guard n >= 2, n <= Self.maxItemWords, !reader.isGeneric(r.lowerBound, r.upperBound),
                  !reader.isGenericSupport(r.lowerBound, r.upperBound) else { continue }
            out.append(MeasureFind(tokens: r, rule: .trigger, head: head))
        }
    }

    private func addPostposed(_ q: Int, _ clauses: MeasureClauses, _ out: inout [MeasureFind]) {
        let start = max(clauses.start(before: q), q - MeasureReader.maxComplement)
        for (item, head) in reader.complementItems(start, q, .nounPhrase) {
            let r = reader.trim(item.lowerBound, item.upperBound)
            if reader.length(r) >= 3, !reader.isGeneric(r.lowerBound, r.upperBound) { out.append(MeasureFind(tokens: r, rule: .postposed, head: head)) }
        }
    }

    private func addPredicate(_ p: Range<Int>, _ clauses: MeasureClauses, _ out: inout [MeasureFind]) {
        let start = clauses.start(before: p.lowerBound)
        guard start < p.lowerBound, p.lowerBound - start <= 4 * Self.maxSubjectWords,
              reader.wordCount(start, p.lowerBound) <= Self.maxSubjectWords, !isSummarySubject(start, p.lowerBound),
              !isNegated(start, p.lowerBound) else { return }
        let r = reader.trim(start, clauses.end(after: p.upperBound))
        guard r.upperBound > p.upperBound || !isPronoun(start, p.lowerBound) else { return }
        let relative = p.lowerBound > 0 && reader.isWord(p.lowerBound - 1, p.lowerBound)
            && MeasureSets.relativePronouns.contains(reader.tokens[p.lowerBound - 1])
        if reader.length(r) >= 3, !reader.isGeneric(r.lowerBound, r.upperBound) {
            out.append(MeasureFind(tokens: r, rule: .predicate, head: nil, relative: relative))
        }
    }

    private func addFuture(_ f: Range<Int>, _ clauses: MeasureClauses, _ out: inout [MeasureFind]) {
        let start = clauses.start(before: f.lowerBound)
        let from = f.lowerBound - start <= 20 && reader.wordCount(start, f.lowerBound) <= 4 ? start : f.lowerBound
        let r = reader.trim(from, clauses.end(after: f.upperBound))
        // "la coopération entre nos pays se poursuivra": a long subject left out of the item still says it is generic.
        let genericSubject = from > start && reader.isGeneric(start, f.lowerBound)
        let negated = reader.isWord(f.upperBound, r.upperBound) && MeasureSets.negationEnds.contains(reader.tokens[f.upperBound])
        if reader.length(r) >= 3, !genericSubject, !negated, !reader.isGeneric(r.lowerBound, r.upperBound) {
            out.append(MeasureFind(tokens: r, rule: .future, head: f.lowerBound..<reader.compoundEnd(f.lowerBound, f.upperBound)))
        }
    }

    /// "no troops will be deployed", "aucune force ne sera déployée".
    private func isNegated(_ lo: Int, _ hi: Int) -> Bool {
        reader.firstWord(lo, hi).map { MeasureSets.negativeSubjects.contains(reader.tokens[$0]) } ?? false
    }

    /// "Ce qui est prévu": with nothing after its predicate, a pronoun subject names no action.
    private func isPronoun(_ lo: Int, _ hi: Int) -> Bool {
        let r = reader.trim(lo, hi)
        guard let first = reader.firstWord(r.lowerBound, r.upperBound) else { return true }
        return MeasureSets.pronounSubjects.match(reader.tokens, at: first, limit: r.upperBound) == r.upperBound
    }

    /// "des mesures fortes sont prévues": a subject that only announces measures.
    private func isSummarySubject(_ lo: Int, _ hi: Int) -> Bool {
        var start = lo
        for i in lo..<hi where reader.isMark(i, hi, 0x2C) { start = i + 1 }
        var words: [Int] = []
        var i = start
        while i < hi {
            if reader.elided(i, hi, Keys.d), reader.isWord(i + 2, hi) { words.append(i + 2); i += 3; continue }
            guard reader.isWord(i, hi), words.count < 8 else { return false }
            words.append(i)
            i += 1
        }
        let tokens = reader.tokens
        for k in 0...min(3, words.count) {
            var candidates = [k]
            if k < words.count, MeasureSets.summaryDeterminers.contains(tokens[words[k]]) { candidates.append(k + 1) }
            if k + 1 < words.count, tokens[words[k]].key == Keys.de, tokens[words[k + 1]].key == Keys.nouvelles { candidates.append(k + 2) }
            if candidates.contains(where: { $0 < words.count && MeasureSets.summaryNouns.contains(tokens[words[$0]]) && words.count - $0 <= 2 }) {
                return true
            }
        }
        return false
    }
}

extension Keys {
    static let nouvelles = WordHasher.key("nouvelles")
}
