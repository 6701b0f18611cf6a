/// A measure found by one rule: its tokens, and the tokens of its head word when the rule knows it.
struct MeasureFind {
    enum Rule { case trigger, clause, postposed, predicate, future, list }
    var tokens: Range<Int>
    var rule: Rule
    var head: Range<Int>?
    /// A list item whose leading "Et"/"And" was dropped reads as an item: "L'intégration …".
    var capitalised = false
    /// A predicate read after "qui", "which": its clause runs back over the antecedent's sentence, and an item
    /// that names the antecedent is the better reading ("ont convenu de créer une commission, qui se réunira …").
    var relative = false
}

/// Token-level tests the measure rules share: marks, words by their folded
/// spelling, item heads, generic statements and trimming. Reads the tokens
/// of `ParsedText` as they are; nothing is folded again but the spelling of
/// a word whose ending a rule needs.
struct MeasureReader {
    let text: ParsedText
    let tokens: [Token]
    let english: Bool
    /// The measure sets the tests read, in one shared object: a static read per token cost a call to its
    /// lazy initialisation check, tens of thousands per megabyte.
    let sets = MeasureReaderSets.shared

    init(_ text: ParsedText, english: Bool) {
        self.text = text
        tokens = text.tokens
        self.english = english
    }

    // MARK: marks

    @inline(__always) func isWord(_ i: Int, _ hi: Int) -> Bool { i < hi && tokens[i].kind == .word }
    @inline(__always) func isMark(_ i: Int, _ hi: Int, _ c: UInt64) -> Bool {
        i < hi && tokens[i].kind == .punctuation && tokens[i].key == c
    }
    /// Whitespace stands before token i (not the end of the range).
    @inline(__always) func blankBefore(_ i: Int, _ hi: Int) -> Bool { i < hi && tokens[i].spaceBefore }
    /// The apostrophe of an elided word ("d'", "l'", "qu'").
    @inline(__always) func isElision(_ i: Int, _ hi: Int) -> Bool { isMark(i, hi, 0x27) && !tokens[i].spaceBefore }
    func isOpeningQuote(_ i: Int, _ hi: Int) -> Bool { i < hi && tokens[i].isOpeningQuote }
    func isClosingQuote(_ i: Int, _ hi: Int) -> Bool { i < hi && tokens[i].isClosingQuote }

    /// The end of the phrase of `set` at i, past the apostrophe of an elided last word.
    /// Asked at most words of a sentence with a rule, and most start no phrase of the set: the word's
    /// class or filter bit is tested inline, the trie called only past it.
    @inline(__always)
    func phrase(_ set: PhraseSet, _ i: Int, _ hi: Int) -> Int? {
        guard isWord(i, hi), set.index.mayStart(tokens[i]) else { return nil }
        return phraseFromStart(set, i, hi)
    }

    private func phraseFromStart(_ set: PhraseSet, _ i: Int, _ hi: Int) -> Int? {
        guard let end = set.index.longestMatch(in: tokens, at: i, limit: hi)?.end else { return nil }
        return isElision(end, hi) ? end + 1 : end
    }

    /// `phrase` with the k-th set of a list, read in place through its box (see `PhraseSetBox`).
    func phrase(in sets: [PhraseSetBox], _ k: Int, _ i: Int, _ hi: Int) -> Int? {
        guard isWord(i, hi), let end = sets[k].set.match(tokens, at: i, limit: hi) else { return nil }
        return isElision(end, hi) ? end + 1 : end
    }

    func word(_ i: Int, _ hi: Int, is key: UInt64) -> Bool { isWord(i, hi) && tokens[i].key == key }

    /// A word elided before an apostrophe: d', l', s'.
    func elided(_ i: Int, _ hi: Int, _ key: UInt64) -> Bool { word(i, hi, is: key) && isElision(i + 1, hi) }

    // MARK: spelling

    /// Folded length, and whether the word ends in -er, -ir or -re: a French infinitive.
    func looksInfinitive(_ i: Int, _ hi: Int, minLength: Int) -> Bool {
        guard isWord(i, hi) else { return false }
        return endsWith(i, "er", minLength: minLength) || endsWith(i, "ir", minLength: minLength) || endsWith(i, "re", minLength: minLength)
    }

    /// Compares the word's last scalars, folded one by one: no buffer for the
    /// whole word, since most words fail on their last letter.
    func endsWith(_ i: Int, _ suffix: StaticString, minLength: Int) -> Bool {
        let t = tokens[i]
        let n = suffix.utf8CodeUnitCount
        guard t.kind == .word, Int(t.end - t.start) >= max(minLength, n) else { return false }
        let s = suffix.utf8Start
        let end = Int(t.end)
        for k in 0..<n {
            let f = Folding.classify(text.scalars[end - n + k])
            guard f.second == 0, f.first == s[k] else { return false }
        }
        return true
    }

    func startsWith(_ i: Int, _ a: UInt8, _ b: UInt8) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.end - t.start >= 2 else { return false }
        let x = Folding.classify(text.scalars[Int(t.start)]), y = Folding.classify(text.scalars[Int(t.start) + 1])
        return x.first == a && x.second == 0 && y.first == b
    }

    /// Four digits: a year ("2024").
    func isYear(_ i: Int, _ hi: Int) -> Bool { isDigits(i, hi, maxLength: 4) && tokens[i].span.length == 4 }

    func isDigits(_ i: Int, _ hi: Int, maxLength: Int) -> Bool {
        guard isWord(i, hi) else { return false }
        let span = tokens[i].span
        guard span.length <= maxLength else { return false }
        return text.scalars[span.start..<span.end].allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
    }

    /// An adverb in -ment standing between an auxiliary and its participle.
    func isMentAdverb(_ i: Int, _ hi: Int) -> Bool { isWord(i, hi) && blankBefore(i + 1, hi) && endsWith(i, "ment", minLength: 5) }

    /// An adverb in -ment or one of the short ones the press slips into a planned predicate ("sera bientôt").
    func isPredicateAdverb(_ i: Int, _ hi: Int) -> Bool {
        isMentAdverb(i, hi) || (isWord(i, hi) && blankBefore(i + 1, hi) && sets.predicateAdverbs.contains(tokens[i]))
    }

    /// The words of the prototype: runs of letters, apostrophes and hyphens.
    func wordCount(_ a: Int, _ b: Int) -> Int {
        var n = 0
        var inRun = false
        for i in a..<b {
            let t = tokens[i]
            let wordish = t.kind == .word || t.key == 0x27 || t.key == 0x2D
            if wordish, !inRun || t.spaceBefore { n += 1 }
            inRun = wordish
        }
        return n
    }

    func firstWord(_ i: Int, _ hi: Int) -> Int? {
        var j = i
        while j < hi, tokens[j].kind != .word { j += 1 }
        return j < hi ? j : nil
    }
}

// MARK: item heads

extension MeasureReader {
    func skipOpenQuote(_ i: Int, _ hi: Int) -> Int {
        isOpeningQuote(i, hi) || isMark(i, hi, 0x27) ? i + 1 : i
    }

    /// "d'", "de", "à", "to" before a head.
    func skipLinker(_ i: Int, _ hi: Int) -> Int {
        if elided(i, hi, Keys.d) { return i + 2 }
        guard isWord(i, hi) else { return i }
        // Each set asked in place: choosing one into a local copied it, its table and keys retained.
        let linker = english ? sets.englishHeadLinkers.contains(tokens[i]) : sets.headLinkers.contains(tokens[i])
        return linker && blankBefore(i + 1, hi) ? i + 1 : i
    }

    func determinerEnd(_ i: Int, _ hi: Int) -> Int? {
        guard isWord(i, hi), let end = sets.determiners.match(tokens, at: i, limit: hi) else { return nil }
        if isElision(end, hi) { return end + 1 }
        return blankBefore(end, hi) ? end : nil
    }

    func hasDeterminer(_ lo: Int, _ hi: Int) -> Bool {
        determinerEnd(skipLinker(skipOpenQuote(lo, hi), hi), hi) != nil
    }

    /// The action noun heading a noun-phrase item, after at most two modifiers.
    func headOfNP(_ lo: Int, _ hi: Int) -> Range<Int>? {
        var s = skipLinker(skipOpenQuote(lo, hi), hi)
        if let d = determinerEnd(s, hi) { s = d }
        s = skipOpenQuote(s, hi)
        var previousIsFunction = false
        var i = s
        for _ in 0..<3 {
            guard let w = firstWord(i, hi) else { return nil }
            if previousIsFunction { return nil }
            // "qu'une" is one word of the prototype's, neither head nor function word.
            if isElision(w + 1, hi), isWord(w + 2, hi) {
                previousIsFunction = false
                i = w + 3
                continue
            }
            if let end = sets.headNouns.match(tokens, at: w, limit: hi) { return w..<end }
            if sets.relationNouns.match(tokens, at: w, limit: hi) != nil { return nil }
            previousIsFunction = sets.functionWords.contains(tokens[w])
            i = w + 1
        }
        return nil
    }

    /// The verb heading a verbal item ("de renforcer …", "to train …").
    func verbHead(_ lo: Int, _ hi: Int) -> Range<Int>? {
        var s = skipOpenQuote(skipLinker(skipOpenQuote(lo, hi), hi), hi)
        if elided(s, hi, Keys.s) { s += 2 } else if word(s, hi, is: Keys.se), blankBefore(s + 1, hi) { s += 1 }
        guard let w = firstWord(s, hi) else { return nil }
        if english {
            guard !sets.nonActionVerbs.contains(tokens[w]), let end = sets.englishActionVerbs.match(tokens, at: w, limit: hi) else { return nil }
            return w..<end
        }
        let end = compoundEnd(w, hi)
        // "faire examiner": the causative and its infinitive.
        if tokens[w].key == sets.causative, blankBefore(w + 1, hi), looksInfinitive(w + 1, hi, minLength: 5),
           !sets.nonActionVerbs.contains(tokens[w + 1]) { return w..<(w + 2) }
        if end == w + 1 {
            guard !isElision(w + 1, hi), !sets.nonActionVerbs.contains(tokens[w]) else { return nil }
            return looksInfinitive(w, hi, minLength: 5) ? w..<end : nil
        }
        return looksInfinitive(end - 1, hi, minLength: 3) ? w..<end : nil
    }

    /// One past the last part of a hyphenated word ("co-présider").
    func compoundEnd(_ w: Int, _ hi: Int) -> Int {
        var end = w + 1
        while isMark(end, hi, 0x2D), !tokens[end].spaceBefore, isWord(end + 1, hi), !tokens[end + 1].spaceBefore { end += 2 }
        return end
    }

    /// An English gerund heading an item ("training of …").
    func gerundHead(_ lo: Int, _ hi: Int) -> Range<Int>? {
        var s = skipOpenQuote(lo, hi)
        if word(s, hi, is: Keys.the), blankBefore(s + 1, hi) { s += 1 }
        guard let w = firstWord(s, hi), endsWith(w, "ing", minLength: 6), !sets.nonGerunds.contains(tokens[w]) else { return nil }
        return w..<(w + 1)
    }

    /// "de" or "d'" and an infinitive: a verbal list goes on.
    func deInfinitive(_ lo: Int, _ hi: Int) -> Bool {
        if elided(lo, hi, Keys.d) { return looksInfinitive(lo + 2, hi, minLength: 3) }
        return word(lo, hi, is: Keys.de) && looksInfinitive(lo + 1, hi, minLength: 3)
    }

    /// "de", "du", "des", "d'": a complement of the item before, not a new one.
    func startsWithDe(_ lo: Int, _ hi: Int) -> Bool {
        word(lo, hi, is: Keys.de) || word(lo, hi, is: Keys.du) || word(lo, hi, is: Keys.des) || (elided(lo, hi, Keys.d) && isWord(lo + 2, hi))
    }

    /// "<action noun> d'un(e)" inside an item: the list goes on by ellipsis.
    func headBeforeIndefinite(_ lo: Int, _ hi: Int) -> Bool {
        for i in lo..<hi where tokens[i].kind == .word {
            if let end = sets.headNouns.match(tokens, at: i, limit: hi), blankBefore(end, hi),
               sets.indefinites.match(tokens, at: end, limit: hi) != nil { return true }
        }
        return false
    }
}

/// Keys of the few words the rules test one by one.
enum Keys {
    static let d = WordHasher.key("d"), l = WordHasher.key("l"), s = WordHasher.key("s"), qu = WordHasher.key("qu")
    static let de = WordHasher.key("de"), du = WordHasher.key("du"), des = WordHasher.key("des"), se = WordHasher.key("se")
    static let the = WordHasher.key("the"), to = WordHasher.key("to"), les = WordHasher.key("les")
}

/// The `MeasureSets` the reader's tests use, read once (see `MeasureReader.sets`).
final class MeasureReaderSets: Sendable {
    static let shared = MeasureReaderSets()

    let attributionVerbs = MeasureSets.attributionVerbs
    let causative = MeasureSets.causative
    let commaConnectors = MeasureSets.commaConnectors
    let conductNouns = MeasureSets.conductNouns
    let countWords = MeasureSets.countWords
    let determiners = MeasureSets.determiners
    let durationLinks = MeasureSets.durationLinks
    let durationUnits = MeasureSets.durationUnits
    let ellipsisOpeners = MeasureSets.ellipsisOpeners
    let englishActionVerbs = MeasureSets.englishActionVerbs
    let englishHeadLinkers = MeasureSets.englishHeadLinkers
    let englishTrimLinkers = MeasureSets.englishTrimLinkers
    let functionWords = MeasureSets.functionWords
    let genericHeads = MeasureSets.genericHeads
    let genericSkipWords = MeasureSets.genericSkipWords
    let genericVerbs = MeasureSets.genericVerbs
    let goalNouns = MeasureSets.goalNouns
    let goalVerbs = MeasureSets.goalVerbs
    let harmVerbs = MeasureSets.harmVerbs
    let headLinkers = MeasureSets.headLinkers
    let headNouns = MeasureSets.headNouns
    let indefinites = MeasureSets.indefinites
    let insideStoppers = MeasureSets.insideStoppers
    let leadSkip = MeasureSets.leadSkip
    let longHeadNouns = MeasureSets.longHeadNouns
    let months = MeasureSets.months
    let nonActionVerbs = MeasureSets.nonActionVerbs
    let nonGerunds = MeasureSets.nonGerunds
    let objectDeterminers = MeasureSets.objectDeterminers
    let ofWords = MeasureSets.ofWords
    let partNouns = MeasureSets.partNouns
    let perfectAuxiliaries = MeasureSets.perfectAuxiliaries
    let predicateAdverbs = MeasureSets.predicateAdverbs
    let relationNouns = MeasureSets.relationNouns
    let revivalHeads = MeasureSets.revivalHeads
    let segmentStoppers = MeasureSets.segmentStoppers
    let supportLeads = MeasureSets.supportLeads
    let supportLinks = MeasureSets.supportLinks
    let supportObjects = MeasureSets.supportObjects
    let supportVerbs = MeasureSets.supportVerbs
    let trimLinkers = MeasureSets.trimLinkers
    let wordConnectors = MeasureSets.wordConnectors
}
