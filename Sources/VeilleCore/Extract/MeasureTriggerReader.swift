/// Where the complement of one trigger starts: past its head, the adverbs
/// and time words it allows, and the tail it needs.
struct MeasureTriggerReader {
    let reader: MeasureReader
    let trigger: Int
    let limit: Int

    /// The trigger's rule, read once: each read of the static list cost a call and a copy of its strings.
    private let spec: MeasureTrigger

    init(reader: MeasureReader, trigger: Int, limit: Int) {
        self.reader = reader
        self.trigger = trigger
        self.limit = limit
        spec = MeasureStarts.shared.triggers[trigger]
    }

    func complementStart(head: Range<Int>) -> Int? {
        let i = head.lowerBound
        if spec.notAfterElidedL, i >= 2, reader.elided(i - 2, i, Keys.l) { return nil }
        // "engagement de l'Etat à": the regex tried the longer reading first.
        if spec.ofWord, reader.word(head.upperBound, limit, is: Keys.de) {
            var w = head.upperBound + 1
            if reader.isElision(w + 1, limit) { w += 2 }
            if reader.isWord(w, limit), let end = complementStart(head, base: w + 1) { return end }
        }
        return complementStart(head, base: head.upperBound)
    }

    /// The first reading past the head and `base` that ends on the tail, after the most adverbs first.
    private func complementStart(_ head: Range<Int>, base: Int) -> Int? {
        let (chain, count) = adverbChain(from: base)
        for k in stride(from: count - 1, through: 0, by: -1) {
            let q = chain[k]
            if spec.timeWords, let t = timeWords(q), let end = tailEnd(head, t) { return end }
            // "a décidé mercredi de", "ont convenu, jeudi, de": a day between the verb and its tail.
            if let t = dayWord(q), let end = tailEnd(head, t) { return end }
            if let end = tailEnd(head, q) { return end }
        }
        return nil
    }

    /// Positions after none, one, two … adverbs ("s'engage également à"): at most four, held in a vector
    /// rather than an array allocated per trigger hit.
    private func adverbChain(from base: Int) -> (SIMD4<Int>, Int) {
        var chain = SIMD4<Int>(base, 0, 0, 0)
        var count = 1
        guard spec.adverbs else { return (chain, count) }
        var q = base
        while count < 4, reader.blankBefore(q, limit), let next = reader.phrase(MeasureSets.adverbs, q, limit) {
            chain[count] = next
            count += 1
            q = next
        }
        return (chain, count)
    }

    /// A day name, between commas or not ("mercredi", ", jeudi,").
    private func dayWord(_ q: Int) -> Int? {
        var p = q
        if p < limit, reader.tokens[p].isCommaMark { p += 1 }
        guard reader.isWord(p, limit), MeasureSets.days.contains(reader.tokens[p]) else { return nil }
        p += 1
        if p < limit, reader.tokens[p].isCommaMark { p += 1 }
        return p
    }

    /// " on Monday", " last week" before "to".
    private func timeWords(_ q: Int) -> Int? {
        guard reader.isWord(q, limit), reader.blankBefore(q, limit), MeasureSets.timeWords.contains(reader.tokens[q]),
              reader.isWord(q + 1, limit), reader.blankBefore(q + 1, limit) else { return nil }
        return q + 2
    }

    private func tailEnd(_ head: Range<Int>, _ q: Int) -> Int? {
        let tokens = reader.tokens
        switch spec.tail {
        case .none:
            return q
        case .word:
            guard reader.blankBefore(q, limit), let tail = MeasureSets.triggerTails[trigger] else { return nil }
            return reader.phrase(tail.set, q, limit)
        case .lookahead:
            guard reader.blankBefore(q, limit), let tail = MeasureSets.triggerTails[trigger], reader.phrase(tail.set, q, limit) != nil else { return nil }
            return head.lowerBound
        case .infinitive:
            return reader.blankBefore(q, limit) && reader.looksInfinitive(q, limit, minLength: 3) ? q : nil
        case .letterWord:
            guard reader.blankBefore(q, limit) else { return nil }
            let w = reader.isOpeningQuote(q, limit) || reader.isMark(q, limit, 0x27) ? q + 1 : q
            return reader.isWord(w, limit) && startsWithLetter(w) ? w : nil
        case .toVerb:
            guard reader.blankBefore(q, limit), reader.word(q, limit, is: Keys.to) else { return nil }
            if reader.isWord(q + 1, limit), reader.blankBefore(q + 1, limit), MeasureSets.determinersAfterTo.contains(tokens[q + 1]) { return nil }
            return q + 1
        case .notDeOrQue:
            // "prévoit de former", "prévoit que …" are the verb's other readings; "prévoit des patrouilles",
            // "deux postes", "quelques unités" are what it provides for.
            if reader.isWord(q, limit), reader.blankBefore(q, limit),
               reader.word(q, limit, is: Keys.de) || reader.elided(q, limit, Keys.d) || reader.elided(q, limit, Keys.qu) || isQue(q) { return nil }
            return q
        case .amongWords:
            var j = q
            if tokens[head.upperBound - 1].key == Keys.les {
                guard reader.isWord(j, limit), reader.blankBefore(j, limit) else { return nil }
                j += 1
                if reader.isWord(j, limit), reader.blankBefore(j, limit), !MeasureSets.amongVerbs.contains(tokens[j]) { j += 1 }
            }
            if reader.isWord(j, limit), MeasureSets.amongVerbs.contains(tokens[j]) { return j + 1 }
            return reader.isMark(j, limit, 0x3A) ? j + 1 : j
        case .upToColon:
            let reach = min(limit, q + Self.colonReach)
            return (q..<reach).first { reader.isMark($0, limit, 0x3A) }.map { $0 + 1 } ?? q
        case .colon:
            let reach = min(limit, q + Self.colonReach)
            return (q..<reach).first { reader.isMark($0, limit, 0x3A) }.map { $0 + 1 }
        case .objectThen:
            return objectTail(q)
        }
    }

    /// Past an object of at most `objectReach` words (elisions included, no comma or other mark) to the first
    /// tail word after it: "a appelé les États membres à fournir", "urged the parties to implement".
    private func objectTail(_ q: Int) -> Int? {
        guard let tail = MeasureSets.triggerTails[trigger] else { return nil }
        let tokens = reader.tokens
        var j = q
        let reach = min(limit, q + Self.objectReach)
        while j < reach {
            if reader.isWord(j, limit), reader.blankBefore(j, limit), let end = reader.phrase(tail.set, j, limit) {
                // English asks someone ("asked the United States to"); "was asked to comment" names nobody.
                guard spec.english else { return end }
                let opensNoun = reader.isWord(end, limit) && MeasureSets.determinersAfterTo.contains(tokens[end])
                return j > q && !opensNoun ? end : nil
            }
            guard reader.isWord(j, limit) || reader.isElision(j, limit) else { return nil }
            j += 1
        }
        return nil
    }

    /// Words of the object between a call and its tail ("les autorités de transition").
    private static let objectReach = 8

    /// Tokens of the complement between a heading and its colon.
    private static let colonReach = 12

    private func startsWithLetter(_ w: Int) -> Bool {
        let f = Folding.classify(reader.text.scalars[Int(reader.tokens[w].start)])
        return f.first >= 0x61 && f.first <= 0x7A
    }

    private func isQue(_ w: Int) -> Bool {
        reader.startsWith(w, 0x71, 0x75) && reader.tokens[w].end - reader.tokens[w].start == 3
            && Folding.classify(reader.text.scalars[Int(reader.tokens[w].start) + 2]).first == 0x65
    }
}
