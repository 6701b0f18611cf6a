/// The words of the genre (see docs in shared/docs/genre.md): what announces
/// a visit, a leader, members, hosts, a plan; ranks and titles; and the
/// function words that must never be read as names.
enum Lexicon {
    static let delegationNounWords = ["délégation", "délégations", "delegation", "delegations", "mission", "émissaire", "émissaires", "envoyé", "envoy"]

    static let travel = PhraseSet(travelPhrases, class: .travelStart)
    static let travelPhrases = [
        "s'est rendu", "s'est rendue", "s'est rendus", "se sont rendus", "se sont rendues", "se rendra",
        "est arrivé", "est arrivée", "sont arrivés", "sont arrivées", "est arrivee", "a séjourné", "ont séjourné",
        "séjourne", "séjournent", "en visite", "en séjour", "a effectué une visite", "ont effectué une visite", "effectue une visite",
        "a entamé une visite", "a foulé le sol", "a atterri", "s'est déplacé", "s'est déplacée",
        "en visite de travail", "en visite officielle", "visite de travail", "visite officielle", "une visite", "visite à",
        "visite au", "visite en", "effectuait une visite", "effectue une visite", "effectuera une visite", "a entamé",
        "working visit", "official visit", "a visit", "visit to", "three-day visit", "two-day visit",
        "arrived in", "arrived at", "arrived on", "has arrived", "visited", "travelled to", "traveled to", "flew to",
        "on a visit to", "paid a visit", "landed in", "is visiting", "was visiting", "on an official visit", "on a working visit",
    ]

    static let lead = PhraseSet(leadPhrases, class: .leadStart)
    static let leadPhrases = [
        "conduite par", "conduit par", "conduites par", "conduits par", "dirigée par", "dirigé par", "dirigées par",
        "présidée par", "emmenée par", "menée par", "à la tête de", "à la tête d'", "sous la conduite de", "sous la direction de",
        "led by", "headed by", "under the leadership of",
        "a conduit", "conduisait", "a dirigé", "dirigeait", "conduira", "led", "headed", "was leading", "is leading",
    ]

    /// Lead cues whose subject, not their object, is the leader.
    static let leadsFromSubject = PhraseSet([
        "à la tête de", "à la tête d'", "sous la conduite de", "sous la direction de", "under the leadership of",
        "a conduit", "conduisait", "a dirigé", "dirigeait", "conduira", "led", "headed", "was leading", "is leading",
    ])

    static let memberPhrases = [
        "accompagné de", "accompagné du", "accompagné des", "accompagnée de", "accompagnée du", "accompagnée des",
        "accompagnés de", "accompagnés du", "accompagnés des", "accompagnées de", "accompagnées du", "accompagné par",
        "comprenant", "composée de", "composée du", "composée des", "aux côtés de", "aux côtés du",
        "comprenait", "comprenaient", "composée notamment de", "ainsi que", "together with", "included", "also included",
        "along with", "accompanied by", "including", "alongside", "which included", "comprising",
    ]

    /// Hosts come after these ("reçus par le ministre ...").
    static let hostAfterPhrases = [
        "reçu par", "reçue par", "reçus par", "reçues par", "accueilli par", "accueillie par", "accueillis par", "accueillies par",
        "reçu en audience par", "reçue en audience par", "reçus en audience par", "s'est entretenu avec", "s'est entretenue avec",
        "se sont entretenus avec", "se sont entretenues avec", "a rencontré", "ont rencontré", "a eu des entretiens avec",
        "ont eu des entretiens avec", "a été reçu par", "a été reçue par", "ont été reçus par", "ont été reçues par",
        "received by", "welcomed by", "hosted by", "greeted by", "met with", "met", "held talks with", "talks with", "meeting with",
    ]

    /// The subject before these is the host ("Le Président ... a reçu ... la délégation").
    static let hostBeforePhrases = [
        "a reçu", "ont reçu", "a accueilli", "ont accueilli", "recevait", "a reçu en audience", "a accordé une audience",
        "received", "welcomed", "hosted",
    ]

    /// Back-references to the delegation of the previous sentences.
    static let backReferencePhrases = [
        "cette mission", "cette délégation", "la délégation", "ladite délégation", "les visiteurs", "les hôtes", "ils", "elles",
        "la mission", "les membres de la délégation", "il", "elle", "he", "she", "the delegation", "the visitors", "they", "the mission", "the team", "the guests",
    ]

    /// Meetings where parties come together, for articles that tell no visit
    /// but a gathering: each party from abroad is a delegation to the host.
    static let meeting = PhraseSet([
        "réunion", "réunions", "rencontre", "sommet", "conférence", "séjour", "visite", "audience", "entretien", "entretiens",
        "tête-à-tête", "se sont réunis", "ont coprésidé", "a coprésidé", "ont participé", "prennent part", "ont pris part",
        "meeting", "meetings", "summit", "conference", "visit", "talks", "audience", "met", "met with", "attended",
    ])

    static let notAVisit = PhraseSet(notAVisitPhrases)

    /// The pluperfect tells of an earlier visit, background to the story ("avait rencontré", "had met").
    static let earlierEvent = WordSet(["avait", "avaient", "had"])

    /// A visit that did not happen here and now: no delegation.
    static let notAVisitPhrases = [
        "entretien téléphonique", "échange téléphonique", "par téléphone", "au téléphone", "appel téléphonique",
        "visioconférence", "par visioconférence", "phone call", "telephone call", "by phone", "by telephone", "video call",
        "videoconference", "phone talks", "telephone conversation", "phone conversation", "conversation téléphonique",
        "entretien au téléphone", "l'année dernière", "l'an dernier", "l'an passé", "l'année passée", "last year", "years ago",
        "précédente visite", "previous visit", "earlier visit", "last visited",
    ]

    /// Heads of role phrases: functions first, then military ranks.
    static let functions = PhraseSet(class: .functionStart, [
        "ministre", "ministres", "vice-ministre", "vice-ministres", "présidents", "ambassadeurs", "chefs", "ministers", "deputy ministers", "ministre délégué", "ministre déléguée", "premier ministre", "président", "présidente",
        "vice-président", "vice-premier ministre", "vice premier ministre", "secrétaire", "secrétaire d'état", "secrétaire général", "secrétaire générale", "ambassadeur", "ambassadrice",
        "chef", "chef d'état-major", "chef d'état major", "directeur", "directrice", "commandant", "conseiller", "conseillère",
        "chargé d'affaires", "gouverneur", "haut-commissaire", "haut représentant", "représentant", "représentante", "envoyé", "envoyée",
        "porte-parole", "homologue", "homologues", "préfet", "préfète", "sous-préfet", "maire", "député", "sénateur", "inspecteur",
        "responsable", "haut responsable", "hauts responsables", "official", "senior official", "officer", "spokesperson",
        "expert", "aide", "lieutenant", "diplomate", "diplomat", "émissaire spécial", "undersecretary", "under-secretary", "under secretary", "mayor", "prefect", "chairman", "commissioner", "adviser", "advisor", "attaché", "attaché de défense", "coordonnateur", "commissaire", "émissaire",
        "minister", "deputy minister", "vice minister", "prime minister", "president", "vice president", "secretary",
        "ambassador", "chief", "head", "director", "commander", "envoy", "counterpart", "spokesman", "spokeswoman",
        "governor", "defence chief", "defense chief", "chief of staff", "foreign minister", "defence minister", "defense minister",
        "deputy", "special envoy", "representative", "attaché", "chargé d'affaires", "state secretary",
        "vice foreign minister", "deputy foreign minister", "deputy defence minister", "deputy defense minister",
        "interior minister", "security minister", "army chief", "chief of army staff", "chief of defence staff", "chief of defense staff",
    ])

    static let ranks = PhraseSet(class: .rankStart, rankPhrases)
    static let rankPhrases = [
        "général", "générale", "général de division", "général de brigade", "général de corps d'armée", "général de corps d'armées", "général d'armée",
        "général d'armées", "colonel général", "colonel-général",
        "général de brigade aérienne", "général-major", "lieutenant-général", "lieutenant général", "colonel", "colonel-major", "lieutenant-colonel",
        "commandant", "capitaine", "lieutenant", "amiral", "contre-amiral", "vice-amiral", "maréchal", "médecin-colonel",
        "general", "lieutenant general", "lieutenant-general", "major general", "major-general", "brigadier general",
        "brigadier-general", "colonel", "lieutenant colonel", "lieutenant-colonel", "admiral", "rear admiral", "vice admiral",
        "senior colonel", "colonel major", "captain", "major", "field marshal", "marshal", "air marshal",
        "col", "gen", "lt", "maj", "brig", "capt", "cdt", "gal", "lt col", "lt gen", "maj gen", "brig gen",
    ]

    /// Folded ranks, to prefer a function over a bare rank as someone's role.
    static let rankNames = Set(rankPhrases.map(fold))

    /// Courtesy titles dropped in front of a name.
    static let honorifics = WordSet(class: .honorific, ["m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "me", "sir", "madame", "monsieur", "excellence", "excellency", "professeur", "professor", "hon", "honourable", "honorable"])

    static let determiners = WordSet(class: .determiner, [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "son", "sa", "ses", "leur", "leurs", "notre", "cet", "cette",
        "the", "a", "an", "his", "her", "its", "their", "our",
    ])

    /// Words that continue a role phrase into its complement ("de la Défense et des Anciens Combattants").
    static let roleLinks = WordSet(class: .roleLink, ["de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "aux", "au", "chargé", "chargée", "of", "the", "for", "and", "in", "to", "à"])

    /// Lower-case words allowed inside a name.
    static let nameParticles = WordSet(["ag", "ould", "ben", "bin", "ibn", "de", "du", "el", "al", "dit", "van", "von", "da", "dos", "mint", "ou", "ait", "bint"])

    /// Capitalised words that start sentences or institutions, never names.
    static let notNames = WordSet(class: .notName, [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "ce", "cette", "ces", "il", "elle", "ils", "elles", "on", "en", "au",
        "aux", "dans", "par", "pour", "selon", "lors", "après", "avant", "depuis", "outre", "enfin", "ainsi", "mais", "et", "or",
        "si", "if", "sur", "sous", "vers", "chez", "entre", "contre", "malgré", "face", "grâce", "hautes", "instructions",
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "they", "it", "in", "on", "at", "by", "for", "after",
        "before", "since", "during", "according", "but", "and", "while", "when", "as",
        "forces", "force", "armées", "armée", "army", "corps", "ministère", "ministry", "gouvernement", "government", "état",
        "state", "république", "republic", "transition", "défense", "defence", "defense", "sécurité", "security", "affaires",
        "étrangères", "foreign", "union", "nations", "unies", "united", "alliance", "confédération", "fédération", "federation",
        "conseil", "council", "assemblée", "agence", "agency", "palais", "palace", "présidence", "presidency", "fama",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "sahel", "afrique", "africa", "ouest", "west", "nord", "north",
        "sud", "south", "est", "east", "centre", "center", "central", "général", "general", "colonel",
    ])

    /// Months and weekdays: never a name's first word, but a surname may be spelled like one ("Maï").
    static let calendarWords = WordSet([
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai",
        "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "may", "march", "june", "july",
    ])

    /// Visit verbs whose object is the place ("visited Tahoua").
    static let directVisits = WordSet(["visited", "visiting", "toured", "visité", "visitée", "visités"])

    /// Words that carry a portfolio on after a comma: "…, de la Culture, des Arts".
    static let portfolioLinks = WordSet(["de", "du", "des", "d"])

    /// The word before a town that visitors come from.
    static let fromWords = WordSet(["from", "de", "provenance"])

    /// The "s" of an English possessive ("Mali's").
    static let possessiveS = WordSet(["s"])

    /// Where a visit's destination follows.
    static let destinationPrepositions = WordSet(class: .destinationPreposition, ["à", "a", "au", "aux", "en", "in", "to", "at", "vers", "pour"])

    /// Functions held abroad: the country after "au", "in" is where the holder serves.
    static let postings = PhraseSet([
        "ambassadeur", "ambassadrice", "représentant", "représentante", "envoyé", "envoyée", "attaché", "chargé d'affaires",
        "conseiller", "coordonnateur", "chef de mission", "ambassador", "representative", "envoy", "adviser", "advisor",
        "attaché", "chargé d'affaires", "head of mission",
    ])

    /// Prepositions before the country where someone is posted.
    static let postingPrepositions = WordSet(["au", "aux", "en", "à", "auprès", "in", "to"])

    /// "de" and "of" between a venue and its town ("palais présidentiel de Nouakchott").
    static let linkingOf = WordSet(["de", "d", "of"])

    /// Buildings and halls where audiences are held; the town after them is the venue.
    static let venueNouns = WordSet([
        "palais", "présidentiel", "présidence", "siège", "ministère", "état-major", "primature", "aéroport", "hôtel", "salle",
        "palace", "presidential", "headquarters", "ministry", "airport", "hotel", "hall", "house",
    ])

    static let origin = PhraseSet([
        "en provenance de", "en provenance du", "en provenance des", "venue de", "venue du", "venu de", "venu du", "venant de",
        "venant du", "from", "de la", "du", "de", "des", "d'",
    ])

    /// Presidential palaces that name the host country.
    static let presidencies: [(key: UInt64, country: String, city: String)] = [
        (WordHasher.key("koulouba"), "ML", "Bamako"), (WordHasher.key("kosyam"), "BF", "Ouagadougou"),
    ]
}
