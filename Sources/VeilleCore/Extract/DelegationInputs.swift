/// What the delegation extractor reads of one article, with what is derived
/// from it once: a class, so that copies of the extractor share it.
final class DelegationInputs {
    let text: ParsedText
    let gazetteer: Gazetteer
    let countries: [CountryMention]
    let places: [PlaceMention]
    let homeCountry: String?
    let known: [FoundPerson]
    let explains: Bool
    /// The countries' ranking counting only those named or implied by a demonym.
    let namedRanking: [String]
    /// Knows the surnames of the people named in full: "with Col. Goita" is then a person.
    let reader: PersonReader
    /// The name keys built so far, by the name's tokens: a person is read again at every cue and in the
    /// completion, and a key is an array per word.
    private var nameKeys: [Range<Int>: NameVariants.Key] = [:]

    init(text: ParsedText, gazetteer: Gazetteer, countries: [CountryMention], places: [PlaceMention], homeCountry: String?,
         known: [FoundPerson], explains: Bool) {
        self.text = text
        self.gazetteer = gazetteer
        self.countries = countries
        self.places = places
        self.homeCountry = homeCountry
        self.known = known
        self.explains = explains
        namedRanking = CountryFinder.ranking(countries.filter { $0.form != .capital })
        let surnames = KeySet(known.compactMap { p in p.phrase.name.map { text.tokens[$0.upperBound - 1].key } })
        reader = PersonReader(text: text, countries: countries, surnames: surnames)
    }

    func nameKey(_ nameRange: Range<Int>) -> NameVariants.Key {
        if let key = nameKeys[nameRange] { return key }
        var key: NameVariants.Key = []
        key.reserveCapacity(nameRange.count)
        for i in nameRange where text.tokens[i].kind == .word {
            key.append(text.withFoldedBytes(i) { NameVariants.skeleton(folded: $0) })
        }
        nameKeys[nameRange] = key
        return key
    }
}
