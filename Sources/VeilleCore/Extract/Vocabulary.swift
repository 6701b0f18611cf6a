/// Word classes: which lexicon sets a word belongs to and which phrase
/// indexes it can start. The tokenizer gives every word its classes with one
/// probe of the vocabulary, so the finders that walk every token test a bit
/// instead of probing five tables.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let placeStart = WordClass(rawValue: 1 << 0)
    static let countryStart = WordClass(rawValue: 1 << 1)
    static let cueStart = WordClass(rawValue: 1 << 2)
    /// First words of the measure rules' triggers, predicates and futures.
    static let measureStart = WordClass(rawValue: 1 << 3)
    /// First words of what makes a trigger tell of the past ("avait", "last week").
    static let measureContext = WordClass(rawValue: 1 << 4)
    static let french = WordClass(rawValue: 1 << 6)
    static let english = WordClass(rawValue: 1 << 7)
    static let functionStart = WordClass(rawValue: 1 << 8)
    static let rankStart = WordClass(rawValue: 1 << 9)
    static let determiner = WordClass(rawValue: 1 << 10)
    static let honorific = WordClass(rawValue: 1 << 11)
    static let roleStop = WordClass(rawValue: 1 << 12)
    static let notName = WordClass(rawValue: 1 << 13)
    static let roleLink = WordClass(rawValue: 1 << 14)
    static let conjunction = WordClass(rawValue: 1 << 15)
    static let destinationPreposition = WordClass(rawValue: 1 << 16)
    static let travelStart = WordClass(rawValue: 1 << 17)
    static let leadStart = WordClass(rawValue: 1 << 18)
    static let placeContinuation = WordClass(rawValue: 1 << 19)
    /// First words of the phrase sets read across whole sentences (phone calls,
    /// meetings, plural references, postings): one bit shared, the trie decides.
    static let scannedStart = WordClass(rawValue: 1 << 20)
    /// Auxiliaries of the pluperfect, tested in every sentence.
    static let pluperfect = WordClass(rawValue: 1 << 21)
    /// "visiting", "nouvel": skipped before a role like a determiner, at nearly every person read.
    static let circumstanceAdjective = WordClass(rawValue: 1 << 22)
    /// "Ag", "Ould", "ben": tested at every word a name may go on with.
    static let nameParticle = WordClass(rawValue: 1 << 23)
    /// Words after the first of some phrase of a lexicon index (cues, measure starts, classed phrase sets):
    /// a match stops at any other word without probing its trie, as most first words are common words
    /// that no phrase's second word follows. One bit for every index: a word with it but not in an index's
    /// phrases finds no edge there, as it would without the bit.
    static let phraseContinuation = WordClass(rawValue: 1 << 24)
    /// Within `measureStart` (the sentence-wide test), the first words of each rule's index: a word that
    /// starts a predicate but no trigger is refused by the trigger index with one bit test, where the shared
    /// bit sent it to the trie of every rule.
    static let triggerStart = WordClass(rawValue: 1 << 25)
    static let predicateStart = WordClass(rawValue: 1 << 26)
    static let postposedStart = WordClass(rawValue: 1 << 27)
    static let futureStart = WordClass(rawValue: 1 << 28)
    static let reportedFutureStart = WordClass(rawValue: 1 << 29)
    /// Sets that `scannedStart` held, given bits of their own for the same reason: the ones read most.
    static let meetingStart = WordClass(rawValue: 1 << 30)
    static let pluralReferenceStart = WordClass(rawValue: 1 << 31)
    static let internationalBodyStart = WordClass(rawValue: 1 << 5)

    /// Each class by its name in the sources, for the test that every class given to a set is registered.
    static let named: [(name: String, value: WordClass)] = [
        ("placeStart", .placeStart), ("countryStart", .countryStart), ("cueStart", .cueStart), ("measureStart", .measureStart),
        ("measureContext", .measureContext), ("french", .french), ("english", .english), ("functionStart", .functionStart),
        ("rankStart", .rankStart), ("determiner", .determiner), ("honorific", .honorific), ("roleStop", .roleStop), ("notName", .notName),
        ("roleLink", .roleLink), ("conjunction", .conjunction), ("destinationPreposition", .destinationPreposition),
        ("travelStart", .travelStart), ("leadStart", .leadStart), ("placeContinuation", .placeContinuation), ("scannedStart", .scannedStart), ("pluperfect", .pluperfect),
        ("circumstanceAdjective", .circumstanceAdjective), ("nameParticle", .nameParticle),
        ("phraseContinuation", .phraseContinuation), ("triggerStart", .triggerStart), ("predicateStart", .predicateStart),
        ("postposedStart", .postposedStart), ("futureStart", .futureStart), ("reportedFutureStart", .reportedFutureStart),
        ("meetingStart", .meetingStart), ("pluralReferenceStart", .pluralReferenceStart), ("internationalBodyStart", .internationalBodyStart),
    ]
}

/// Word key to word classes. The lexicon's part is built once; each
/// gazetteer adds the first words of its place and country names.
struct Vocabulary: Sendable {
    private var table = KeyTable<UInt32>(capacity: 8192)

    @inline(__always)
    func classes(of key: UInt64) -> UInt32 {
        table.value(for: key) ?? 0
    }

    mutating func mark(_ keys: [UInt64], _ wordClass: WordClass) {
        for key in keys { table.set((table.value(for: key) ?? 0) | wordClass.rawValue, for: key) }
    }

    mutating func register(_ set: WordSet) {
        mark(set.keys, WordClass(rawValue: set.wordClass))
    }

    mutating func register(_ set: PhraseSet) {
        mark(set.index.firstKeys, WordClass(rawValue: set.index.startClass))
        markLaterWords(of: set.index)
    }

    /// The words after the first of an index whose matches stop at words without its continuation class.
    mutating func markLaterWords(of index: PhraseIndex) {
        guard index.continueClass != 0 else { return }
        mark(index.laterKeys, WordClass(rawValue: index.continueClass))
    }

    /// Every lexicon set that carries a word class. A set given a class must
    /// be registered here, or its words would test as absent.
    static let lexicon: Vocabulary = {
        var v = Vocabulary()
        v.mark(SentenceCues.index.firstKeys, WordClass(rawValue: SentenceCues.index.startClass))
        v.markLaterWords(of: SentenceCues.index)
        // Measure triggers start in several indexes: their first words share one class for the sentence's
        // test, and each index's own class for its trie.
        for index in MeasureSets.starts {
            v.mark(index.firstKeys, .measureStart)
            v.mark(index.firstKeys, WordClass(rawValue: index.startClass))
            v.markLaterWords(of: index)
        }
        for set in classedWordSets { v.register(set) }
        for set in classedPhraseSets { v.register(set) }
        return v
    }()

    /// Every word set that carries a class. A classed set missing here would
    /// test as absent for every scanned token: `LexiconTests` checks that each
    /// class the sources give a set is registered.
    static let classedWordSets: [WordSet] = [
        LanguageDetector.french, LanguageDetector.english, Lexicon.determiners, Lexicon.honorifics, Lexicon.roleStops, Lexicon.notNames, Lexicon.roleLinks,
        WordSet.conjunctions, Lexicon.destinationPrepositions, Lexicon.earlierEvent, Lexicon.circumstanceAdjectives, Lexicon.nameParticles,
    ]

    /// Every phrase set whose first words carry a class.
    static let classedPhraseSets: [PhraseSet] = [
        MeasureSets.pastMarkers, MeasureSets.futures, MeasureSets.reportedFutures, Lexicon.notAVisit, Lexicon.meeting, Lexicon.pluralReferences, Lexicon.postings,
        Lexicon.internationalBodies,
        Lexicon.functions, Lexicon.ranks, Lexicon.travel, Lexicon.lead,
    ]
}
