extension TitleWords {
    static let french = TitleWords(
        // Not "cheikh", "prince" or "émir": given names in the region (Cheikh Wade, Prince Johnson).
        functions: [
            "ministre", "ministres", "vice-ministre", "vice-ministres", "ministre délégué", "ministre déléguée", "premier ministre",
            "président", "présidente", "présidents", "vice-président", "vice-premier ministre", "vice premier ministre",
            "secrétaire", "secrétaire d'état", "secrétaire général", "secrétaire générale", "secrétaire exécutif",
            "secrétaire exécutive", "secrétaire permanent", "ambassadeur", "ambassadrice", "ambassadeurs",
            "chef", "chefs", "cheffe", "chef d'état-major", "chef d'état major", "directeur", "directrice", "commandant",
            "conseiller", "conseillère",
            "chargé d'affaires", "gouverneur", "haut-commissaire", "haut représentant", "représentant", "représentante",
            "représentant spécial", "représentante spéciale", "envoyé", "envoyée",
            "porte-parole", "homologue", "homologues", "préfet", "préfète", "sous-préfet", "maire", "député", "sénateur", "inspecteur",
            "responsable", "haut responsable", "hauts responsables", "expert", "diplomate", "émissaire", "émissaire spécial",
            "attaché", "attaché de défense", "coordonnateur", "commissaire", "délégué", "déléguée", "délégué général",
            "coordinateur", "coordinatrice", "médiateur", "facilitateur", "consul", "consul général", "officier", "procureur",
            "gouverneure", "ministre-conseiller", "patron", "roi", "première dame", "chef de l'état", "homme fort",
        ],
        postings: [
            "ambassadeur", "ambassadrice", "représentant", "représentante", "envoyé", "envoyée", "attaché", "chargé d'affaires",
            "conseiller", "coordonnateur", "chef de mission",
        ],
        internationalBodies: [
            "oim", "pnud", "unicef", "hcr", "cicr", "fmi", "banque mondiale", "organisation internationale pour les migrations",
            "nations unies", "onu", "minusma", "cedeao", "union africaine", "union européenne", "ue", "otan", "g5 sahel",
            "uemoa", "cen-sad", "conseil de sécurité", "misahel", "eucap", "eutm",
        ],
        ranks: [
            "général", "générale", "général de division", "général de brigade", "général de corps d'armée", "général de corps d'armées",
            "général d'armée", "général d'armées", "colonel général", "colonel-général", "général de brigade aérienne", "général-major",
            "lieutenant-général", "lieutenant général", "colonel", "colonel-major", "lieutenant-colonel", "commandant", "capitaine",
            "lieutenant", "amiral", "contre-amiral", "vice-amiral", "maréchal", "médecin-colonel", "cdt", "gal",
            "général de division aérienne", "capitaine de vaisseau", "capitaine de frégate", "capitaine de corvette", "chef de bataillon",
            "chef d'escadron", "chef d'escadrons", "lieutenant de vaisseau", "médecin-général", "adjudant", "adjudant-chef", "sergent",
            "commissaire divisionnaire", "contrôleur général", "inspecteur général", "contrôleur général de police",
            "inspecteur général de police", "commissaire de police", "commissaire principal de police",
        ],
        honorifics: ["m", "mme", "mlle", "dr", "pr", "me", "madame", "monsieur", "excellence", "professeur", "sem"],
        dottedHonorifics: ["S.E.M.", "S.E.Mme", "S.E.", "S.Exc."],
        interimMarks: ["a.i.", "p.i.", "par intérim"],
        localOffices: ["gouverneur", "gouverneure", "préfet", "préfète", "sous-préfet", "maire", "délégué", "déléguée", "haut-commissaire"],
        bodyAcronyms: ["ua"],
        plainWords: ["aide", "aides"]
    )
}
