/// Where the complement of one trigger starts: past its head, the adverbs
/// and time words it allows, and the tail it needs.
struct MeasureTriggerReader {
    let reader: MeasureReader
    let trigger: Int
    let limit: Int

    private var spec: MeasureTrigger { MeasureSets.triggers[trigger] }

    func complementStart(head: Range<Int>) -> Int? {
        let i = head.lowerBound
        if spec.notAfterElidedL, i >= 2, reader.elided(i - 2, i, Keys.l) { return nil }
        var bases = [head.upperBound]
        // "engagement de l'Etat à": the regex tried the longer reading first.
        if spec.ofWord, reader.word(head.upperBound, limit, is: Keys.de) {
            var w = head.upperBound + 1
            if reader.isElision(w + 1, limit) { w += 2 }
            if reader.isWord(w, limit) { bases.insert(w + 1, at: 0) }
        }
        for base in bases {
            for q in adverbChain(from: base).reversed() {
                if spec.timeWords, let t = timeWords(q), let end = tailEnd(head, t) { return end }
                // "a décidé mercredi de", "ont convenu, jeudi, de": a day between the verb and its tail.
                if let t = dayWord(q), let end = tailEnd(head, t) { return end }
                if let end = tailEnd(head, q) { return end }
            }
        }
        return nil
    }

    /// Positions after none, one, two … adverbs ("s'engage également à").
    private func adverbChain(from base: Int) -> [Int] {
        var chain = [base]
        guard spec.adverbs else { return chain }
        var q = base
        while chain.count < 4, reader.blankBefore(q, limit), let next = reader.phrase(MeasureSets.adverbs, q, limit) {
            chain.append(next)
            q = next
        }
        return chain
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
            return reader.phrase(tail, q, limit)
        case .lookahead:
            guard reader.blankBefore(q, limit), let tail = MeasureSets.triggerTails[trigger], reader.phrase(tail, q, limit) != nil else { return nil }
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
        }
    }

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
