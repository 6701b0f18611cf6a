extension VisitWords {
    /// A day between a verb and the person it names ("reçu ce mardi par", "rencontre jeudi le président").
    private static let dayInserts = MeasureWords.French.days.flatMap { [$0, "ce \($0)"] }

    static let french = VisitWords(
        delegationNouns: ["délégation", "délégations", "mission", "émissaire", "émissaires", "envoyé"],
        travel: [
            "s'est rendu", "s'est rendue", "s'est rendus", "se sont rendus", "se sont rendues", "se rendra",
            "est arrivé", "est arrivée", "sont arrivés", "sont arrivées", "a séjourné", "ont séjourné",
            "séjourne", "séjournent", "en visite", "en séjour", "a effectué une visite", "ont effectué une visite", "effectue une visite",
            "a entamé une visite", "a foulé le sol", "a atterri", "s'est déplacé", "s'est déplacée",
            "en visite de travail", "en visite officielle", "visite de travail", "visite officielle", "une visite", "visite à",
            "visite au", "visite en", "effectuait une visite", "effectuera une visite", "a entamé",
            "a pris la direction de", "a pris la direction du", "ont pris la direction de", "ont pris la direction du",
            "est parti pour", "sont partis pour", "s'est envolé pour", "se sont envolés pour", "a achevé sa tournée",
            "achève sa tournée", "a poursuivi sa tournée", "poursuit sa tournée", "a bouclé sa tournée", "se sont retrouvés à",
        ],
        attendance: [
            "a pris part", "ont pris part", "prend part", "prennent part", "prendra part", "prendront part",
            "a participé", "ont participé", "participera", "participeront",
        ],
        gatherings: [
            "sommet", "sommets", "réunion", "réunions", "rencontre", "conférence", "forum", "session", "assises", "travaux",
            "concertation", "table ronde", "salon", "assemblée", "conseil des ministres",
        ],
        leadByObject: [
            "avec à sa tête", "avec à leur tête", "avait à sa tête", "a à sa tête", "ayant à sa tête", "sous la conduite de", "sous la direction de", "sous la houlette de",
            "sous la conduite du", "sous la direction du", "sous la houlette du",
        ] + ["conduit", "dirigé", "présidé", "emmené", "mené"].flatMap { agreeing($0, ["par"]) }
            // "Les délégations du Mali et du Niger, conduites respectivement par A et B": delegations and missions.
            + ["conduites", "dirigées"].map { "\($0) respectivement par" },
        leadFromSubject: [
            "à la tête de", "à la tête d'",
            "a conduit", "conduisait", "a dirigé", "dirigeait", "conduira", "conduit", "dirige",
        ],
        delegationHeads: ["chef de la délégation", "chef de délégation", "cheffe de la délégation", "chef de la mission", "chef de mission"],
        representedBy: ["était représenté par", "était représentée par", "a été représenté par", "a été représentée par",
            "est représenté par", "est représentée par", "s'est fait représenter par"],
        members: [
            "comprenant", "aux côtés de", "aux côtés du", "comprend", "comprennent", "comprenait", "comprenaient", "composée notamment de", "ainsi que",
            "en compagnie de", "en compagnie du", "en compagnie des", "à ses côtés", "à leurs côtés",
        ] + agreeing("accompagné", ["de", "d'", "du", "des", "par"]) + agreeing("composé", ["", "de", "d'", "du", "des"]),
        membersFromSubject: ["faisait partie", "faisaient partie", "fait partie", "font partie", "figurait", "figuraient"].flatMap { verb in
            ["de la délégation", "de cette délégation", "de la mission", "dans la délégation", "parmi la délégation"].map { "\(verb) \($0)" }
        },
        hostsAfter: [
            "s'est entretenu avec", "s'est entretenue avec", "se sont entretenus avec", "se sont entretenues avec",
            "s'entretenir avec", "s'entretiendra avec", "s'entretiendront avec", "a rencontré", "ont rencontré",
            "a eu des entretiens avec", "ont eu des entretiens avec", "une rencontre avec", "un entretien avec", "des entretiens avec",
            "une audience avec", "un tête-à-tête avec", "en tête-à-tête avec", "une séance de travail avec", "une réunion avec",
            "l'hôte de", "l'hôte du", "l'hôte des", "rendu chez", "rendue chez", "rendus chez", "rendre chez", "a discuté avec",
            "ont discuté avec", "a échangé avec", "ont échangé avec", "a été reçu par", "a été reçue par", "ont été reçus par",
            "ont été reçues par", "à l'invitation de", "à l'invitation du", "sur invitation de", "sur invitation du",
            // A meeting still to come names its host as surely as a past one ("où il doit rencontrer le président").
            "rencontrera", "rencontreront", "pour rencontrer",
            // The narrative present of reports written as the visit unfolds ("Il rencontre le président").
            "il rencontre", "elle rencontre", "ils rencontrent", "elles rencontrent", "s'entretient avec", "s'entretiennent avec",
        ] + agreeing("reçu", ["par", "en audience par"]) + agreeing("accueilli", ["par"])
          + ["doit", "doivent", "devrait", "devraient", "va", "vont"].map { "\($0) rencontrer" },
        publicAudiences: ["presse", "journalistes", "médias", "hommes de médias", "étudiants", "élèves", "populations", "habitants"],
        passiveHosts: agreeing("reçu", [""]) + agreeing("accueilli", [""]),
        talksWithGap: ["s'est entretenu", "s'est entretenue", "se sont entretenus", "a échangé", "ont échangé", "s'entretiendra",
            "s'entretient", "s'entretiennent",
            "a eu un tête-à-tête", "a eu une séance de travail", "a eu des échanges", "a eu des entretiens", "ont eu des entretiens"],
        hostsBefore: ["a reçu", "ont reçu", "a accueilli", "ont accueilli", "recevait", "reçoit", "accueille", "a reçu en audience", "a reçu tour à tour"],
        audienceGrants: ["a accordé", "ont accordé", "accordera"],
        backReferences: [
            "cette mission", "cette délégation", "la délégation", "ladite délégation", "les visiteurs", "les hôtes", "ils", "elles",
            "la mission", "les membres de la délégation", "il", "elle",
        ],
        pluralReferences: ["les deux délégations", "les trois délégations", "les délégations", "les deux ministres", "les trois ministres"],
        meetings: [
            "réunion", "réunions", "rencontre", "rencontres", "sommet", "conférence", "séjour", "visite", "audience",
            "audiences", "entretien", "entretiens",
            "tête-à-tête", "se sont réunis", "ont coprésidé", "a coprésidé", "ont participé", "prennent part", "ont pris part", "ont signé",
        ],
        remoteContact: [
            "entretien téléphonique", "échange téléphonique", "par téléphone", "au téléphone", "appel téléphonique",
            "visioconférence", "par visioconférence", "conversation téléphonique", "entretien au téléphone",
        ],
        earlierTime: ["l'année dernière", "l'an dernier", "l'an passé", "l'année passée", "précédente visite", "dernière visite"],
        earlierEvent: ["avait", "avaient"],
        participleEndings: ["é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us", "it", "ert", "int"],
        irregularParticiples: ["été", "déjà", "eu", "fait", "pris", "mis"],
        directVisits: ["visité", "visitée", "visités"],
        departures: ["a quitté", "ont quitté"],
        departureTargets: ["pour", "à destination de"],
        fromWords: ["de", "provenance"],
        originLinks: ["du", "des", "d", "la", "l"],
        deliveries: ["porteur", "porteuse", "porteurs", "a remis", "ont remis", "a transmis", "ont transmis", "a délivré", "remettre", "a présenté"],
        messageNouns: ["message", "lettre", "missive", "salutations", "invitation", "condoléances", "lettres", "créance"],
        senders: ["dépêché", "envoyé", "mandaté", "missionné"].flatMap { agreeing($0, ["par"]) }
            + ["au nom de", "au nom du", "de la part de", "de la part du", "sur instruction de", "sur instruction du", "sur instructions de",
               "sur instructions du"],
        onlyPresent: ["en présence de", "en présence du", "en présence des", "en présence d"],
        venueNouns: ["capitale", "palais", "présidentiel", "présidence", "siège", "ministère", "état-major", "primature", "aéroport", "hôtel", "salle"],
        visitIntros: [
            "lors de", "lors d'", "pendant", "durant", "au cours de", "au cours d'", "à l'occasion de", "à l'occasion d'",
            "à l'issue de", "au terme de", "en marge de", "dans le cadre de",
        ],
        stayDeterminers: ["sa", "son", "leur", "une"],
        stayNouns: ["visite", "séjour", "tournée", "passage", "déplacement", "voyage"],
        auxiliaries: ["a", "ont", "s'est", "se sont", "est", "sont", "a été", "ont été"],
        // "Il rencontre ce jeudi le président": the day may stand between the verb and the person.
        insertedAdverbs: ["également", "ensuite", "aussi", "d'abord", "successivement", "enfin", "longuement", "par ailleurs"]
            + dayInserts
    )
}
