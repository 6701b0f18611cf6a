/// French words of planned measures. Spellings may be written folded
/// (no accents): sets fold every word as the tokenizer folds the text.
/// An elided word is written with its apostrophe ("d'"); sets drop it,
/// because the tokenizer makes the apostrophe a token of its own.
extension MeasureWords {
    enum French {
        /// Open a noun-phrase item ("la formation", "de l'envoi").
        static let determiners = ["l'", "le", "la", "les", "un", "une", "des", "du", "d'", "de la", "de l'", "ses", "son", "sa",
                                  "leurs", "leur", "nos", "notre", "vos", "ce", "cet", "cette", "ces", "plusieurs", "trois", "deux"]

        /// An item is a measure only when headed by one of these actions.
        static let headNouns = ["formation", "formations", "entrainement", "entrainements", "transfert", "deploiement",
            "redeploiement", "envoi", "mise en place", "mise en oeuvre", "mise en commun", "installation", "creation",
            "construction", "organisation", "tenue", "signature", "adoption", "definition", "harmonisation", "validation",
            "elaboration", "lancement", "ouverture", "reouverture", "fermeture", "gel", "suspension", "levee",
            "retablissement", "prorogation", "prolongation", "instauration", "interdiction", "acquisition", "achat", "achats",
            "livraison", "livraisons", "fourniture", "dotation", "financement", "appui", "partage", "echange", "securisation",
            "patrouille", "patrouilles", "operations conjointes", "exercices", "exercice", "mutualisation",
            "operationnalisation", "renforcement", "amelioration", "protection", "reorganisation", "mobilisation",
            "requisition", "requisitions", "visites", "reunion", "session", "sommet", "forums", "forum", "alerte", "controle",
            "surveillance", "escorte", "escortes", "evacuation", "recrutement", "modernisation", "reconstruction",
            "rehabilitation", "relance", "retrait", "recours", "couvre-feu", "etat d'urgence", "dispositions",
            "envoi imminent", "ultimatum", "assistance", "augmentation", "integration",
            // Added to the prototype's: gifts, commissioning, speeding up and studies of deliveries.
            "don", "mise en service", "acceleration", "etude",
            // Decisions of governments: ending treaties, sending forces home, activating units.
            "denonciation", "depart", "activation",
            // Money and materiel handed over: "le déblocage de 20 millions", "la remise de blindés".
            "deblocage", "octroi", "remise", "cession", "vente", "subvention", "aide", "equipement", "mise a disposition",
            // Operations and their aftermath: "la traque des terroristes", "le démantèlement des réseaux".
            "offensive", "riposte", "operations", "frappes", "ratissage", "traque", "neutralisation", "demantelement", "enquete",
            "releve", "rotation", "mise sur pied", "mise a niveau",
            // Disarmament, returns and relief: "le cantonnement des groupes armés", "le rapatriement des réfugiés"
            // ("retour" is as often a "retour au calme").
            "desarmement", "demobilisation", "reinsertion", "cantonnement", "recensement", "sensibilisation",
            "rapatriement", "relocalisation", "distribution",
            // Legal acts and restrictions: "la ratification de l'accord", "la reconduction du mandat".
            "ratification", "revision", "renouvellement", "reconduction", "extension", "application", "execution",
            "sanctions", "embargo", "blocus", "restriction", "restrictions",
            // Forces moved and kept, and actions carried on: "le regroupement des unités", "le maintien des troupes".
            "regroupement", "implantation", "affectation", "deminage", "dissolution", "generalisation", "multiplication",
            "intensification", "doublement", "reforme", "refonte", "maintien", "poursuite"]

        /// Itinerary, talk and courtesy: never the head of a measure, even after a trigger.
        static let nonActionVerbs = ["etre", "avoir", "rencontrer", "recevoir", "saluer", "remercier", "feliciter", "discuter",
            "echanger", "parler", "rendre", "visiter", "effectuer", "accorder", "croire", "savoir", "voir", "rassurer",
            "rappeler", "montrer", "marquer", "temoigner", "contribuer", "participer", "jouer", "devenir", "rester", "aller",
            "venir", "partir", "revenir", "retourner", "quitter", "arriver", "compter", "beneficier", "permettre", "constater",
            "evoquer", "aborder", "poursuivre", "faire", "dire", "exprimer", "souligner", "reaffirmer", "assister"]
        /// Harm foreseen is a fear, not a plan ("pourrait perturber les livraisons").
        static let harmVerbs = ["perturber", "entraver", "compromettre", "menacer", "freiner", "retarder", "aggraver", "nuire", "destabiliser",
            "provoquer", "compliquer", "paralyser", "fragiliser"]

        /// Followed by a relation noun, these make a generic statement ("renforcer la coopération").
        static let genericHeads = ["renforcer", "renforcement", "developper", "developpement", "approfondir",
            "approfondissement", "consolider", "consolidation", "dynamiser", "redynamiser", "intensifier", "intensification",
            "elargir", "diversifier", "poursuivre", "promouvoir", "raffermir", "affermir", "ameliorer", "amelioration",
            "accroitre", "accelerer", "faciliter", "augmentation", "elevation", "rehausser", "inscrire", "perenniser",
            // "poser les fondations de notre coopération", "jeter les bases d'un partenariat".
            "poser", "jeter", "batir",
            // "donner un nouvel élan à leur coopération".
            "donner", "redonner", "insuffler", "impulser",
            // "coordonner les échanges": coordinating the relationship itself.
            "coordonner",
            // Head nouns too: "l'extension du réseau" is an action, "l'extension de la coopération" is not.
            "extension", "revision", "elargissement"]
        /// Generic when the relation is their very object ("relancer leur coopération"), not when it only
        /// qualifies it ("relancer la commission mixte de coopération").
        static let revivalHeads = ["relancer", "relance", "raviver", "reprendre"]
        /// Generic on their own ("collaborer pour faire face aux défis").
        static let genericVerbs = ["collaborer", "cooperer", "oeuvrer"]
        /// With a goal noun, a generic pair ("assurer la sécurité des populations").
        static let goalVerbs = ["assurer", "garantir", "preserver", "consolider", "renforcer", "renforcement", "consolidation"]
        static let goalNouns = ["securite", "stabilite", "paix", "bien-etre"]
        /// Conduct asked of a population is no measure ("adopter une attitude responsable", "faire preuve de vigilance").
        static let conductNouns = ["attitude", "comportement", "vigilance", "prudence", "calme", "retenue", "sang-froid",
                                   "civisme", "patience"]
        /// An item headed by one of these, or a generic head and one of these, is about the relationship.
        static let relationNouns = ["cooperation", "relations", "relation", "partenariat", "partenariats", "liens",
            "collaboration", "dialogue", "amitie", "concertation", "cadre", "coordination", "confiance", "engagement",
            "echanges", "partenaires"]
        /// Not looked at when finding the first word of a possibly generic item.
        static let genericSkipWords = ["de", "d'", "la", "le", "les", "l'", "un", "une", "des", "du", "nos", "notre", "leur", "leurs",
                                       "ses", "sa", "son", "davantage", "bilaterale"]
        /// "soutenir le Mali": support of a country, with no action noun, is generic.
        static let supportVerbs = ["soutenir", "appuyer", "accompagner", "aider"]
        /// "continuer à soutenir" is read as "soutenir".
        static let supportLeads = ["continuer", "continuera"]
        static let supportObjects = ["pays", "peuple", "gouvernement", "autorites", "efforts"]

        /// A modifier before the head may not be one of these; not content words either.
        static let functionWords = ["a", "au", "aux", "de", "du", "des", "d'", "en", "dans", "sur", "pour", "par", "avec",
                                    "sans", "travers", "vers", "chez", "entre", "le", "la", "les", "l'", "un", "une"]
        /// Also ignored when comparing two measures' words.
        static let contentStopWords = ["et", "ou", "son", "sa", "ses", "leur", "leurs"]

        /// Between a trigger and its complement ("va également former").
        static let adverbs = ["egalement", "aussi", "notamment", "en outre", "par ailleurs", "d'abord", "desormais", "rapidement",
                              "ensemble", "conjointement"]
        /// Between a planned predicate's auxiliary and participle, besides adverbs in -ment ("sera bientôt opérationnelle").
        static let predicateAdverbs = ["bientot", "desormais", "aussi", "enfin", "alors", "donc"]
        /// Before the first item ("a annoncé lundi à la presse la création …").
        /// "comprend un volet humanitaire : l'ouverture de …": the part named before a colon is skipped.
        static let partNouns = ["volet", "volets", "axe", "axes", "composante", "composantes", "pilier", "piliers",
                                "points", "priorites", "chantiers", "mesures", "actions"]
        static let leadSkipWords = ["notamment", "egalement", "aussi", "en outre", "surtout", "a la presse",
                                    // "notamment par la création de …": the means, named by its noun.
                                    "par", "par ailleurs"]
        /// After a comma and a short subject ("…, le ministre a déclaré"): rare in French, which inverts ("a-t-il déclaré").
        static let attributionVerbs = ["declare", "indique", "precise", "souligne", "explique", "assure", "affirme", "ajoute", "rappele",
                                       "estime"]
        static let days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui"]
        /// "ce lundi", "le mardi".
        static let dayDeterminers = ["ce", "le"]
        /// "prorogeant de trois mois le couvre-feu": a duration before the item is skipped.
        static let durationLinks = ["de", "pour"]
        static let countWords = ["un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "douze",
                                 "quinze", "vingt", "trente", "soixante"]
        static let durationUnits = ["heures", "jours", "semaines", "mois", "ans", "annees"]
        static let months = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                             "novembre", "decembre"]

        /// Attribution, purpose or time at the start of a segment ends the list.
        static let segmentStoppers = ["afin", "a-t-il", "a-t-elle", "ont-ils", "a-t-on", "a declare", "a indique", "a precise",
            "a souligne", "a ajoute", "a annonce", "a affirme", "a fait savoir", "selon", "indique", "precise", "mais",
            "tout en", "avec l'objectif", "sans", "et aura", "et a", "ajoute", "apres", "avant", "depuis", "lors",
            // "ont échangé sur la formation …, et sur la coopération": a second topic after the list is its own.
            "sur", "tandis que", "tandis qu'", "alors que", "alors qu'"]
        /// Cut an item where they start: purpose and attribution.
        static let insideStoppers = ["afin de", "afin d'", "a-t-il", "a-t-elle", "a-t-on", "selon", "sans donner"]
        /// After a comma they still separate items (", et …").
        static let commaConnectors = ["et", "ou", "ainsi que", "puis", "mais aussi"]
        /// Auxiliaries of the perfect that end an item after its comma ("…, et ont retenu"); the singular "a" is
        /// told from the preposition "à" by its spelling, not by a list.
        static let perfectAuxiliaries = ["ont"]
        /// "Parmi les mesures annoncées figure l'interdiction …": the verb between the group and its items.
        static let amongVerbs = ["figure", "figurent", "figurait", "figuraient", "figureront"]
        /// Between blanks they separate items (" et ").
        static let wordConnectors = ["et", "ainsi que", "puis"]
        /// Dropped at the start of an item.
        static let trimLinkers = ["et", "ainsi que", "puis", "de", "d'", "a", "qu'", "que"]
        /// Dropped before reading an item's head ("de renforcer", "à la formation").
        static let headLinkers = ["de", "a"]
        static let ofWords = ["de", "des", "du", "d'", "la", "l'", "le", "les"]
        /// After a comma, attribution ends a clause (", a-t-il", ", selon").
        static let clauseTails = ["a annonce", "a indique", "a declare", "a precise", "a souligne", "a ajoute", "a-t-il",
                                  "a-t-elle", "a-t-on", "selon", "indique", "precise", "et aura", "et a", "mais", "afin",
                                  // "…, tandis que des patrouilles couvriront …": a second clause, read on its own.
                                  "tandis que", "tandis qu'", "alors que", "alors qu'"]
        /// A leading adverbial up to its comma is not part of a clause ("à compter de …, le Mali …").
        static let leadAdverbials = ["a compter", "des", "d'ici", "en periode", "pendant", "durant", "selon", "d'apres", "par ailleurs", "aux termes", "en vertu"]
        /// A planned clause starts after the last of these before its predicate.
        static let complementizers = ["que", "qu'"]
        /// Before a predicate, the clause is the antecedent's ("une commission, qui se réunira …").
        static let relativePronouns = ["qui", "lequel", "laquelle", "lesquels", "lesquelles"]
        /// "la création d'un consulat, d'un poste …": the head is shared.
        static let ellipsisOpeners = ["d'un", "d'une", "d'autres", "de nouveaux", "de nouvelles"]
        static let indefinites = ["d'un", "d'une"]

        /// Before a trigger in the same sentence: the complement tells of something done.
        static let pastMarkers = ["avait", "avaient"] + ["l'an", "l'annee", "le mois", "la semaine"].flatMap { p in
            ["dernier", "derniere", "passe", "passee"].map { "\(p) \($0)" } } + months.map { "\($0) dernier" }
        /// "il y a 3 ans": past when a number follows.
        static let agoMarker = "il y a"
        /// A list introduced by these tells of things done ("Ont été livrés :").
        static let pastIntroMarkers = ["ont ete", "a ete", "avaient ete", "avait ete", "deja"]
        /// Subject nouns that only announce measures ("des mesures fortes sont prévues").
        /// A predicate whose subject is only one of these names no action ("Ce qui est prévu").
        static let pronounSubjects = ["il", "elle", "ce", "ce qui", "cela", "ceci"]
        /// A subject opening with these is negated ("aucune troupe ne sera déployée").
        static let negativeSubjects = ["aucun", "aucune", "nul", "nulle"]
        /// After a verb, the second part of a negation ("ne déploiera pas de troupes").
        static let negationEnds = ["pas", "jamais", "plus", "point"]
        /// "faire examiner", "faire construire": the causative heads its infinitive.
        static let causative = "faire"
        static let summaryNouns = ["mesures", "dispositions", "actions", "initiatives", "decisions"]
        /// Before a colon, they announce the items that follow ("les décisions suivantes ont été prises :").
        static let decisionNouns = summaryNouns + ["recommandations", "resolutions", "engagements", "mesures suivantes",
                                                   "decisions suivantes", "recommandations suivantes"]
        static let summaryDeterminers = ["des", "les", "de nouvelles", "d'autres", "ces"]
    }
}
