/// The words around a place name that tell what the name is doing, one table
/// per language (`PlaceTerms+fr.swift`, `PlaceTerms+en.swift`): part of an
/// organisation or agreement, a government speaking, a venue, a quarter of a
/// country. `PlaceWords` derives the sets the place rules (PlaceContext,
/// PlaceQuarters) read from every language's table.
struct PlaceTerms {
    /// Capitalised heads of organisation, media and force names; a place after them and a link is part of the name.
    var organisationHeads: [String]
    /// Media named after a place ("Télé Sahel"): the place follows the head with no link.
    var mediaHeads: [String]
    /// Heads of agreements, processes and bodies named after where they were born, in any case.
    var agreementHeads: [String]
    /// The same heads after the place, capitalised ("Accra Initiative", "Alliance of Sahel States").
    var agreementHeadsAfter: [String]
    /// Links inside such names ("processus d'Alger", "Group of Five for the Sahel").
    var nameLinks: [String]
    /// Words a name never crosses: where a place stands for itself ("signé à Alger").
    var nameBreaks: [String]
    /// "selon Bamako", "according to Niamey": the government is the source.
    var sources: [String]
    /// More verbs whose subject, a capital, is its government ("Bamako reste formelle").
    var governmentVerbs: [String]
    /// Nouns of a relation between states; a capital after them and "avec", "entre" is a government.
    var relationNouns: [String]
    /// The prepositions of such a relation.
    var relationPrepositions: [String]
    /// Verbs of a town hosting an event: the capital is the venue ("Moscou abritera").
    var hosting: [String]
    /// Where a delegation comes from ("en provenance de Moscou").
    var origins: [String]
    /// "from" is an origin only after a visitor or a journey ("delegation from Accra"); with the delegation nouns.
    var originHeads: [String]
    /// An apposition naming the town a capital ("Moscou, la capitale russe").
    var capitalWords: [String]
    /// "se réunira en alternance entre Téhéran et Niamey": every town named is a venue.
    var alternation: [String]
    /// Nouns between a compass word and its place ("northern regions of Togo").
    var quarterNouns: [String]
    /// Links between a compass word and its place ("nord de la", "the north of").
    var quarterLinks: [String]
    /// Articles before the compass "est" ("l'est", "au nord-est"): without them it is the verb.
    var eastArticles: [String]
    /// "le centre du pays": the country of the article.
    var thisCountry: [String]
    /// Where a quarter of "the country" is a location, not a direction ("dans le centre du pays").
    var locatives: [String]
    /// Determiners of a quarter inside its place ("l'ouest de la Méditerranée"); "au sud du Sahara" is beside it.
    var quarterArticles: [String]
    /// Cue heads of a list of regions ("les régions des Hauts-Bassins, des Cascades et du Nord").
    var listCueHeads: [String]
    /// Compass words by the zone id part they give ("nord", "nord-est").
    var compass: [(part: String, words: [String])]
}

extension PlaceTerms: LanguageTables {}
