/// The words around a place name that tell what the name is doing: part of
/// an organisation or agreement, a government speaking, a venue, a quarter
/// of a country. Data only; the rules that read them are in PlaceContext.
enum PlaceWords {
    /// Prefixes glued to a zone in organisation names ("G5 Sahel").
    static let organisationPrefixes = WordSet(["g5", "g-5"])

    /// Capitalised heads of organisation, media and force names; a place after them and a link is part of the name.
    static let organisationHeads = WordSet([
        "alliance", "confédération", "confederation", "force", "forces", "group", "groupe",
        "union", "communauté", "community", "organisation", "organization", "autorité", "authority", "fuseau",
    ])

    /// Media named after a place ("Télé Sahel"): the place follows the head with no link.
    static let mediaHeads = WordSet(["télé", "tele", "radio", "tv", "journal", "voix", "voice"])

    /// Heads of agreements, processes and bodies named after where they were born, in any case.
    static let agreementHeads = WordSet([
        "accord", "accords", "processus", "comité", "initiative", "déclaration", "charte", "pacte", "agreement",
        "agreements", "process", "committee", "declaration", "charter", "pact",
    ])

    /// The same heads after the place, capitalised ("Accra Initiative", "Algiers Accord", "Alliance of Sahel States").
    static let agreementHeadsAfter = WordSet([
        "states", "initiative", "accord", "accords", "agreement", "agreements", "process", "declaration", "charter", "pact", "committee",
    ])

    /// Links inside such names ("processus d'Alger", "Comité … sur le Nord du Mali", "Group of Five for the Sahel").
    static let nameLinks = WordSet(["de", "du", "des", "d", "la", "le", "les", "l", "sur", "pour", "of", "the", "for", "on"])

    /// Words a name never crosses: where a place stands for itself ("signé à Alger").
    static let nameBreaks = WordSet(["à", "a", "au", "aux", "en", "dans", "in", "at", "into", "vers", "par", "by", "depuis", "from"])

    /// "selon Bamako", "according to Niamey": the government is the source.
    static let sources = WordSet(["selon", "according"])

    /// More verbs whose subject, a capital, is its government ("Bamako reste formelle").
    static let governmentVerbs = WordSet([
        "a", "ont", "entend", "entendent", "souhaite", "souhaitent", "veut", "veulent", "s", "se", "accuse", "dénonce", "estime",
        "affirme", "annonce", "exige", "reste", "demeure", "refuse", "rejette", "juge", "considère", "condamne", "salue",
        "appelle", "demande", "réclame", "maintient", "insiste", "répond", "menace", "n", "ne", "doit", "compte", "mise",
        "says", "said", "has", "have", "wants", "will", "accuses", "insists", "announced", "rejects", "rejected", "refuses",
        "refused", "denies", "denied", "remains", "maintains", "demands", "demanded", "condemned", "condemns", "warned", "warns",
    ])

    /// Nouns of a relation between states; a capital after them and "avec", "entre" is a government.
    static let relationNouns = WordSet([
        "coopération", "relations", "relation", "rapports", "partenariat", "tension", "tensions", "dialogue", "différend",
        "brouille", "crise", "rupture", "rapprochement", "axe", "amitié", "cooperation", "partnership", "ties", "rift",
        "dispute", "friendship",
    ])

    /// The prepositions of such a relation.
    static let relationPrepositions = WordSet(["avec", "entre", "with", "between"])

    /// Verbs of a town hosting an event: the capital is the venue ("Moscou abritera").
    static let hosting = PhraseSet([
        "abrite", "abritera", "abritait", "a abrité", "va abriter", "accueille", "accueillera", "accueillait", "a accueilli",
        "va accueillir", "hosts", "will host", "hosted", "is hosting", "has hosted", "will be hosting", "is to host",
    ])

    /// Where a delegation comes from ("en provenance de Moscou").
    static let origins = PhraseSet([
        "en provenance de", "en provenance d'", "venu de", "venue de", "venus de", "venues de", "venant de", "arrivé de",
        "arrivée de", "arrivés de", "arrived from", "coming from", "flew in from",
    ])

    /// "from" is an origin only after a visitor or a journey ("delegation from Accra").
    static let originHeads = WordSet(Lexicon.delegationNounWords + ["délégués", "delegates", "team", "visitors", "officials", "arrived", "travelled", "traveled"])

    /// An apposition naming the town a capital ("Moscou, la capitale russe", "Accra, the Ghanaian capital").
    static let capitalWords = WordSet(["capitale", "capital"])

    /// "se réunira en alternance entre Téhéran et Niamey": every town named is a venue.
    static let alternation = WordSet(["alternance", "alternately", "alternating", "rotation"])

    /// Compass words to their zone id part; "nord-est" and "north-eastern" are built from two.
    /// In the project's open-addressing table: read for every word that may start a place.
    static let compass: KeyTable<String> = {
        let table: [(words: [String], part: String)] = [
            (["nord", "north", "northern"], "nord"), (["sud", "south", "southern"], "sud"),
            (["est", "east", "eastern"], "est"), (["ouest", "west", "western"], "ouest"),
            (["centre", "center", "central"], "centre"),
            (["northeast", "northeastern"], "nord-est"), (["northwest", "northwestern"], "nord-ouest"),
            (["southeast", "southeastern"], "sud-est"), (["southwest", "southwestern"], "sud-ouest"),
        ]
        var keys = KeyTable<String>(capacity: 64)
        for row in table { for w in row.words { keys.set(row.part, for: WordHasher.key(w)) } }
        return keys
    }()

    /// Nouns between a compass word and its place ("northern regions of Togo").
    static let quarterNouns = WordSet(["regions", "region", "parts", "part", "areas", "area", "provinces", "régions", "partie", "parties", "zones"])

    /// Links between a compass word and its place ("nord de la", "the north of").
    static let quarterLinks = WordSet(["de", "du", "des", "d", "la", "l", "of", "the"])

    /// Articles before the compass "est" ("l'est", "le sud-est", "au nord-est"): without them it is the verb.
    static let eastArticles = WordSet(["le", "au", "du", "à", "dans", "vers", "nord", "sud", "the"])

    /// "le centre du pays": the country of the article.
    static let thisCountry = WordSet(["pays", "country"])

    /// Where a quarter of "the country" is a location, not a direction ("dans le centre du pays", not "vers le centre du pays").
    static let locatives = WordSet(["dans", "in", "au", "à"])

    /// Determiners of a quarter inside its place ("l'ouest de la Méditerranée"); "au sud du Sahara" is beside it.
    static let quarterArticles = WordSet(["le", "la", "the"])

    /// Cue heads of a list of regions ("les régions des Hauts-Bassins, des Cascades et du Nord").
    static let listCueHeads = WordSet(["régions", "provinces", "wilayas", "cercles", "communes", "districts", "regions", "région", "region", "province"])

    /// How far back a list item may stand from its cue.
    static let listReach = 40
}
