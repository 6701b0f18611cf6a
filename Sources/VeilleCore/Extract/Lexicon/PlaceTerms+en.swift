extension PlaceTerms {
    static let english = PlaceTerms(
        organisationHeads: [
            "alliance", "confederation", "force", "forces", "group", "union", "community", "organisation",
            "organization", "authority",
        ],
        mediaHeads: ["radio", "tv", "journal", "voice"],
        agreementHeads: ["agreement", "agreements", "process", "committee", "declaration", "charter", "pact", "initiative"],
        agreementHeadsAfter: [
            "states", "initiative", "accord", "accords", "agreement", "agreements", "process", "declaration", "charter",
            "pact", "committee",
        ],
        nameLinks: ["of", "the", "for", "on"],
        nameBreaks: ["in", "at", "into", "by", "from"],
        sources: ["according"],
        governmentVerbs: [
            "says", "said", "has", "have", "wants", "will", "accuses", "insists", "announced", "rejects", "rejected",
            "refuses", "refused", "denies", "denied", "remains", "maintains", "demands", "demanded", "condemned",
            "condemns", "warned", "warns",
        ],
        relationNouns: [
            "cooperation", "partnership", "ties", "rift", "dispute", "friendship", "relations", "tension", "tensions",
            "dialogue",
        ],
        relationPrepositions: ["with", "between"],
        hosting: ["hosts", "will host", "hosted", "is hosting", "has hosted", "will be hosting", "is to host"],
        origins: ["arrived from", "coming from", "flew in from"],
        originHeads: ["delegates", "team", "visitors", "officials", "arrived", "travelled", "traveled"],
        capitalWords: ["capital"],
        alternation: ["alternately", "alternating", "rotation"],
        quarterNouns: ["regions", "region", "parts", "part", "areas", "area", "provinces"],
        quarterLinks: ["of", "the"],
        eastArticles: ["the"],
        thisCountry: ["country"],
        locatives: ["in"],
        quarterArticles: ["the"],
        listCueHeads: ["regions", "region", "province", "districts", "provinces"],
        compass: [
            ("nord", ["north", "northern"]), ("sud", ["south", "southern"]), ("est", ["east", "eastern"]),
            ("ouest", ["west", "western"]), ("centre", ["center", "central"]), ("nord-est", ["northeast", "northeastern"]),
            ("nord-ouest", ["northwest", "northwestern"]), ("sud-est", ["southeast", "southeastern"]),
            ("sud-ouest", ["southwest", "southwestern"]),
        ]
    )
}
