/// The sets the place rules read, derived from every language's table in
/// `PlaceTerms+fr.swift` and `PlaceTerms+en.swift`: to teach veille a word,
/// add it to its language's table there. Rules are in PlaceContext and
/// PlaceQuarters.
enum PlaceWords {
    /// Prefixes glued to a zone in organisation names ("G5 Sahel"), the same in every language.
    static let organisationPrefixes = WordSet(["g5", "g-5"])
    static let organisationHeads = WordSet(PlaceTerms.union(\.organisationHeads))
    static let mediaHeads = WordSet(PlaceTerms.union(\.mediaHeads))
    static let agreementHeads = WordSet(PlaceTerms.union(\.agreementHeads))
    static let agreementHeadsAfter = WordSet(PlaceTerms.union(\.agreementHeadsAfter))
    static let nameLinks = WordSet(PlaceTerms.union(\.nameLinks))
    static let nameBreaks = WordSet(PlaceTerms.union(\.nameBreaks))
    static let sources = WordSet(PlaceTerms.union(\.sources))
    static let governmentVerbs = WordSet(PlaceTerms.union(\.governmentVerbs))
    static let relationNouns = WordSet(PlaceTerms.union(\.relationNouns))
    static let relationPrepositions = WordSet(PlaceTerms.union(\.relationPrepositions))
    static let hosting = PhraseSet(PlaceTerms.union(\.hosting))
    static let origins = PhraseSet(PlaceTerms.union(\.origins))
    static let originHeads = WordSet(Lexicon.delegationNounWords + PlaceTerms.union(\.originHeads))
    static let capitalWords = WordSet(PlaceTerms.union(\.capitalWords))
    static let alternation = WordSet(PlaceTerms.union(\.alternation))

    /// Compass words to their zone id part; "nord-est" and "north-eastern" are built from two.
    /// In the project's open-addressing table: read for every word that may start a place.
    static let compass: KeyTable<String> = {
        var keys = KeyTable<String>(capacity: 64)
        for row in PlaceTerms.languages.flatMap(\.compass) { for w in row.words { keys.set(row.part, for: WordHasher.key(w)) } }
        return keys
    }()

    static let quarterNouns = WordSet(PlaceTerms.union(\.quarterNouns))
    static let quarterLinks = WordSet(PlaceTerms.union(\.quarterLinks))
    static let eastArticles = WordSet(PlaceTerms.union(\.eastArticles))
    static let thisCountry = WordSet(PlaceTerms.union(\.thisCountry))
    static let locatives = WordSet(PlaceTerms.union(\.locatives))
    static let quarterArticles = WordSet(PlaceTerms.union(\.quarterArticles))
    static let listCueHeads = WordSet(PlaceTerms.union(\.listCueHeads))

    /// How far back a list item may stand from its cue.
    static let listReach = 40
}
