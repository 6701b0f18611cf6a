extension GrammarWords {
    static let english = GrammarWords(
        determiners: ["the", "a", "an", "his", "her", "its", "their", "our"],
        circumstanceAdjectives: ["visiting"],
        indefinites: ["a", "an", "new", "another", "second"],
        roleLinks: ["of", "the", "for", "and", "in", "to", "under", "from"],
        institutionOpeners: ["the"],
        portfolioLinks: [],
        roleContinuations: ["in"],
        roleStops: [
            "who", "was", "were", "is", "are", "has", "had", "have", "will", "which", "with", "by", "on", "during", "where",
            "while", "that", "since", "before", "after", "including",
        ],
        conjunctions: ["and", "or"],
        sequels: ["then", "later"],
        agents: ["by", "with"],
        passiveAgents: ["by"],
        partners: ["with"],
        recipients: ["to"],
        destinationPrepositions: ["in", "to", "at"],
        postingPrepositions: ["in", "to"],
        officePronouns: ["that", "those"],
        ownerPossessives: ["his", "her"],
        linkingOf: ["of"],
        possessives: ["s"],
        relatives: ["who"],
        clauseOpeners: ["where"],
        listIntros: ["including", "notably", "namely", "among them", "such as"],
        asideOpeners: ["besides", "apart from", "in addition to", "aside from"],
        listContinuations: ["as well as"]
    )
}
