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
    /// The name keys built so far: a person is read again at every cue and in the completion. Found by the
    /// name's first token (`keyAtStart`, built on the first key asked for), then along the names sharing it
    /// (`next`): hashing a range at every mention cost more than the key.
    /// Read and written only by `nameKey`, one access at a time: the runtime's
    /// exclusivity check of a class's property cost more than the lookup.
    @exclusivity(unchecked) private var nameKeys: [(end: Int, key: NameVariants.Key, next: Int32)] = []
    @exclusivity(unchecked) private var keyAtStart: [Int32] = []

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
        guard !nameRange.isEmpty else { return NameVariants.Key() }
        if keyAtStart.isEmpty { keyAtStart = [Int32](repeating: -1, count: text.tokens.count) }
        var k = keyAtStart[nameRange.lowerBound]
        while k >= 0 {
            if nameKeys[Int(k)].end == nameRange.upperBound { return nameKeys[Int(k)].key }
            k = nameKeys[Int(k)].next
        }
        let tokens = text.tokens
        // A scalar folds to at most `ParsedText.maxFoldedBytes`, and each word adds its zero byte.
        let scalars = Int(tokens[nameRange.upperBound - 1].end - tokens[nameRange.lowerBound].start)
        let key = NameVariants.Key(capacity: scalars * ParsedText.maxFoldedBytes + nameRange.count) { writer in
            for i in nameRange where tokens[i].kind == .word {
                text.withFoldedBytes(i) { writer.add(folded: $0) }
            }
        }
        nameKeys.append((nameRange.upperBound, key, keyAtStart[nameRange.lowerBound]))
        keyAtStart[nameRange.lowerBound] = Int32(nameKeys.count - 1)
        return key
    }
}
