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
    }

    /// Every lexicon set that carries a word class. A set given a class must
    /// be registered here, or its words would test as absent.
    static let lexicon: Vocabulary = {
        var v = Vocabulary()
        v.mark(SentenceCues.index.firstKeys, WordClass(rawValue: SentenceCues.index.startClass))
        for index in MeasureSets.starts { v.mark(index.firstKeys, .measureStart) }
        v.register(MeasureSets.pastMarkers)
        v.register(LanguageDetector.french)
        v.register(LanguageDetector.english)
        v.register(Lexicon.functions)
        v.register(Lexicon.ranks)
        v.register(Lexicon.determiners)
        v.register(Lexicon.honorifics)
        v.register(PersonReader.roleStops)
        v.register(Lexicon.notNames)
        v.register(Lexicon.roleLinks)
        v.register(WordSet.conjunctions)
        v.register(Lexicon.destinationPrepositions)
        v.register(Lexicon.travel)
        v.register(Lexicon.lead)
        return v
    }()
}
