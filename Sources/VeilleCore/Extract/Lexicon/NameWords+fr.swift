extension NameWords {
    static let french = NameWords(
        notNames: [
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "ce", "cette", "ces", "il", "elle", "ils", "elles", "on", "en", "au",
            "aux", "dans", "par", "pour", "selon", "lors", "après", "avant", "depuis", "outre", "enfin", "ainsi", "mais", "et", "or",
            "si", "sur", "sous", "vers", "chez", "entre", "contre", "malgré", "face", "grâce", "hautes", "instructions",
            "forces", "force", "armées", "armée", "corps", "ministère", "gouvernement", "état", "république", "transition", "défense",
            "sécurité", "affaires", "étrangères", "union", "nations", "unies", "alliance", "confédération", "fédération", "conseil",
            "assemblée", "agence", "presse", "télévision", "palais", "présidence", "fama", "sahel", "afrique", "ouest", "nord", "sud", "est", "centre",
            "général", "colonel", "venu", "venue", "venus", "arrivé", "arrivée", "arrivés", "accompagné", "accompagnée",
            "accueilli", "accueillie", "reçu", "reçue",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai",
            "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        ],
        calendar: [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai",
            "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        ]
    )
}
