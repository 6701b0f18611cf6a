extension GrammarWords {
    static let french = GrammarWords(
        determiners: ["le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "son", "sa", "ses", "leur", "leurs", "notre", "cet", "cette"],
        circumstanceAdjectives: ["nouvel"],
        indefinites: ["une", "un", "nouvelle", "autre", "seconde", "deuxième"],
        roleLinks: ["de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "aux", "au", "chargé", "chargée", "à"],
        institutionOpeners: [],
        portfolioLinks: ["de", "du", "des", "d"],
        roleContinuations: ["chargé", "chargée", "chargés"],
        roleStops: [
            "qui", "a", "ont", "est", "sont", "s", "se", "était", "étaient", "avait", "sera", "lors", "avec", "par", "dans",
            "sur", "où", "afin", "avant", "après", "dont", "notamment",
        ],
        conjunctions: ["et", "ou"],
        sequels: ["puis", "ensuite"],
        agents: ["par", "avec"],
        passiveAgents: ["par"],
        partners: ["avec"],
        recipients: ["à", "au", "aux"],
        destinationPrepositions: ["à", "au", "aux", "en", "vers", "pour"],
        postingPrepositions: ["au", "aux", "en", "à", "auprès"],
        officePronouns: ["celui", "celle", "ceux", "celles"],
        ownerPossessives: ["son", "sa"],
        linkingOf: ["de", "d"],
        possessives: [],
        relatives: ["qui"],
        clauseOpeners: ["où"],
        listIntros: ["notamment", "dont", "à savoir", "en l'occurrence", "parmi lesquels"],
        asideOpeners: ["outre", "en plus de", "en plus du", "hormis", "en dehors de", "en dehors du"],
        listContinuations: ["ainsi que", "de même que"]
    )
}
