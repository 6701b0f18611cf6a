extension TitleWords {
    static let english = TitleWords(
        // Not "sheikh", "prince" or "emir": given names in the region (Cheikh Wade, Prince Johnson).
        functions: [
            "minister", "ministers", "deputy minister", "deputy ministers", "vice minister", "prime minister", "president",
            "vice president", "secretary", "state secretary", "undersecretary", "under-secretary", "under secretary",
            "ambassador", "chief", "head", "director", "commander", "envoy", "special envoy", "counterpart", "counterparts", "spokesman",
            "spokeswoman", "spokesperson", "governor", "defence chief", "defense chief", "defence chiefs", "defense chiefs", "army chiefs", "chiefs", "chief of staff", "foreign minister",
            "defence minister", "defense minister", "foreign ministers", "defence ministers", "defense ministers", "vice foreign minister", "deputy foreign minister", "deputy defence minister",
            "deputy defense minister", "interior minister", "security minister", "army chief", "chief of army staff",
            "chief of defence staff", "chief of defense staff", "deputy", "representative", "attaché", "chargé d'affaires",
            "defence attaché", "defense attaché", "military attaché",
            "official", "senior official", "assistant secretary", "deputy secretary", "assistant minister",
            "special adviser", "senior adviser", "national security adviser", "officer", "expert", "aide", "diplomat", "mayor",
            "prefect", "chairman",
            "commissioner", "adviser", "advisor", "executive secretary", "permanent secretary", "secretary general", "secretary-general",
            "executive director", "high representative", "high commissioner", "special representative",
            "coordinator", "mediator", "facilitator", "consul", "consul general", "counsellor", "minister-counsellor", "senator",
            "lawmaker", "speaker", "chairperson", "director general", "director-general", "managing director", "chief executive",
            "head of state", "leader", "junta leader", "military leader", "king", "crown prince", "first lady", "inspector general",
            // How wire copy names the head of a military government.
            "ruler", "military ruler", "junta chief", "strongman",
        ],
        postings: ["ambassador", "representative", "envoy", "adviser", "advisor", "attaché", "chargé d'affaires", "head of mission"],
        internationalBodies: [
            "iom", "undp", "unicef", "unhcr", "icrc", "imf", "world bank",
            // No two-letter acronyms: "au", "un" and "eu" are French words.
            "united nations", "minusma", "ecowas", "african union", "european union", "nato", "g5 sahel",
            "security council", "arab league",
        ],
        ranks: [
            "general", "lieutenant general", "lieutenant-general", "major general", "major-general", "brigadier general",
            "brigadier-general", "colonel", "lieutenant colonel", "lieutenant-colonel", "admiral", "rear admiral", "vice admiral",
            "senior colonel", "colonel major", "captain", "major", "field marshal", "marshal", "air marshal",
            "col", "gen", "lt", "maj", "brig", "capt", "lt col", "lt gen", "maj gen", "brig gen", "army general",
            "air vice marshal", "lieutenant",
            "air commodore", "air chief marshal", "vice marshal", "brigadier", "commodore", "rear-admiral", "vice-admiral",
            "group captain", "wing commander", "squadron leader", "flight lieutenant", "lieutenant commander", "sergeant",
            "warrant officer",
        ],
        honorifics: ["mr", "mrs", "ms", "dr", "sir", "excellency", "professor", "hon", "honourable", "honorable", "amb"],
        dottedHonorifics: ["H.E."],
        interimMarks: ["a.i.", "ad interim"],
        localOffices: ["governor", "mayor", "prefect"],
        bodyAcronyms: ["un", "au", "eu"],
        plainWords: []
    )
}
