/// French action verbs of measures, written once as infinitives: their
/// futures ("renforcera"), the conditionals of reported speech
/// ("renforceraient") and their participles ("seront renforcés") are derived,
/// so adding a verb here teaches every rule that reads those forms.
extension MeasureWords.French {
    /// Verbs whose future or passive tells of a planned action in this genre.
    /// Itinerary and talk ("se rendre", "rencontrer") stay out: "se rendra à
    /// Niamey" is a trip, not a measure; so do verbs whose future is as often
    /// of something else ("tiendra compte", "entraînera des pertes").
    static let actionVerbs = [
        // Forces and their movements.
        "deployer", "redeployer", "envoyer", "depecher", "poster", "positionner", "stationner", "affecter", "retirer",
        "rapatrier", "transferer", "mobiliser", "recruter", "former", "equiper", "doter", "armer",
        // Operations and protection.
        "mener", "conduire", "patrouiller", "escorter", "surveiller", "controler", "securiser",
        "proteger", "evacuer", "traquer", "neutraliser", "demanteler", "deminer", "intensifier", "renforcer",
        // Bodies, places and works.
        "creer", "etablir", "instituer", "installer", "implanter", "lancer",
        "construire", "reconstruire", "rehabiliter", "ouvrir", "rouvrir", "fermer", "moderniser", "etendre", "elargir",
        "mettre",
        // Meetings and acts.
        "organiser", "presider", "signer", "ratifier", "adopter", "valider", "appliquer", "proroger",
        "prolonger", "reconduire", "renouveler", "instaurer", "reinstaurer", "decreter", "interdire",
        "suspendre", "lever", "retablir",
        // Money, materiel and relief.
        "financer", "alimenter", "debloquer", "allouer", "octroyer", "livrer", "fournir", "remettre", "ceder", "acquerir", "acheminer",
        "distribuer", "dispenser", "assurer", "appuyer", "beneficier", "reinstaller", "relocaliser", "recenser", "sensibiliser",
        "desarmer", "demobiliser", "reinserer",
        // A host's part in a meeting: "le Niger accueillera le sommet".
        "accueillir", "recevoir",
    ]

    /// Futures and participles the regular endings misspell, by infinitive;
    /// a nil participle means the passive is no measure ("sera reçu" is an
    /// itinerary).
    static let irregularVerbs: [String: (future: String, participle: String?)] = [
        "conduire": ("conduira", "conduit"), "reconduire": ("reconduira", "reconduit"),
        "construire": ("construira", "construit"), "reconstruire": ("reconstruira", "reconstruit"),
        "mettre": ("mettra", "mis"), "remettre": ("remettra", "remis"),
        "ouvrir": ("ouvrira", "ouvert"), "rouvrir": ("rouvrira", "rouvert"), 
        "acquerir": ("acquerra", "acquis"), "etendre": ("etendra", "etendu"),
        "suspendre": ("suspendra", "suspendu"), "interdire": ("interdira", "interdit"), "recevoir": ("recevra", nil),
        "accueillir": ("accueillera", nil), "envoyer": ("enverra", "envoye"), "renouveler": ("renouvellera", "renouvele"),
        "beneficier": ("beneficiera", nil), "appuyer": ("appuiera", nil), "assurer": ("assurera", nil), "presider": ("presidera", nil),
    ]

    /// "renforcer" -> "renforcera"; "déployer" -> "déploiera"; the first word
    /// carries the ending ("mettra en place").
    static func future(of verb: String) -> String {
        let (head, rest) = splitFirstWord(verb)
        if let irregular = irregularVerbs[head] { return irregular.future + rest }
        if head.hasSuffix("oyer") || head.hasSuffix("uyer") { return String(head.dropLast(3)) + "iera" + rest }
        if head.hasSuffix("re") { return String(head.dropLast()) + "a" + rest }
        return head + "a" + rest
    }

    /// "renforcer" -> "renforce", "fournir" -> "fourni"; nil when the passive is no measure.
    static func participle(of verb: String) -> String? {
        let (head, rest) = splitFirstWord(verb)
        if let irregular = irregularVerbs[head] { return irregular.participle.map { $0 + rest } }
        guard head.hasSuffix("er") || head.hasSuffix("ir") else { return nil }
        return String(head.dropLast()) + rest
    }

    private static func splitFirstWord(_ verb: String) -> (String, String) {
        guard let space = verb.firstIndex(of: " ") else { return (verb, "") }
        return (String(verb[..<space]), String(verb[space...]))
    }
}
