extension PlaceTerms {
    static let french = PlaceTerms(
        organisationHeads: [
            "alliance", "confédération", "force", "forces", "groupe", "union", "communauté", "organisation", "autorité",
            "fuseau",
        ],
        mediaHeads: ["télé", "radio", "journal", "voix"],
        agreementHeads: ["accord", "accords", "processus", "comité", "initiative", "déclaration", "charte", "pacte"],
        agreementHeadsAfter: [],
        nameLinks: ["de", "du", "des", "d", "la", "le", "les", "l", "sur", "pour"],
        nameBreaks: ["à", "au", "aux", "en", "dans", "vers", "par", "depuis"],
        sources: ["selon"],
        governmentVerbs: [
            "a", "ont", "entend", "entendent", "souhaite", "souhaitent", "veut", "veulent", "s", "se", "accuse",
            "dénonce", "estime", "affirme", "annonce", "exige", "reste", "demeure", "refuse", "rejette", "juge",
            "considère", "condamne", "salue", "appelle", "demande", "réclame", "maintient", "insiste", "répond",
            "menace", "n", "ne", "doit", "compte", "mise",
        ],
        relationNouns: [
            "coopération", "relations", "relation", "rapports", "partenariat", "tension", "tensions", "dialogue",
            "différend", "brouille", "crise", "rupture", "rapprochement", "axe", "amitié",
        ],
        relationPrepositions: ["avec", "entre"],
        hosting: [
            "abrite", "abritera", "abritait", "a abrité", "va abriter", "accueille", "accueillera", "accueillait",
            "a accueilli", "va accueillir",
        ],
        origins: [
            "en provenance de", "en provenance d'", "venu de", "venue de", "venus de", "venues de", "venant de",
            "arrivé de", "arrivée de", "arrivés de",
        ],
        originHeads: ["délégués"],
        capitalWords: ["capitale"],
        alternation: ["alternance"],
        quarterNouns: ["régions", "région", "partie", "parties", "zones"],
        quarterLinks: ["de", "du", "des", "d", "la", "l"],
        eastArticles: ["le", "au", "du", "à", "dans", "vers", "nord", "sud"],
        thisCountry: ["pays"],
        locatives: ["dans", "au", "à"],
        quarterArticles: ["le", "la"],
        listCueHeads: ["régions", "provinces", "wilayas", "cercles", "communes", "districts", "région", "province"],
        compass: [
            ("nord", ["nord"]), ("sud", ["sud"]), ("est", ["est"]), ("ouest", ["ouest"]), ("centre", ["centre"]),
        ]
    )
}
