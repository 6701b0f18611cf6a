/// The measure words of `MeasureWords` as sets, built once. Only the sets
/// that start a rule carry a word class: a sentence none of whose words has
/// `.measureStart` holds no measure, which one bit test per token says.
enum MeasureSets {
    typealias Fr = MeasureWords.French
    typealias En = MeasureWords.English

    /// Single words as a `WordSet` keys them: the tokenizer cuts "d'" into d and an apostrophe.
    private static func words(_ list: [String], class wordClass: WordClass? = nil) -> WordSet {
        WordSet(list.map { $0.hasSuffix("'") ? String($0.dropLast()) : $0 }, class: wordClass)
    }

    static let determiners = PhraseSet(Fr.determiners + En.determiners)
    static let headNouns = PhraseSet(Fr.headNouns + En.headNouns)
    /// The prototype found these inside any word of a support item; here they must be words of it.
    static let longHeadNouns = PhraseSet((Fr.headNouns + En.headNouns).filter { $0.count > 5 })
    static let nonActionVerbs = words(Fr.nonActionVerbs + En.nonActionVerbs)
    static let englishActionVerbs = PhraseSet(En.actionVerbs)
    static let harmVerbs = words(Fr.harmVerbs + En.harmVerbs)
    static let partNouns = words(Fr.partNouns + En.partNouns)
    static let predicateAdverbs = words(Fr.predicateAdverbs + En.predicateAdverbs)
    static let nonGerunds = words(En.nonGerunds)

    static let genericHeads = words(Fr.genericHeads + En.genericHeads)
    static let genericVerbs = words(Fr.genericVerbs + En.genericVerbs)
    static let revivalHeads = words(Fr.revivalHeads + En.revivalHeads)
    static let goalVerbs = words(Fr.goalVerbs + En.goalVerbs)
    static let goalNouns = PhraseSet(Fr.goalNouns + En.goalNouns)
    static let durationLinks = words(Fr.durationLinks + En.durationLinks)
    static let countWords = words(Fr.countWords + En.countWords)
    static let durationUnits = words(Fr.durationUnits + En.durationUnits)
    static let conductNouns = words(Fr.conductNouns + En.conductNouns)
    static let relationNouns = PhraseSet(Fr.relationNouns + En.relationNouns)
    static let genericSkipWords = words(Fr.genericSkipWords + En.genericSkipWords)
    static let supportVerbs = words(Fr.supportVerbs + En.supportVerbs)
    static let supportLeads = words(Fr.supportLeads + En.supportLeads)
    static let supportObjects = words(Fr.supportObjects + En.supportObjects)
    /// Between a support verb and its object ("continuer à soutenir", "help to").
    static let supportLinks = words(["to", "a", "de", "d'"])
    static let objectDeterminers = words(["le", "la", "les", "l'", "ces", "ce", "the"])

    static let functionWords = words(Fr.functionWords + En.functionWords)
    static let contentStopWords = words(Fr.functionWords + En.functionWords + Fr.contentStopWords + En.contentStopWords)

    static let adverbs = PhraseSet(Fr.adverbs + En.adverbs)
    static let leadSkip = PhraseSet(Fr.leadSkipWords + En.leadSkipWords + Fr.days + En.days
        + Fr.dayDeterminers.flatMap { d in Fr.days.map { "\(d) \($0)" } } + En.dayDeterminers.flatMap { d in En.days.map { "\(d) \($0)" } })
    static let months = words(Fr.months)
    static let timeWords = words(En.timeWords)
    static let days = words(Fr.days + En.days)
    static let attributionVerbs = words(Fr.attributionVerbs + En.attributionVerbs)
    static let determinersAfterTo = words(En.determinersAfterTo)

    static let segmentStoppers = PhraseSet(Fr.segmentStoppers + En.segmentStoppers)
    static let insideStoppers = PhraseSet(Fr.insideStoppers + En.insideStoppers)
    static let amongVerbs = words(Fr.amongVerbs)
    static let perfectAuxiliaries = words(Fr.perfectAuxiliaries)
    static let commaConnectors = PhraseSet(Fr.commaConnectors + En.commaConnectors)
    static let wordConnectors = PhraseSet(Fr.wordConnectors + En.wordConnectors)
    static let trimLinkers = PhraseSet(Fr.trimLinkers + En.trimLinkers)
    /// French "à" folds to the English article "a": English text trims only its own linkers ("A curfew was …").
    static let englishTrimLinkers = PhraseSet(En.trimLinkers)
    static let headLinkers = words(Fr.headLinkers + En.headLinkers)
    /// Between a noun and the noun it is of ("des", "de la", "of the").
    static let ofWords = words(Fr.ofWords + En.ofWords)
    /// English only: the French "à" folds to the English article "a".
    static let englishHeadLinkers = words(En.headLinkers)
    static let clauseTails = PhraseSet(Fr.clauseTails + En.clauseTails)
    static let leadAdverbials = PhraseSet(Fr.leadAdverbials + En.leadAdverbials)
    static let complementizers = words(Fr.complementizers + En.complementizers)
    static let relativePronouns = words(Fr.relativePronouns + En.relativePronouns)
    static let reportingVerbs = words(En.reportingVerbs)
    static let ellipsisOpeners = PhraseSet(Fr.ellipsisOpeners)
    static let indefinites = PhraseSet(Fr.indefinites)

    static let pastMarkers = PhraseSet(Fr.pastMarkers + En.pastMarkers + [Fr.agoMarker], class: .measureContext)
    static let agoKey = wordKeys(Fr.agoMarker)
    static let pastIntro = PhraseSet(Fr.pastIntroMarkers + En.pastIntroMarkers)
    static let decidedParticiples = PhraseSet(MeasureWords.decidedParticiples)
    static let pronounSubjects = PhraseSet(Fr.pronounSubjects + En.pronounSubjects)
    static let negativeSubjects = words(Fr.negativeSubjects + En.negativeSubjects)
    static let negationEnds = words(Fr.negationEnds)
    static let causative = WordHasher.key(Fr.causative)
    static let summaryNouns = words(Fr.summaryNouns + En.summaryNouns)
    static let summaryDeterminers = words((Fr.summaryDeterminers + En.summaryDeterminers).filter { !$0.contains(" ") }.map { $0.hasPrefix("d'") ? String($0.dropFirst(2)) : $0 })

    // MARK: rule starts

    static let triggers = MeasureWords.frenchTriggers + MeasureWords.englishTriggers
    /// Every trigger's heads; what is stored for a head is its trigger's index.
    static let triggerHeads: PhraseIndex = {
        var index = PhraseIndex()
        for (t, trigger) in triggers.enumerated() {
            for head in trigger.heads { index.insert(phrase: head, payload: Int32(t)) }
        }
        index.startClass = WordClass.triggerStart.rawValue
        index.continueClass = WordClass.phraseContinuation.rawValue
        return index
    }()
    /// The words that may follow each trigger's head.
    static let triggerTails: [PhraseSetBox?] = triggers.map { trigger in
        switch trigger.tail {
        case .word(let w), .lookahead(let w), .objectThen(let w): PhraseSetBox(PhraseSet(w))
        default: nil
        }
    }

    static let predicates = PredicateSet(MeasureWords.predicates, class: .predicateStart)
    static let postposed = PredicateSet([MeasureWords.postposed], class: .postposedStart)
    static let futures = PhraseSet(MeasureWords.futures, class: .futureStart)
    static let reportedFutures = PhraseSet(MeasureWords.reportedFutures, class: .reportedFutureStart)

    /// Classed sets for the vocabulary.
    static let starts: [PhraseIndex] = [triggerHeads, predicates.auxiliaries, postposed.auxiliaries, futures.index,
                                          reportedFutures.index]
}

/// The rule starts `MeasureSentence` reads at every word that may start one, held by one shared object
/// read in place: each read of a static cost a call, and a copy of a set retained each of its arrays.
final class MeasureStarts: Sendable {
    static let shared = MeasureStarts()
    let triggerHeads = MeasureSets.triggerHeads
    let triggers = MeasureSets.triggers
    let predicates = MeasureSets.predicates
    let postposed = MeasureSets.postposed
    let futures = MeasureSets.futures
    let reportedFutures = MeasureSets.reportedFutures
    let pastMarkers = MeasureSets.pastMarkers
    let agoKey = MeasureSets.agoKey
}

/// Auxiliaries and what must follow them, by group (see `MeasureWords.Predicate`).
struct PredicateSet: Sendable {
    let auxiliaries: PhraseIndex
    let groups: [MeasureWords.Predicate]
    let participles: [PhraseSetBox]

    /// `wordClass`: the class of the auxiliaries' first words (the vocabulary marks them with `measureStart` too).
    init(_ groups: [MeasureWords.Predicate], class wordClass: WordClass) {
        var index = PhraseIndex()
        for (g, group) in groups.enumerated() {
            for aux in group.auxiliaries { index.insert(phrase: aux, payload: Int32(g)) }
        }
        index.startClass = wordClass.rawValue
        index.continueClass = WordClass.phraseContinuation.rawValue
        auxiliaries = index
        self.groups = groups
        participles = groups.map { PhraseSetBox(PhraseSet($0.participles)) }
    }
}
