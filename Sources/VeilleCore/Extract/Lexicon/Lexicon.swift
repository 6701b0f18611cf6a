/// The sets the extractors match, derived from the language tables of this
/// folder (see shared/docs/genre.md for the genre): what announces a visit, a
/// leader, members and hosts; titles and ranks; the words that are never
/// names. Each set is built once from the union of the languages' lists.
enum Lexicon {
    static let delegationNounWords = VisitWords.union(\.delegationNouns)
    static let travelPhrases = VisitWords.unionWithAdverbs(\.travel) + VisitWords.unionWithAdverbs(\.attendance)
    static let travel = PhraseSet(travelPhrases, class: .travelStart)
    /// "prennent part", "attended": finite verbs, whose subject heads the clause, never an apposition before them.
    static let attendance = PhraseSet(VisitWords.unionWithAdverbs(\.attendance))
    static let gatherings = PhraseSet(VisitWords.union(\.gatherings))
    static let leadPhrases = VisitWords.union(\.leadByObject) + VisitWords.unionWithAdverbs(\.leadFromSubject)
    static let lead = PhraseSet(leadPhrases, class: .leadStart)
    /// Lead cues whose subject, not their object, is the leader.
    static let leadsFromSubject = PhraseSet(VisitWords.unionWithAdverbs(\.leadFromSubject))
    /// "a", "s'est", "has": a cue that opens with one is a finite verb, whose subject heads the clause.
    static let cueAuxiliaries = PhraseSet(VisitWords.union(\.auxiliaries))
    static let departurePhrases = VisitWords.unionWithAdverbs(\.departures)
    static let departureTargets = PhraseSet(VisitWords.union(\.departureTargets))
    static let delegationHeadPhrases = VisitWords.union(\.delegationHeads)
    static let representedByPhrases = VisitWords.union(\.representedBy)
    /// "chef de la", "head of the": the delegation heads without their noun, for a delegation named with its
    /// nationality in between or after ("le chef de la délégation malienne", "the head of the Malian delegation").
    static let delegationHeadOpeners = PhraseSet(Array(Set(delegationHeadPhrases.compactMap { phrase -> String? in
        let words = phrase.split(separator: " ")
        guard words.count > 1, let last = words.last, delegationNounWords.contains(String(last)) else { return nil }
        return words.dropLast().joined(separator: " ")
    })).sorted())
    static let memberPhrases = VisitWords.union(\.members)
    /// At the head of a sentence, a members cue fronts one companion ("Accompagné du ministre X, le Premier ministre Y …").
    static let frontedCompanions = PhraseSet(memberPhrases)
    static let memberSubjectPhrases = VisitWords.unionWithAdverbs(\.membersFromSubject)
    /// "comprend également", "also": adverbs that may stand between a cue and what it introduces.
    static let insertedAdverbs = PhraseSet(VisitWords.union(\.insertedAdverbs))
    static let hostAfterPhrases = VisitWords.unionWithAdverbs(\.hostsAfter)
    static let passiveHosts = VisitWords.union(\.passiveHosts)
    static let publicAudiences = PhraseSet(VisitWords.union(\.publicAudiences))
    static let passiveParticiples = WordSet(passiveHosts)
    static let talksWithGap = VisitWords.unionWithAdverbs(\.talksWithGap)
    static let audienceGrantPhrases = VisitWords.unionWithAdverbs(\.audienceGrants)
    static let audienceGrants = PhraseSet(audienceGrantPhrases)
    static let hostBeforePhrases = VisitWords.unionWithAdverbs(\.hostsBefore) + audienceGrantPhrases
    static let backReferencePhrases = VisitWords.union(\.backReferences)
    static let pluralReferences = PhraseSet(VisitWords.union(\.pluralReferences), class: .pluralReferenceStart)
    static let meeting = PhraseSet(VisitWords.union(\.meetings), class: .meetingStart)
    static let remoteContactPhrases = VisitWords.union(\.remoteContact)
    static let notAVisitPhrases = remoteContactPhrases + VisitWords.union(\.earlierTime)
    static let notAVisit = PhraseSet(notAVisitPhrases, class: .scannedStart)
    static let earlierEvent = WordSet(VisitWords.union(\.earlierEvent), class: .pluperfect)
    static let participleEndings = VisitWords.union(\.participleEndings).map { Array($0.unicodeScalars) }
    static let irregularParticiples = WordSet(VisitWords.union(\.irregularParticiples))
    static let directVisits = WordSet(VisitWords.union(\.directVisits))
    static let fromWords = WordSet(VisitWords.union(\.fromWords))
    static let originLinks = WordSet(VisitWords.union(\.originLinks))
    static let venueNouns = WordSet(VisitWords.union(\.venueNouns))
    static let messageNouns = WordSet(VisitWords.union(\.messageNouns))
    static let deliveries = VisitWords.union(\.deliveries)
    /// "son attaché militaire", "his aide": a companion named by whose they are.
    static let ownerPossessives = WordSet(GrammarWords.union(\.ownerPossessives))
    static let betweenWords = WordSet(GrammarWords.union(\.betweenWords))
    /// "trois pays", "three countries".
    static let countedCountries = PhraseSet(GrammarWords.languages.flatMap { table in
        table.smallNumbers.flatMap { number in table.countryNouns.map { "\(number) \($0)" } }
    })
    /// Each language's small numbers by their word's key, from two up.
    static let smallNumbers: [UInt64: Int] = Dictionary(GrammarWords.languages.flatMap { table in
        table.smallNumbers.enumerated().map { (WordHasher.key(fold($0.element)), $0.offset + 2) }
    }, uniquingKeysWith: { first, _ in first })
    /// "celui du Japon": the office of the item before, held for another country.
    static let officePronouns = WordSet(GrammarWords.union(\.officePronouns))
    static let senders = PhraseSet(VisitWords.union(\.senders))
    static let onlyPresent = PhraseSet(VisitWords.union(\.onlyPresent))
    static let visitIntros = PhraseSet(VisitWords.union(\.visitIntros))
    static let stayDeterminers = WordSet(VisitWords.union(\.stayDeterminers))
    static let stayNouns = WordSet(VisitWords.union(\.stayNouns))

    static let functions = PhraseSet(class: .functionStart, TitleWords.union(\.functions))
    static let frenchPlainWords = WordSet(TitleWords.french.plainWords)
    static let englishPlainWords = WordSet(TitleWords.english.plainWords)
    /// Functions of one language's table that are plain words in the article's language. A switch, not a
    /// dictionary: the readers ask at every one-word function, and hashing the language cost more than the set.
    static func plainWords(in language: Language) -> WordSet {
        switch language {
        case .fr: frenchPlainWords
        case .en: englishPlainWords
        }
    }
    static let postings = PhraseSet(TitleWords.union(\.postings), class: .scannedStart)
    static let internationalBodies = PhraseSet(TitleWords.union(\.internationalBodies), class: .internationalBodyStart)
    static let rankPhrases = TitleWords.union(\.ranks)
    static let ranks = PhraseSet(class: .rankStart, rankPhrases)
    /// Folded ranks, to prefer a function over a bare rank as someone's role.
    static let rankNames = Set(rankPhrases.map(fold))
    /// The same as hashes of their folded bytes, for a first test that builds no string.
    static let rankKeys = KeySet(rankNames.map { WordHasher.key($0) })
    /// Hashes of their first words, up to the first space.
    static let rankFirstWords = KeySet(rankNames.map { WordHasher.key(String($0.prefix { $0 != " " })) })
    /// No rank as an article writes it is longer, in UTF-8: the longest rank with room for typographic
    /// apostrophes (three bytes each) and doubled spaces.
    static let longestRankBytes = (rankPhrases.map(\.utf8.count).max() ?? 0) + 8
    static let honorifics = WordSet(class: .honorific, TitleWords.union(\.honorifics))
    static let localOffices = PhraseSet(TitleWords.union(\.localOffices))
    /// Spelled out scalar by scalar: "a.i." is four tokens, and its "a" folds like the verb.
    /// Longest first: "S.E.M." before the "S.E." it starts with.
    static let dottedHonorifics = TitleWords.union(\.dottedHonorifics).map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    static let interimMarks = TitleWords.union(\.interimMarks).map { Array($0.unicodeScalars) }
    /// The scalars the marks open with: a role's words are tested at each, and most open none.
    static let interimMarkInitials: [Unicode.Scalar] = interimMarks.reduce(into: []) { initials, mark in
        if let first = mark.first, !initials.contains(first) { initials.append(first) }
    }
    static let bodyAcronyms = WordSet(TitleWords.union(\.bodyAcronyms))

    static let determiners = WordSet(class: .determiner, GrammarWords.union(\.determiners))
    static let indefinites = WordSet(GrammarWords.union(\.indefinites))
    static let circumstanceAdjectives = WordSet(class: .circumstanceAdjective, GrammarWords.union(\.circumstanceAdjectives))
    static let roleLinks = WordSet(class: .roleLink, GrammarWords.union(\.roleLinks))
    static let institutionOpeners = WordSet(GrammarWords.union(\.institutionOpeners))
    static let portfolioLinks = WordSet(GrammarWords.union(\.portfolioLinks))
    static let countryLinks = WordSet(GrammarWords.union(\.countryLinks))
    static let roleContinuations = WordSet(GrammarWords.union(\.roleContinuations))
    static let roleStops = WordSet(class: .roleStop, GrammarWords.union(\.roleStops))
    static let sequels = WordSet(GrammarWords.union(\.sequels))
    static let respectively = WordSet(GrammarWords.union(\.respectively))
    static let agents = WordSet(GrammarWords.union(\.agents))
    static let passiveAgents = WordSet(GrammarWords.union(\.passiveAgents))
    static let partners = WordSet(GrammarWords.union(\.partners))
    static let recipients = WordSet(GrammarWords.union(\.recipients))
    static let destinationPrepositions = WordSet(class: .destinationPreposition, GrammarWords.union(\.destinationPrepositions))
    static let postingPrepositions = WordSet(GrammarWords.union(\.postingPrepositions))
    static let linkingOf = WordSet(GrammarWords.union(\.linkingOf))
    static let possessiveS = WordSet(GrammarWords.union(\.possessives))
    static let relatives = WordSet(GrammarWords.union(\.relatives))
    static let listIntros = PhraseSet(GrammarWords.union(\.listIntros))
    static let asideOpeners = PhraseSet(GrammarWords.union(\.asideOpeners))
    static let listContinuations = PhraseSet(GrammarWords.union(\.listContinuations))
    static let clauseOpeners = WordSet(GrammarWords.union(\.clauseOpeners))

    static let nameParticles = WordSet(class: .nameParticle, NameWords.particles)
    static let notNames = WordSet(class: .notName, NameWords.union(\.notNames))
    static let calendarWords = WordSet(NameWords.union(\.calendar))

    /// Presidential palaces that name the host country and its capital.
    static let presidencies: [(key: UInt64, country: String, city: String)] = [
        (WordHasher.key("koulouba"), "ML", "Bamako"), (WordHasher.key("kosyam"), "BF", "Ouagadougou"),
    ]
    /// Their keys, asked at every capitalised word of a visit's sentences before the list is searched.
    static let presidencyKeys = KeySet(presidencies.map(\.key))
}

extension WordSet {
    static let conjunctions = WordSet(GrammarWords.union(\.conjunctions), class: .conjunction)
}
