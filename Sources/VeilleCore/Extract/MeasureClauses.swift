/// Where the clause of a predicate starts and ends in one sentence. Built
/// once per sentence that holds a rule's start, so that each look-up is
/// constant or logarithmic, however many predicates the sentence holds.
struct MeasureClauses {
    let reader: MeasureReader
    let sentence: Range<Int>
    /// For each token of the sentence, the next clause tail at or after it.
    private var nextTail: [Int32] = []
    /// Ends of the complementizers ("que", "that", an opening quote), in order.
    private var complementizerEnds: [Int] = []
    /// A leading adverbial runs to its comma, which is looked for this far.
    private static let adverbialReach = 60
    /// Where the sentence's own words start: past a dateline ("Bamako, 30 avril (AMAP) - ").
    private var bodyStart: Int
    /// A dateline's dash stands this close to the start of its sentence.
    private static let datelineReach = 14

    init(_ reader: MeasureReader, _ sentence: Range<Int>) {
        self.reader = reader
        self.sentence = sentence
        let s = sentence.lowerBound, e = sentence.upperBound
        bodyStart = Self.datelineEnd(reader, sentence) ?? s
        nextTail = [Int32](repeating: Int32(e), count: e - s + 1)
        var next = e
        for i in stride(from: e - 1, through: s, by: -1) {
            if isTail(i, e) { next = i }
            nextTail[i - s] = Int32(next)
        }
        var i = s
        while i < e {
            if let end = complementizer(at: i, e) {
                complementizerEnds.append(end)
                i = end
            } else {
                i += 1
            }
        }
    }

    /// One past the dash of a dateline: a capitalised place, a comma or a bracket and a date, then a spaced dash.
    private static func datelineEnd(_ reader: MeasureReader, _ sentence: Range<Int>) -> Int? {
        let tokens = reader.tokens, s = sentence.lowerBound
        guard s < sentence.upperBound, tokens[s].kind == .word, tokens[s].isCapitalized else { return nil }
        var sawComma = false
        for i in (s + 1)..<min(sentence.upperBound, s + datelineReach) where tokens[i].kind == .punctuation {
            if tokens[i].isCommaMark || tokens[i].key == 0x28 { sawComma = true; continue }
            let spacedHyphen = tokens[i].isHyphen && tokens[i].spaceBefore && i + 1 < sentence.upperBound && tokens[i + 1].spaceBefore
            // "Bamako - …": a place of a word or two needs no date.
            if spacedHyphen || tokens[i].key == 0x2013 || tokens[i].key == 0x2014 { return sawComma || i - s <= 3 ? i + 1 : nil }
        }
        return nil
    }

    /// Attribution or purpose after a comma, or a closing quote, ends a clause.
    private func isTail(_ i: Int, _ e: Int) -> Bool {
        if reader.isMark(i, e, 0x2C) { return reader.phrase(MeasureSets.clauseTails, i + 1, e) != nil || attributionAfter(i, e) }
        return reader.isClosingQuote(i, e) || opensSecondReport(i, e)
    }

    /// Words a short English subject may take between a comma and its verb of saying (", the army said").
    private static let attributionReach = 4

    /// ", the army said on Friday": an attribution after an English clause ends it.
    private func attributionAfter(_ comma: Int, _ e: Int) -> Bool {
        guard reader.english else { return false }
        for j in (comma + 1)..<min(e, comma + 1 + Self.attributionReach) {
            guard reader.isWord(j, e) else { return false }
            if MeasureSets.attributionVerbs.contains(reader.tokens[j]) { return j > comma + 1 }
        }
        return false
    }

    /// "said troops are being sent and that a base will be opened": "and that" opens the next reported clause.
    private func opensSecondReport(_ i: Int, _ e: Int) -> Bool {
        guard reader.isWord(i, e), let end = reader.phrase(MeasureSets.wordConnectors, i, e), reader.isWord(end, e) else { return false }
        return MeasureSets.complementizers.contains(reader.tokens[end]) || reader.elided(end, e, Keys.qu)
    }

    private func complementizer(at i: Int, _ e: Int) -> Int? {
        if reader.isOpeningQuote(i, e) { return i + 1 }
        guard reader.isWord(i, e) else { return nil }
        if reader.elided(i, e, Keys.qu) { return i + 2 }
        let opens = MeasureSets.complementizers.contains(reader.tokens[i])
            || (reader.english && MeasureSets.reportingVerbs.contains(reader.tokens[i]) && reader.isWord(i + 1, e))
        return opens && reader.blankBefore(i + 1, e) ? i + 1 : nil
    }

    func end(after q: Int) -> Int {
        q < sentence.upperBound ? Int(nextTail[q - sentence.lowerBound]) : sentence.upperBound
    }

    /// The clause of q opens on "que", "qu'" or "that" (not on a quote): reported speech.
    func isReported(before q: Int) -> Bool {
        guard let k = lastComplementizer(atOrBefore: q) else { return false }
        let end = complementizerEnds[k]
        return reader.isWord(end - 1, q) || (end >= 2 && reader.elided(end - 2, q, Keys.qu))
    }

    /// The index of the last complementizer ending at or before q, by binary search.
    private func lastComplementizer(atOrBefore q: Int) -> Int? {
        var lo = 0, hi = complementizerEnds.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if complementizerEnds[mid] <= q { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? lo - 1 : nil
    }

    /// After the last complementizer before q, and past a leading adverbial
    /// up to its comma ("à compter de lundi, le couvre-feu …").
    func start(before q: Int) -> Int {
        var start = lastComplementizer(atOrBefore: q).map { complementizerEnds[$0] } ?? (bodyStart <= q ? bodyStart : sentence.lowerBound)
        if reader.phrase(MeasureSets.leadAdverbials, start, q) != nil,
           let comma = (start..<min(q, start + Self.adverbialReach)).first(where: { reader.isMark($0, q, 0x2C) }) {
            start = comma + 1
        }
        return start
    }
}
