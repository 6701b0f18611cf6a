/// Function words the person and visit readers step over or stop at, one
/// table per language (`GrammarWords+fr.swift`, `GrammarWords+en.swift`).
struct GrammarWords {
    /// Articles and possessives skipped before a role or a name.
    var determiners: [String]
    /// Adjectives of circumstance skipped like them ("visiting Chinese Defence Minister X").
    var circumstanceAdjectives: [String]
    /// "une délégation", "a new delegation": a new visit, not the one being told.
    var indefinites: [String]
    /// Words that continue a role into its complement ("de la Défense et des Anciens Combattants").
    var roleLinks: [String]
    /// Articles after which capitalised words inside a role name an institution, never a person
    /// ("head of the National Intelligence Organisation"); French puts names after "la Défense".
    var institutionOpeners: [String]
    /// Words that carry a portfolio on after a comma ("…, de la Culture, des Arts").
    var portfolioLinks: [String]
    /// Words that carry a role on after a comma ("…, chargé de la Défense").
    var roleContinuations: [String]
    /// Verbs and relatives that end a role phrase.
    var roleStops: [String]
    /// "et", "and": lists of people and of places.
    var conjunctions: [String]
    /// "puis", "then": the next item of a list of people.
    var sequels: [String]
    /// "respectivement", "respectively": the people of a list take the countries named before, in order.
    var respectively: [String]
    /// "par", "avec": the agent or partner that a list item may repeat.
    var agents: [String]
    /// The agent of a passive host cue ("reçus à l'aéroport par").
    var passiveAgents: [String]
    /// The partner of talks ("avec", "with").
    var partners: [String]
    /// The preposition before whom a message is handed to ("to", "au"; "à" is told by its accent).
    var recipients: [String]
    /// Where a visit's destination follows.
    var destinationPrepositions: [String]
    /// Before the country where an envoy is posted.
    var postingPrepositions: [String]
    /// Pronouns that stand for an office named just before ("celui du Japon", "that of Japan").
    var officePronouns: [String]
    /// Possessives before a companion's title ("son attaché militaire").
    var ownerPossessives: [String]
    /// Two, three, four, five, in order: "les ministres des trois pays" counts the parties.
    var smallNumbers: [String]
    /// The noun a count of parties goes with ("pays", "countries").
    var countryNouns: [String]
    /// "entre", "between": a meeting's parties follow.
    var betweenWords: [String]
    /// Between a venue and its town ("palais présidentiel de Nouakchott").
    var linkingOf: [String]
    /// Between a shared role and each country it is held for ("les ministres du Mali, X, et de la Guinée, Y").
    var countryLinks: [String]
    /// The "s" of a possessive ("Mali's").
    var possessives: [String]
    /// Relative pronouns whose antecedent, before a comma, is the subject ("X, qui s'est rendu…").
    var relatives: [String]
    /// Words that open a clause of their own: a subject is read after them ("au Tchad, où le président l'a reçu").
    var clauseOpeners: [String]
    /// Words that open the named part of a group ("les autorités, notamment le Président X").
    var listIntros: [String]
    /// Openers of an aside between a cue and its list: "composée, outre le Premier ministre, du ministre …".
    var asideOpeners: [String]
    /// Words that add one more item to a list of people, like "and": "X, as well as Y".
    var listContinuations: [String]
}

extension GrammarWords: LanguageTables {}
