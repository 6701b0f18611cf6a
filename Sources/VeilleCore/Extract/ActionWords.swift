/// The heads that start a measure: French and English action nouns, and the
/// verbs of in-sentence enumerations.
enum ActionWords {
    private static let nouns = WordSet([
        "augmentation", "deploiement", "mise", "integration", "renforcement", "formation", "livraison", "creation",
        "construction", "organisation", "signature", "installation", "ouverture", "reprise", "acquisition", "fourniture",
        "envoi", "extension", "modernisation", "rehabilitation", "securisation", "equipement", "dotation", "intensification",
        "elaboration", "lancement", "tenue", "partage", "echange", "echanges", "appui", "soutien", "recrutement", "patrouilles",
        "patrouille", "exercices", "operations", "mutualisation", "coordination", "relance", "redeploiement", "retour",
        "increase", "deployment", "training", "delivery", "deliveries", "creation", "construction", "organisation",
        "organization", "signing", "installation", "opening", "establishment", "supply", "provision", "expansion",
        "joint", "sharing", "exchange", "exchanges", "support", "recruitment", "patrols", "exercises", "strengthening",
        "setting", "launch", "reinforcement", "modernisation", "modernization", "rehabilitation", "donation", "don",
        "financement", "funding", "renovation", "reconstruction", "surveillance", "evacuation", "evacuations",
    ])
    private static let verbs = WordSet([
        "renforcer", "organiser", "livrer", "deployer", "former", "creer", "construire", "augmenter", "mettre", "integrer",
        "signer", "installer", "ouvrir", "lancer", "intensifier", "accroitre", "developper", "equiper", "fournir", "envoyer",
        "partager", "etendre", "moderniser", "securiser", "soutenir", "appuyer", "recruter", "mutualiser", "coordonner",
        "relancer", "poursuivre", "tenir", "elaborer", "redeployer", "reprendre", "multiplier", "doter", "accelerer",
        "strengthen", "organise", "organize", "deliver", "deploy", "train", "create", "build", "increase", "set", "integrate",
        "sign", "install", "open", "launch", "intensify", "expand", "develop", "equip", "supply", "provide", "send", "share",
        "extend", "modernise", "modernize", "secure", "support", "recruit", "hold", "establish", "boost", "step", "resume",
        "conduct", "carry", "reinforce", "improve", "upgrade", "double", "coordinate", "fund", "finance", "rebuild",
        "reopen", "donate", "renew", "repair", "protect", "study", "examine", "accelerate", "help", "assist", "host",
        "organise", "patrol", "monitor", "restore", "create", "expand", "bolster", "step", "offer", "give", "allocate",
        "reactiver", "rouvrir", "accelerer", "etudier", "examiner", "faire", "financer", "reconstruire", "rehabiliter",
        "offrir", "octroyer", "allouer", "acheminer", "construire", "installer", "former", "renouveler", "proteger",
    ])

    static func isVerb(_ token: Token) -> Bool { verbs.contains(token) }

    /// A French infinitive by its ending; only trusted right after "de", "à".
    static func looksInfinitive(_ folded: String) -> Bool {
        folded.count > 3 && (folded.hasSuffix("er") || folded.hasSuffix("ir") || folded.hasSuffix("re") || folded.hasSuffix("oir"))
    }

    /// A word that can head a measure: an action noun or verb.
    static func isHead(_ token: Token) -> Bool {
        nouns.contains(token) || verbs.contains(token)
    }

    private static let skipped = WordSet(["le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "the", "a", "an", "et", "and", "to"])
    private static let twoWordHeads = WordSet(["set", "step", "carry"])
    private static let mise = WordHasher.key("mise")
    private static let en = WordHasher.key("en")

    /// The measure's head as written, lower-cased: "mise en place", "déploiement", "renforcer".
    static func action(_ tokens: ArraySlice<Token>, _ text: ParsedText) -> String {
        // The head and the (up to two) words after it, skipping punctuation.
        var words: (head: Token?, second: Token?, third: Token?) = (nil, nil, nil)
        for t in tokens where t.kind == .word {
            if words.head == nil {
                if !skipped.contains(t) { words.head = t }
            } else if words.second == nil {
                words.second = t
            } else {
                words.third = t
                break
            }
        }
        guard let head = words.head else { return "" }
        var end = head.end
        if head.key == mise, let second = words.second, let third = words.third, second.key == en {
            end = third.end
        } else if twoWordHeads.contains(head), let second = words.second {
            end = second.end
        }
        return text.string(Span(start: Int(head.start), end: Int(end))).lowercased()
    }
}
