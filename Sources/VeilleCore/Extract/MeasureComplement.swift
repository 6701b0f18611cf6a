/// The complement of a trigger cut into items: list separators, the heads
/// that open an item, and the stops (purpose, attribution, a closing quote)
/// that end one.
extension MeasureReader {
    /// Longest complement read after one trigger, in tokens: keeps a sentence
    /// of many triggers linear.
    static let maxComplement = 300

    struct Segment {
        var range: Range<Int>
        var afterComma = false
        var afterSemicolon = false
    }

    private struct Item {
        var start: Int
        var end: Int
        var keep: Bool
        var head: Range<Int>?
    }

    /// The items of the complement p..<e after a trigger, untrimmed, with their heads.
    func complementItems(_ p0: Int, _ e0: Int, _ mode: MeasureItemMode) -> [(Range<Int>, Range<Int>?)] {
        let e = min(e0, p0 + Self.maxComplement)
        let p = leadSkip(p0, e)
        let quoted = p > p0 - 1 && p > 0 && isOpeningQuote(p - 1, e)
        var items: [Item] = []
        var current: Item?
        var closed = false
        var ellipsis = false
        for (k, segment) in segments(p, e).enumerated() {
            let ss = segment.range.lowerBound, st = segment.range.upperBound
            if k > 0, phrase(sets.segmentStoppers, ss, st) != nil || (segment.afterComma && attributionFollows(ss, st))
                || (!english && opensPerfect(ss, st)) { break }
            let verbal = mode == .verb ? verbHead(ss, st) : nil
            var noun = mode == .verb && opensOnHarm(ss, st) ? nil : headOfNP(ss, st)
            var gerund = english && mode == .nounPhrase ? gerundHead(ss, st) : nil
            var anyNP = mode == .anyNounPhrase && k == 0 && hasDeterminer(ss, st)
            if mode != .verb, let c = current, !closed, ellipsis || segment.afterComma,
               phrase(sets.ellipsisOpeners, ss, st) != nil, headBeforeIndefinite(c.start, c.end) {
                ellipsis = true
                anyNP = true
            }
            let startsItem: Bool
            if mode == .verb, k > 0, !segment.afterSemicolon {
                noun = nil
                gerund = nil
                startsItem = verbal != nil || deInfinitive(ss, st)
            } else {
                startsItem = verbal != nil || noun != nil || gerund != nil || anyNP || segment.afterSemicolon
                    || (hasDeterminer(ss, st) && !startsWithDe(ss, st))
            }
            if k == 0 || startsItem {
                if let c = current { items.append(c) }
                let keep = verbal != nil || noun != nil || gerund != nil || anyNP
                // A list that does not open on an action is no list of measures.
                if k == 0, mode != .verb, !keep, !(hasDeterminer(ss, st) && isGeneric(ss, st)) { return [] }
                let cut = cutInside(ss, st, quoted: quoted && k == 0)
                closed = cut.closed
                current = Item(start: ss, end: cut.end, keep: keep, head: verbal ?? noun ?? gerund)
            } else if !closed, current != nil {
                let cut = cutInside(ss, st, quoted: false)
                closed = cut.closed
                current?.end = cut.end
            }
        }
        if let c = current { items.append(c) }
        return sharedObjects(items, mode)
    }

    /// "could disrupt food deliveries": the action noun after a harm verb is what is feared for.
    private func opensOnHarm(_ lo: Int, _ hi: Int) -> Bool {
        firstWord(skipLinker(lo, hi), hi).map { sets.harmVerbs.contains(tokens[$0]) } ?? false
    }

    /// "a sollicité", "ont retenu", "a également été": a French perfect opening a segment starts another clause.
    private func opensPerfect(_ i: Int, _ hi: Int) -> Bool {
        guard i + 1 < hi, tokens[i].kind == .word else { return false }
        let t = tokens[i]
        let auxiliary = t.end - t.start == 1 ? text.scalars[Int(t.start)] == "a" : sets.perfectAuxiliaries.contains(t)
        guard auxiliary else { return false }
        let next = phrase(MeasureSets.adverbs, i + 1, hi) ?? i + 1
        return next < hi && text.isPastParticiple(next)
    }

    /// "train, support and advise X": a bare verb shares the object of the next item.
    private func sharedObjects(_ items: [Item], _ mode: MeasureItemMode) -> [(Range<Int>, Range<Int>?)] {
        var out: [(Range<Int>, Range<Int>?)] = []
        var pending: Item?
        for (n, item) in items.enumerated() {
            var x = item
            if let p = pending {
                x.start = p.start
                x.head = p.head ?? x.head
                pending = nil
            }
            if x.keep, mode == .verb, wordCount(x.start, x.end) == 1, n + 1 < items.count {
                pending = x
                continue
            }
            if x.keep { out.append((x.start..<x.end, x.head)) }
        }
        return out
    }

    /// Segments between list separators: commas and semicolons (with a
    /// following "et", "ou" …) and a free-standing "et", "and", "ainsi que".
    /// Read as they are asked for: most complements stop at their first segments.
    func segments(_ p: Int, _ e: Int) -> Segments {
        Segments(reader: self, pending: Segment(range: p..<p), last: p, i: p, e: e)
    }

    struct Segments: Sequence, IteratorProtocol {
        fileprivate let reader: MeasureReader
        /// The segment the last separator opened, its range still to come.
        fileprivate var pending: Segment
        fileprivate var last: Int
        fileprivate var i: Int
        fileprivate let e: Int
        fileprivate var done = false

        mutating func next() -> Segment? {
            while i < e {
                guard let end = reader.separator(at: i, e) else { i += 1; continue }
                let found = i > last ? Segment(range: last..<i, afterComma: pending.afterComma, afterSemicolon: pending.afterSemicolon) : nil
                let mark = reader.tokens[i].kind == .punctuation ? reader.tokens[i].key : 0
                pending = Segment(range: end..<end, afterComma: mark == 0x2C && end == i + 1, afterSemicolon: mark == 0x3B)
                last = end
                i = Swift.max(end, i + 1)
                if let found { return found }
            }
            guard !done else { return nil }
            done = true
            guard last < e else { return nil }
            pending.range = last..<e
            return pending
        }
    }

    fileprivate func separator(at i: Int, _ e: Int) -> Int? {
        if isMark(i, e, 0x2C) || isMark(i, e, 0x3B) {
            if let c = phrase(sets.commaConnectors, i + 1, e), blankBefore(c, e) { return c }
            return i + 1
        }
        guard blankBefore(i, e), let c = phrase(sets.wordConnectors, i, e), blankBefore(c, e) else { return nil }
        return c
    }

    /// Cuts an item at a purpose or attribution, a colon, or a quote that
    /// closes one opened before the item.
    func cutInside(_ lo: Int, _ hi: Int, quoted: Bool) -> (end: Int, closed: Bool) {
        if quoted, let q = (lo..<hi).first(where: { isClosingQuote($0, hi) || isMark($0, hi, 0x22) }) { return (q, true) }
        var opened = 0
        for j in lo..<hi {
            let t = tokens[j]
            if t.kind == .word {
                if j > lo, t.spaceBefore, sets.insideStoppers.match(tokens, at: j, limit: hi) != nil { return (j, true) }
                continue
            }
            // `sharing," the minister …`: a straight quote after a comma closes the speech the item began in.
            let closesSpeech = t.key == 0x22 && j > 0 && !t.spaceBefore && tokens[j - 1].key == 0x2C
            if isClosingQuote(j, hi) || (t.key == 0x22 && j > lo && t.spaceBefore) || closesSpeech {
                if opened <= 0 { return (j, true) }
            } else if t.key == 0x3A, blankBefore(j + 1, hi) {
                return (j, true)
            } else if t.key == 0x2C, attributionFollows(j + 1, hi) {
                // "…, the two ministries said in a statement": who said it is not the measure.
                return (j, true)
            }
            if isOpeningQuote(j, hi) { opened += 1 } else if isClosingQuote(j, hi) { opened -= 1 }
        }
        return (hi, false)
    }

    /// A short subject and a verb of saying after a comma ("the ministry said").
    private func attributionFollows(_ lo0: Int, _ hi: Int) -> Bool {
        // `,” the general said`: past the quote that closes the speech.
        let lo = lo0 < hi && (isClosingQuote(lo0, hi) || isMark(lo0, hi, 0x22)) ? lo0 + 1 : lo0
        for k in lo..<min(hi, lo + Self.attributionReach) {
            if tokens[k].kind != .word { return false }
            if sets.attributionVerbs.contains(tokens[k]) { return k > lo }
        }
        return false
    }

    private static let attributionReach = 7

    /// Past quotes, colons, adverbs, days and dates before the first item.
    func leadSkip(_ p0: Int, _ e: Int) -> Int {
        var p = p0
        while p < e {
            // ", hier mercredi 25 janvier, une force …": the commas around a date are the date's.
            if isOpeningQuote(p, e) || isMark(p, e, 0x3A) || isMark(p, e, 0x2C) { p += 1; continue }
            guard let q = phrase(sets.leadSkip, p, e) ?? datePhrase(p, e) ?? durationPhrase(p, e) ?? namedPart(p, e)
            else { break }
            p = q
        }
        return p
    }

    /// Words this close before a colon may name the part a list fills ("un volet humanitaire :").
    private static let partReach = 5

    /// "un volet humanitaire :", "two components:": one past the colon, when a part noun stands before it.
    private func namedPart(_ p: Int, _ e: Int) -> Int? {
        var sawPart = false
        for i in p..<min(e, p + Self.partReach) {
            if isMark(i, e, 0x3A) { return sawPart ? i + 1 : nil }
            guard isWord(i, e) else { return nil }
            if sets.partNouns.contains(tokens[i]) { sawPart = true }
        }
        return nil
    }

    /// "de trois mois", "pour 45 jours", "for six months".
    private func durationPhrase(_ p: Int, _ e: Int) -> Int? {
        guard isWord(p, e), sets.durationLinks.contains(tokens[p]),
              isDigits(p + 1, e, maxLength: 3) || (isWord(p + 1, e) && sets.countWords.contains(tokens[p + 1])),
              isWord(p + 2, e), sets.durationUnits.contains(tokens[p + 2]) else { return nil }
        return p + 3
    }

    /// "le 12 mars (2024)", "le 1er juin", "on March 12".
    private func datePhrase(_ p: Int, _ e: Int) -> Int? {
        if word(p, e, is: Keys.le) {
            guard isDigits(p + 1, e, maxLength: 2) || word(p + 1, e, is: Keys.first), isWord(p + 2, e) else { return nil }
            return isYear(p + 3, e) ? p + 4 : p + 3
        }
        // "25 janvier", "25 janvier 2024": a date with no article.
        if isDigits(p, e, maxLength: 2), isWord(p + 1, e), sets.months.contains(tokens[p + 1]) {
            return isYear(p + 2, e) ? p + 3 : p + 2
        }
        guard word(p, e, is: Keys.on), isWord(p + 1, e), isDigits(p + 2, e, maxLength: 2) else { return nil }
        return p + 3
    }
}

extension Keys {
    static let le = WordHasher.key("le"), on = WordHasher.key("on"), first = WordHasher.key("1er")
}
