/// The words that announce planned measures, by rule family. Each trigger
/// says what must follow its head words and how its complement is cut into
/// items; the predicates and futures are clauses that are measures whole.
enum MeasureWords {}

/// How the complement after a trigger is cut into items.
enum MeasureItemMode: Sendable {
    /// Infinitive or base-verb items ("de renforcer …", "to train …").
    case verb
    /// Noun phrases headed by an action noun.
    case nounPhrase
    /// Any noun phrase with a determiner ("il y aura une réunion").
    case anyNounPhrase
    /// The whole clause from the trigger ("interdit toute circulation …").
    case clause
}

/// What must follow a trigger's head words; its complement starts after it.
enum MeasureTriggerTail: Sendable {
    /// Nothing more.
    case none
    /// One of these words.
    case word([String])
    /// A word in -er/-ir/-re, not consumed ("va former").
    case infinitive
    /// Any word but a number ("will train").
    case letterWord
    /// "to", not followed by a determiner ("agreed to train", not "agreed to the plan").
    case toVerb
    /// Anything but de/d'/que/qu' ("prévoit la création", not "prévoit de").
    case notDeOrQue
    /// "parmi les <one or two words>", then an optional colon.
    case amongWords
    /// One of these words must follow, and the clause starts at the head ("interdit toute …").
    case lookahead([String])
    /// A colon, at once or after a short complement ("Au menu des échanges entre les deux parties :").
    case upToColon
    /// A colon after a short complement, which must be there ("plusieurs mesures ont été arrêtées : …").
    case colon
    /// A short object of words, then one of these words ("a invité les partenaires à", "urged Member States to");
    /// an English "to" must not open a noun phrase.
    case objectThen([String])
}

struct MeasureTrigger: Sendable {
    let name: String
    let english: Bool
    let heads: [String]
    let tail: MeasureTriggerTail
    let mode: MeasureItemMode
    /// Adverbs may stand between the head and its tail ("s'engage également à").
    var adverbs = false
    /// "on Monday", "last week" may stand before "to".
    var timeWords = false
    /// "l'annonce" is a noun, not the verb.
    var notAfterElidedL = false
    /// "engagement de <word> à".
    var ofWord = false
    /// Done, not planned, when a year is written before or in the item ("ont mis en place, dès 1970, …",
    /// "announced its intention to send troops in 2023"): only a creation or an intention of the day is news.
    var undated = false
}

extension MeasureWords {
    /// French commitment verbs and noun-phrase introducers.
    static let frenchTriggers: [MeasureTrigger] = [
        // Commitments: the items are what was agreed, decided or is intended.
        .init(name: "fr_convenu", english: false, heads: ["convenu", "convenus", "convenues", "conviennent", "convient",
              // "ont convenu de la nécessité de créer …".
              "convenu de la necessite", "conviennent de la necessite"],
              tail: .word(["de", "d'"]), mode: .verb),
        .init(name: "fr_engage", english: false, heads: ["s'engage", "s'engagent", "se sont engages", "s'est engage",
              "s'est engagee", "engagement", "nous engageons",
              // "s'est également engagé à": the adverb splits the prototype's "s'est engagé".
              "engage", "engagee", "engages", "engagees"], tail: .word(["a"]), mode: .verb, adverbs: true, ofWord: true),
        .init(name: "fr_decide", english: false, heads: ["decide", "decidee", "decides", "decidees", "decident"],
              tail: .word(["de", "d'", "du", "des"]), mode: .verb, adverbs: true),
        // "a pris la décision de fermer la frontière", "la décision a été prise de suspendre les vols".
        .init(name: "fr_decision", english: false, heads: ["pris la decision", "prendre la decision", "la decision est prise"]
              + ["", "egalement ", "aussi "].map { "la decision a \($0)ete prise" }, tail: .word(["de", "d'"]), mode: .verb, adverbs: true),
        // "a décidé le renforcement du dispositif": the decision named by its noun.
        .init(name: "fr_decide_nom", english: false, heads: ["decide", "decidee", "decides", "decidees", "decident"],
              tail: .notDeOrQue, mode: .nounPhrase, adverbs: true),
        .init(name: "fr_envisage", english: false, heads: ["envisage", "envisagent", "projette", "projettent", "prevoit",
              "prevoient", "s'apprete", "s'appretent",
              // Officials quoted in the first person: "nous envisageons de …".
              "envisageons", "projetons", "prevoyons", "nous appretons"], tail: .word(["de", "d'", "a"]), mode: .verb,
              adverbs: true),
        // Intention and modal future: "entend former", "va déployer".
        .init(name: "fr_entend", english: false, heads: ["entend", "entendent", "souhaite", "souhaitent", "veut", "veulent", "compte",
              "entendons", "souhaitons", "voulons", "comptons",
              "comptent",
              // Reported speech: "a indiqué que son pays souhaitait relancer …".
              "souhaitait", "souhaitaient", "entendait", "entendaient", "comptait", "comptaient"],
              tail: .infinitive, mode: .verb, adverbs: true),
        // "a annoncé que l'armée allait recruter": the near future of reported speech.
        .init(name: "fr_modal", english: false, heads: ["va", "vont", "allons", "vais", "pourra", "pourront", "devra", "devront",
              "allait", "allaient"],
              tail: .infinitive, mode: .verb, adverbs: true),
        // "s'est dit prête à fournir des drones": an offer, as firm as a pledge when an action verb follows.
        .init(name: "fr_pret", english: false, heads: ["pret", "prete", "prets", "pretes", "dispose", "disposee", "disposes",
              "disposees"], tail: .word(["a"]), mode: .verb, adverbs: true),
        // "cet accord permettra la formation des pilotes", "… permettra de sécuriser la frontière": what an act will bring.
        .init(name: "fr_permettra", english: false, heads: willBring, tail: .notDeOrQue, mode: .nounPhrase,
              adverbs: true),
        .init(name: "fr_permettra_de", english: false, heads: willBring, tail: .word(["de", "d'"]), mode: .verb,
              adverbs: true),
        // "l'accord comprend aussi la fourniture de pièces": the parts of a programme, named by their action nouns.
        .init(name: "fr_comprend", english: false, heads: ["comprend", "comprennent", "comprendra", "comprendront", "inclut",
              "incluent", "inclura", "incluront", "comporte", "comportent", "comportera", "comporteront"], tail: .none, mode: .nounPhrase, adverbs: true),
        // "L'objectif est de valider les documents …": the aim of a meeting, item by item.
        .init(name: "fr_objectif", english: false, heads: ["l'objectif est", "l'objectif sera", "l'objectif etait",
              "l'objectif de la rencontre est", "le but est", "le but etait", "l'ambition est"], tail: .word(["de", "d'"]),
              mode: .verb),
        // "ont mis en place une force commune": a body created is news of what it will do.
        .init(name: "fr_mis_en_place", english: false, heads: ["ont mis en place", "a mis en place", "ont cree", "a cree",
              "ont institue", "a institue"], tail: .none, mode: .anyNounPhrase, adverbs: true, undated: true),
        // "n'écartent pas le recours à la force": an option kept open is one envisaged.
        .init(name: "fr_exclut_pas", english: false, heads: ["n'exclut pas", "n'excluent pas", "n'ecarte pas", "n'ecartent pas",
              "n'a pas exclu", "n'ont pas exclu", "n'a pas ecarte", "n'ont pas ecarte"], tail: .notDeOrQue, mode: .nounPhrase),
        // "un accord qui donne le coup d'envoi de patrouilles mixtes": what an act starts.
        .init(name: "fr_coup_d_envoi", english: false, heads: ["donne le coup d'envoi", "donnent le coup d'envoi",
              "a donne le coup d'envoi", "ont donne le coup d'envoi", "ouvre la voie", "ouvrent la voie", "ouvrira la voie"],
              tail: .none, mode: .nounPhrase),
        // "il est prévu de renforcer …": what is planned, item by item (not the prototype's whole clause).
        .init(name: "fr_prevu", english: false, heads: ["prevu", "prevue", "prevus", "prevues"], tail: .word(["de", "d'"]),
              mode: .verb),
        // "Sont également prévus la relève des unités et …": the inverted predicate heads a list.
        .init(name: "fr_sont_prevus", english: false, heads: ["est", "sont"].flatMap { aux in
            ["", "egalement ", "aussi ", "notamment ", "en outre "].flatMap { adverb in
                ["prevu", "prevue", "prevus", "prevues", "envisage", "envisagee", "envisages", "envisagees"].map { "\(aux) \(adverb)\($0)" } } },
              tail: .notDeOrQue, mode: .nounPhrase),
        .init(name: "fr_visant", english: false, heads: ["visant"], tail: .word(["a"]), mode: .verb, adverbs: true),
        // Agreements and programmes that list their content.
        .init(name: "fr_prevoit", english: false, heads: ["prevoit", "prevoient", "prevoyant", "prevoira"],
              tail: .notDeOrQue, mode: .nounPhrase),
        // "envisagent la mise en place d'un mécanisme": what is envisaged, named by its noun.
        .init(name: "fr_envisage_nom", english: false, heads: ["envisage", "envisagent", "projette", "projettent"],
              tail: .notDeOrQue, mode: .nounPhrase),
        // "un projet de décret portant création d'une zone militaire": an act's content, named by its bare noun.
        // A law cited by its title ("la loi portant organisation de la défense") is no news: only a bill or a new act.
        .init(name: "fr_portant", english: false, heads: (["projet de loi", "projet de decret", "projet d'ordonnance",
              "projets de loi", "projets de decret", "un decret", "une ordonnance", "un arrete", "une loi"]).map { "\($0) portant" },
              tail: .none, mode: .nounPhrase),
        .init(name: "fr_porte_sur", english: false, heads: ["porte", "portant", "portera", "porteront"],
              tail: .word(["sur"]), mode: .nounPhrase, adverbs: true),
        .init(name: "fr_parmi", english: false, heads: ["parmi lesquels", "parmi lesquelles", "parmi les"],
              tail: .amongWords, mode: .nounPhrase),
        .init(name: "fr_annonce", english: false, heads: ["annonce", "annoncent", "annoncant", "d'annoncer"],
              tail: .none, mode: .nounPhrase, notAfterElidedL: true),
        .init(name: "fr_incluant", english: false, heads: ["incluant", "comprenant", "couvrant", "y compris", "notamment",
              "avec en perspective"],
              // "précise notamment que …" opens a clause, not a list.
              tail: .notDeOrQue, mode: .nounPhrase),
        // Talks that name specific actions.
        .init(name: "fr_discute", english: false, heads: ["discute", "discutent", "discuter"],
              tail: .word(["de", "d'", "des", "du"]), mode: .nounPhrase),
        // "ont évoqué l'envoi d'instructeurs": the actions the talks were about, named by their nouns ("ont évoqué la
        // situation" names none; "ont passé en revue les opérations menées" looks back).
        .init(name: "fr_evoque", english: false, heads: ["a", "ont", "avons"].flatMap { aux in
            ["evoque", "aborde", "examine"].map { "\(aux) \($0)" } }, tail: .notDeOrQue, mode: .nounPhrase,
              adverbs: true),
        // "ont échangé sur la formation des cadets": the same, with the verb of exchanges.
        .init(name: "fr_echange_sur", english: false, heads: ["echange", "echangent", "echanger", "echangeront"],
              tail: .word(["sur"]), mode: .nounPhrase),
        // "l'accord couvre la formation des pilotes": an agreement's content, not the topics of talks.
        .init(name: "fr_accord_couvre", english: false, heads: ["accord", "protocole", "memorandum", "traite", "feuille de route"]
              .flatMap { noun in ["couvre", "couvre egalement", "couvrira", "porte sur", "porte egalement sur", "portera sur"].map { "\(noun) \($0)" } },
              tail: .none, mode: .nounPhrase),
        // "il est question de créer une force": what is being considered.
        .init(name: "fr_question", english: false, heads: ["il est question"], tail: .word(["de", "d'"]), mode: .verb),
        // "il a été question de la formation des forces spéciales": the action talked of, named by its noun.
        .init(name: "fr_question_nom", english: false, heads: ["il a ete question", "il est question", "il sera question"],
              tail: .word(["de", "d'", "du", "des"]), mode: .nounPhrase),
        // "a promis d'équiper deux bataillons": a pledge.
        .init(name: "fr_promet", english: false, heads: ["promis", "promet", "promettent"], tail: .word(["de", "d'"]), mode: .verb,
              adverbs: true),
        // "a examiné la possibilité d'organiser des exercices": an action considered.
        .init(name: "fr_possibilite", english: false, heads: ["examine la possibilite", "evoque la possibilite",
              "etudie la possibilite", "explore la possibilite", "examiner la possibilite"], tail: .word(["de", "d'"]), mode: .verb),
        // "il sera procédé à la réhabilitation des postes", "l'accent a été mis sur la formation": the action set in train
        // or stressed, named by its noun.
        .init(name: "fr_procede", english: false, heads: ["il sera procede", "il va etre procede", "l'accent a ete mis",
              "l'accent sera mis", "l'accent est mis"], tail: .word(["a", "au", "aux", "sur"]), mode: .nounPhrase),
        // "ont retenu l'organisation d'une patrouille", "a sollicité l'appui de …", "se traduira par l'envoi d'experts":
        // what was adopted, requested or will follow.
        .init(name: "fr_retenu", english: false, heads: ["ont retenu", "a retenu", "sollicite", "sollicitent", "a sollicite",
              "ont sollicite", "se traduira par", "se traduiront par"], tail: .notDeOrQue, mode: .nounPhrase),
        // "a décrété un couvre-feu …": a curfew or a state of emergency decreed is in force.
        .init(name: "fr_decrete", english: false, heads: ["a decrete", "ont decrete", "decrete", "decretent", "a instaure",
              "ont instaure", "instaure", "a impose", "ont impose"], tail: .none, mode: .nounPhrase),
        // "réfléchissent à la création d'une commission": an action being worked on.
        .init(name: "fr_reflechit", english: false, heads: ["reflechit", "reflechissent", "travaille", "travaillent", "reflechissons",
              "travaillons"],
              tail: .word(["a"]), mode: .nounPhrase, adverbs: true),
        // "se sont accordées pour organiser une réunion": what the sides agreed to do.
        .init(name: "fr_accordes_pour", english: false, heads: ["accordés pour", "accordées pour", "accordé pour", "entendus pour",
              "entendues pour"], tail: .infinitive, mode: .verb),
        // "se sont accordés sur la création d'un centre": what the sides agreed on.
        .init(name: "fr_accordes_sur", english: false, heads: ["accordés sur", "accordées sur", "accordé sur", "entendus sur",
              "entendues sur"], tail: .none, mode: .nounPhrase),
        // Decisions name the action decided: "a ordonné la fermeture de l'espace aérien", "ont exigé le retrait des forces".
        .init(name: "fr_ordonne", english: false, heads: ["ordonne", "ordonnent", "approuve", "approuvent", "autorise",
              "autorisent", "exige", "exigent", "valide", "validee", "validees", "adopte", "adoptee", "enterine", "acte",
              "reclame", "reclament"], tail: .notDeOrQue, mode: .nounPhrase, adverbs: true),
        // Calls on others name what they are to do: "invite les partenaires à fournir des drones", "appelle à une
        // mobilisation générale".
        .init(name: "fr_appelle", english: false, heads: callHeads, tail: .objectThen(["a"]), mode: .verb, adverbs: true,
              notAfterElidedL: true),
        .init(name: "fr_appelle_nom", english: false, heads: callHeads, tail: .objectThen(["a", "au", "aux"]),
              mode: .nounPhrase, notAfterElidedL: true),
        // Proposals and recommendations name the action proposed: "ont recommandé le renforcement des contrôles".
        .init(name: "fr_recommande", english: false, heads: ["recommande", "recommandent", "recommandé", "propose", "proposent",
              "proposé", "plaide pour", "plaident pour", "plaidé pour"], tail: .notDeOrQue, mode: .nounPhrase),
        .init(name: "fr_consacre", english: false, heads: ["consacre", "consacree", "consacres", "consacrees"],
              tail: .word(["a"]), mode: .nounPhrase),
        .init(name: "fr_sagit", english: false, heads: ["il s'agit entre autres", "il s'agit notamment", "il s'agit",
              "il s'agira", "il s'agira notamment", "il s'agira egalement", "il s'agira aussi"],
              tail: .word(["de", "d'"]), mode: .nounPhrase),
        // "il s'agira de recenser les déplacés": the same heads before an infinitive.
        .init(name: "fr_sagit_verbe", english: false, heads: ["il s'agit", "il s'agit notamment", "il s'agira", "il s'agira notamment",
              "il s'agira egalement", "il s'agira aussi"], tail: .word(["de", "d'"]), mode: .verb),
        // "Au menu des discussions : l'installation d'un centre …": the items of the talks.
        .init(name: "fr_au_menu", english: false, heads: ["au menu des discussions", "au menu des echanges", "au menu des entretiens",
              "au menu des travaux"], tail: .upToColon, mode: .nounPhrase),
        // "Plusieurs mesures ont été arrêtées : l'intensification des patrouilles ; la création …": a summary noun
        // and a colon inside a sentence introduce the items as a line ending with ":" does.
        .init(name: "fr_mesures_colon", english: false, heads: French.decisionNouns, tail: .colon, mode: .nounPhrase),
        .init(name: "fr_il_y_aura", english: false, heads: ["il y aura"], tail: .none, mode: .anyNounPhrase),
        // "a donné des instructions pour des dispositions sécuritaires": what is ordered.
        .init(name: "fr_instructions", english: false, heads: ["instructions", "consignes", "directives"], tail: .word(["pour"]),
              mode: .anyNounPhrase),
        // "un arrêté prorogeant le couvre-feu", "un décret instaurant l'état d'urgence": the act's content.
        .init(name: "fr_instaurant", english: false, heads: ["instaurant", "prorogeant", "prolongeant", "decretant",
              "retablissant"], tail: .none, mode: .nounPhrase, adverbs: true),
        // "un arrêté interdisant la circulation des motos": whatever is banned is the measure, action noun or not.
        .init(name: "fr_interdisant", english: false, heads: ["interdisant", "suspendant"], tail: .none, mode: .anyNounPhrase,
              adverbs: true),
        // "a annoncé son intention d'organiser un sommet": an intention stated.
        .init(name: "fr_intention", english: false, heads: ["son intention", "leur intention", "l'intention", "notre intention"],
              tail: .word(["de", "d'"]), mode: .verb, undated: true),
        // "L'armée a lancé le recrutement de 3 000 soldats": an action under way.
        .init(name: "fr_lance", english: false, heads: ["a lance", "ont lance", "a entame", "ont entame", "a demarre", "ont demarre"],
              tail: .notDeOrQue, mode: .nounPhrase, adverbs: true),
        // "L'armée poursuit les opérations de sécurisation": an action that goes on is an ongoing commitment;
        // "poursuit ses efforts" names no action and stays out.
        .init(name: "fr_poursuit", english: false, heads: ["poursuit", "poursuivent", "poursuivra", "poursuivront"],
              tail: .notDeOrQue, mode: .nounPhrase, adverbs: true),
        // "a donné son feu vert à la création d'une brigade": what is allowed to go ahead.
        .init(name: "fr_feu_vert", english: false, heads: ["feu vert"], tail: .word(["a", "au", "aux", "pour"]), mode: .nounPhrase),
        // "Cette brigade aura pour mission de sécuriser l'oléoduc", "sera chargée d'escorter les convois": a body's
        // future tasks.
        .init(name: "fr_mission_de", english: false, heads: ["aura pour mission", "auront pour mission", "aura pour tache",
              "auront pour tache", "aura pour role", "auront pour role", "sera charge", "sera chargee", "seront charges",
              "seront chargees"], tail: .word(["de", "d'"]), mode: .verb, adverbs: true),
        // "L'armée mise sur le recrutement de 2 000 jeunes", "tablent sur l'ouverture de bases": what is counted on.
        .init(name: "fr_mise_sur", english: false, heads: ["mise sur", "misent sur", "table sur", "tablent sur"], tail: .none,
              mode: .nounPhrase, notAfterElidedL: true),
        // Bans and suspensions decreed now: the clause is the measure.
        .init(name: "fr_ban", english: false, heads: ["interdit", "interdisent", "suspend", "suspendent"],
              tail: .lookahead(["tout", "toute", "touts", "toutes", "le", "les", "la", "l'"]), mode: .clause),
        // "il est nécessaire de …": what must be done.
        .init(name: "fr_necessite", english: false, heads: ["est", "etait", "sera"].flatMap { c in
            ["crucial", "essentiel", "indispensable", "necessaire", "urgent", "primordial"].map { "il \(c) \($0)" } },
              tail: .word(["de", "d'"]), mode: .verb),
    ]

    /// English commitment verbs, the future and noun-phrase introducers.
    static let englishTriggers: [MeasureTrigger] = [
        .init(name: "en_agreed", english: true, heads: ["agreed", "agree", "agrees", "pledged", "pledge", "pledges", "vowed",
              "resolved", "decided", "undertook", "committed", "offered", "offers", "willingness", "readiness", "plans", "plan", "planned", "intends",
              "intend", "aims", "expected", "set", "scheduled",
              // Offers and timetables: "is ready to supply", "are due to deploy" (an action verb must follow).
              "ready", "willing", "prepared", "due",
              // "is poised to reopen", "is seeking to recruit", "plans are under way to build", "moved to ban".
              "poised", "seeking", "seeks", "seek", "looking", "looks", "under way", "underway", "moved", "moves",
              // "approved a proposal to create a centre", "the programme is designed to train 300 officers".
              "proposal", "designed", "intended",
              // "took the decision to close the border", "voted to extend the state of emergency", "agreed on the need to".
              "decision", "voted", "agreed on the need",
              // "has been selected to supply twelve drones": a contract's task.
              "selected", "chosen", "contracted", "commissioned", "mandated"],
              tail: .toVerb, mode: .verb, adverbs: true, timeWords: true),
        // "The new force will be tasked with securing the crossing": a body's future tasks.
        .init(name: "en_tasked", english: true, heads: ["tasked with", "charged with"], tail: .none,
              mode: .nounPhrase),
        // "announced its intention to hold a summit"; one dated ("announced in 2023 its intention to …") is old news.
        .init(name: "en_intention", english: true, heads: ["intention"], tail: .toVerb, mode: .verb, undated: true),
        // "The army has begun the recruitment of 3,000 soldiers": an action under way.
        .init(name: "en_begun", english: true, heads: ["has begun", "have begun", "has started", "have started", "has launched",
              "have launched", "has commenced", "have commenced"], tail: .none, mode: .nounPhrase, adverbs: true),
        // "has given the green light for the purchase of helicopters": what is allowed to go ahead.
        .init(name: "en_green_light", english: true, heads: ["green light for", "go-ahead for"], tail: .none, mode: .nounPhrase),
        // "The aim is to train officers": the aim of a meeting or a programme.
        .init(name: "en_aim", english: true, heads: ["the aim is", "the goal is", "the objective is", "the aim was",
              "the goal was", "the objective was"], tail: .toVerb, mode: .verb),
        // "the three countries have set up a joint force": a body created is news of what it will do.
        .init(name: "en_set_up", english: true, heads: ["have set up", "has set up", "have established", "has established",
              "have created", "has created", "is setting up", "are setting up", "is establishing", "are establishing"], tail: .none, mode: .anyNounPhrase, undated: true),
        // "did not rule out the use of force": an option kept open is one envisaged.
        .init(name: "en_rule_out", english: true, heads: ["not rule out", "not ruled out", "not ruling out", "not exclude",
              "not excluded"], tail: .none, mode: .nounPhrase),
        // "could soon organize joint operations", "would deploy": only an action verb after them makes a measure,
        // so "could delay the harvest" stays out.
        .init(name: "en_will", english: true, heads: ["will", "shall", "is to", "are to", "could", "would"], tail: .letterWord,
              mode: .verb, adverbs: true),
        .init(name: "en_there_will", english: true, heads: ["there will be"], tail: .none, mode: .anyNounPhrase),
        // "an order banning motorbike traffic after dark": the same in English.
        .init(name: "en_banning", english: true, heads: ["banning", "prohibiting", "suspending"], tail: .none, mode: .anyNounPhrase),
        .init(name: "en_ban", english: true, heads: ["bans", "prohibits", "suspends"], tail: .lookahead(["all", "any", "the"]),
              mode: .clause),
        .init(name: "en_consensus", english: true, heads: ["reached consensuses", "reached consensus", "agreed", "memorandum of understanding",
              "memorandum"],
              tail: .word(["on"]), mode: .nounPhrase),
        .init(name: "en_calls", english: true, heads: ["calls for", "call for", "called for", "recommended", "proposed", "discussed",
              "considering", "envisage", "envisages",
              "provides for", "provide for", "including", "exchanged views on", "explored the possibility of", "discussed the possibility of",
              "considered the possibility of", "imposed", "imposes", "decreed", "requested", "requests",
              "has requested", "sought", "paves the way for", "paving the way for", "pave the way for",
              "include", "includes", "announced",
              // "the plan involves the construction of two bases", "a memorandum covering joint training".
              "involves", "involve", "comprises", "entails", "covering",
              // Decisions: "ordered the activation of the standby force", "demanded the withdrawal of troops".
              "ordered", "orders", "approved", "approves", "authorised", "authorized", "demanded", "demands", "adopted",
              "endorsed", "endorses", "validated"], tail: .none, mode: .nounPhrase),
        // "urged Member States to provide helicopters", "has asked the United States to speed up deliveries".
        .init(name: "en_urge", english: true, heads: ["urged", "urges", "urge", "called on", "calls on", "call on",
              "called upon", "calls upon", "asked", "asks", "requested", "requests", "encouraged", "encourages",
              "invited", "invites",
              // "authorized Member States to take all necessary measures": what others may now do.
              "authorized", "authorizes", "authorised", "authorises",
              // "was selected by the air force to supply drones".
              "selected", "chosen", "contracted", "commissioned", "mandated"], tail: .objectThen(["to"]), mode: .verb),
        // "the talks focused on the deployment of …": the counterpart of "les échanges ont porté sur", with talks as
        // the subject, so that "operations focused on emerging threats" stays out.
        .init(name: "en_talks_on", english: true, heads: ["talks", "discussions", "meeting", "talks also", "discussions also"]
              .flatMap { noun in ["focused on", "focussed on", "centred on", "centered on"].map { "\(noun) \($0)" } },
              tail: .none, mode: .nounPhrase),
        // "the agreement also covers the training of pilots": an agreement's content, not talks' topics ("the
        // talks covered regional security" stays out).
        .init(name: "en_agreement_covers", english: true, heads: ["agreement", "accord", "deal", "memorandum", "pact", "treaty", "protocol", "roadmap"]
              .flatMap { noun in ["covers", "also covers", "will cover", "will also cover"].map { "\(noun) \($0)" } },
              tail: .none, mode: .nounPhrase),
        // "The following steps were agreed: the reopening of …": the English summary noun and its colon.
        .init(name: "en_measures_colon", english: true, heads: English.decisionNouns, tail: .colon, mode: .nounPhrase),
        // "laying the groundwork for reopening the border": the work towards a planned act.
        .init(name: "en_groundwork", english: true, heads: ["groundwork for"], tail: .none,
              mode: .anyNounPhrase),
    ]

    /// A planned state or action told by its predicate: the measure is the
    /// clause, subject included ("la réunion se tiendra à Niamey").
    struct Predicate: Sendable {
        let auxiliaries: [String]
        let participles: [String]
        /// An adverb may stand between them ("sont également prévues", "sera bientôt opérationnelle").
        var adverb = false
        /// Not "s'est prévu": a reflexive past.
        var notAfterElidedS = false
    }

    static let predicates: [Predicate] = [
        .init(auxiliaries: ["est", "sont"], participles: inflected(["prevu", "programme", "envisage", "proroge", "prolonge",
              "reinstaure", "instaure", "institue", "decrete", "suspendu", "interdit",
              // "la fermeture des marchés est maintenue": a measure kept in force.
              "maintenu", "reconduit"]), adverb: true, notAfterElidedS: true),
        // "seraient renforcées": the future of reported speech, as in English "would be".
        .init(auxiliaries: ["sera", "seront", "serait", "seraient"], participles: plannedParticiples
              // "la force sera opérationnelle en janvier".
              + ["operationnel", "operationnelle", "operationnels", "operationnelles"], adverb: true),
        // "un accord devrait être signé": what is due to be done, as the future.
        .init(auxiliaries: ["devrait etre", "devraient etre", "doit etre", "doivent etre"], participles: plannedParticiples, adverb: true),
        // "les réservistes pourront être mobilisés", "des renforts vont être envoyés": the modal and near futures.
        .init(auxiliaries: ["pourra etre", "pourront etre", "va etre", "vont etre"], participles: plannedParticiples, adverb: true),
        // "doit également être ouvert": the adverb splits the auxiliary.
        .init(auxiliaries: ["devrait", "devraient", "doit", "doivent"], participles: plannedParticiples.map { "etre \($0)" }, adverb: true),
        .init(auxiliaries: ["prennent"], participles: ["fin"], adverb: true),
        // "la circulation des motos reste interdite": a ban still in force.
        .init(auxiliaries: ["reste", "restent", "demeure", "demeurent"], participles: inflected(["interdit", "suspendu", "ferme",
              "proroge", "maintenu"]), adverb: true),
        .init(auxiliaries: ["se", "doit se", "doivent se", "devra se", "devrait se", "devraient se", "va se", "vont se"],
              participles: ["tiendra", "tiendront", "tenir",
              "reunira", "reuniront", "deroulera", "derouleront",
              // "les chefs d'état-major se retrouveront en février": a meeting planned.
              "retrouvera", "retrouveront", "rencontrera", "rencontreront",
              // "les opérations se poursuivront jusqu'à …": an action that will go on ("la coopération se poursuivra"
              // is generic, by its subject).
              "poursuivra", "poursuivront"]),
        .init(auxiliaries: ["verra", "verront"], participles: ["le jour"]),
        .init(auxiliaries: ["commencera", "commenceront", "debutera"], participles: []),
        .init(auxiliaries: ["debute"], participles: ["a"]),
        .init(auxiliaries: ["ne sont"], participles: inflected(["autorise"]).map { "\($0) que" }),
        // "would be set up": the future of reported speech ("he added that a centre would be set up").
        .init(auxiliaries: ["will", "would", "is to", "are to", "is expected to", "are expected to", "is due to", "are due to"],
              // "deliveries are expected to begin in June": an action whose start is planned.
              participles: ["take place", "begin", "start", "commence"] + englishPlannedParticiples.map { "be \($0)" }, adverb: true),
        // "more troops are being sent to the area": an action under way.
        .init(auxiliaries: ["is being", "are being"], participles: englishPlannedParticiples, adverb: true),
        // "the government is also purchasing drones", "Benin is recruiting 5,000 soldiers": an action under way
        // ("are strengthening their cooperation" is a stance: the generic heads stay out).
        .init(auxiliaries: ["is", "are"], participles: English.actionVerbs
            .filter { !English.notUnderWay.contains($0) && !English.genericHeads.contains($0) }.map(English.gerund(of:)), adverb: true),
        .init(auxiliaries: ["is", "are"], participles: ["scheduled", "planned", "banned", "prohibited", "extended", "suspended"]),
        // "A curfew was imposed from 7 pm": a curfew or ban decreed stands until lifted.
        .init(auxiliaries: ["was", "were", "has been", "have been"], participles: ["imposed", "decreed"]),
    ]

    /// What will be done, or is being done, to forces, places and people ("will be deployed", "are being built").
    private static let englishPlannedParticiples = ["held", "deployed", "set up", "established", "created", "launched",
        "signed", "organised", "organized", "extended", "imposed", "opened", "trained", "sent", "delivered", "provided",
        "built", "strengthened", "reinforced", "stepped up", "increased", "conducted", "carried out", "stationed",
        "recruited", "equipped", "implemented",
        // "2,000 troops will be redeployed to the north-west".
        "redeployed", "dispatched", "withdrawn", "reopened", "handed over", "transferred", "rolled out",
        // Relief, works and money: "displaced families will be resettled", "schools are being rebuilt".
        "resettled", "relocated", "evacuated", "rebuilt", "reconstructed", "rehabilitated", "restored", "repaired",
        "constructed", "installed", "distributed", "allocated", "disbursed", "released", "supplied", "funded",
        "financed", "donated", "purchased", "acquired", "expanded", "upgraded", "renewed",
        // Restrictions and security: "the road will be closed", "convoys will be escorted".
        "closed", "restricted", "banned", "lifted", "tightened", "intensified", "escorted", "patrolled", "secured",
        "mobilised", "mobilized", "posted", "positioned"]

    /// Calls on someone to act: "a invité", "appellent", "exhorte".
    private static let callHeads = ["invite", "invitent", "appelle", "appellent", "appele", "exhorte", "exhortent",
                                    "encourage", "encouragent", "incite", "incitent", "enjoint", "enjoignent",
                                    // "autorise les forces à procéder à des fouilles": what others may now do.
                                    "autorise", "autorisent"]

    /// "permettra", "devrait permettre": what an act will bring, by a noun or by an infinitive.
    private static let willBring = ["permettra", "permettront"]
        + ["devrait", "devraient", "doit", "doivent", "va", "vont"].map { "\($0) permettre" }

    /// What will be or is due to be done ("seront déployés", "un accord doit être signé"): the action verbs' participles.
    /// ("maintenir" and "tenir" have no future here: "les prix se maintiendront", "tiendra compte" are no plans.)
    private static let plannedParticiples = inflected(["prevu", "programme", "poursuivi", "maintenu", "tenu"]
        + French.actionVerbs.compactMap(French.participle(of:)))

    /// "prevu" -> prevu, prevue, prevus, prevues; the first word carries the ending.
    private static func inflected(_ stems: [String]) -> [String] {
        stems.flatMap { stem -> [String] in
            let parts = stem.split(separator: " ", maxSplits: 1).map(String.init)
            let rest = parts.count > 1 ? " " + parts[1] : ""
            return ["", "e", "s", "es"].map { parts[0] + $0 + rest }
        }
    }

    static let futures: [String] = {
        // French futures of action verbs open a clause that is a measure ("co-présidera …").
        // With the first person plural of officials quoted ("nous renforcerons les patrouilles").
        let forms = French.actionVerbs.map(French.future(of:)).flatMap { [$0, String($0.dropLast()) + "ont", String($0.dropLast()) + "ons"] }
        return forms + forms.map { "co-" + $0 }
    }()

    /// The future of reported speech ("a annoncé qu'il recevrait des drones"):
    /// each future's conditional, -a to -ait and -ont to -aient. Alone, the
    /// conditional is the press's hearsay, so the rules take it only after "que".
    static let reportedFutures: [String] = futures.filter { !$0.hasSuffix("ons") }.map { form in
        form.hasSuffix("ont") ? String(form.dropLast(3)) + "aient" : String(form.dropLast()) + "ait"
    }

    /// "<items>, ont été évoqués": the trigger follows its list.
    static let postposedAuxiliaries = ["ont ete", "a ete", "sont ete", "est ete"]
    static let postposedVerbs = ["evoque", "aborde", "discute", "examine", "retenu",
                                 // "La création d'un centre a été actée": decided, named by its noun.
                                 "acte", "decide", "approuve", "enterine", "valide", "adopte"]
    /// After "ont été", "were": what was decided is still to be done ("ont été arrêtées", "were agreed").
    static let decidedParticiples = inflected(postposedVerbs + ["arrete", "pris", "recommande", "convenu", "annonce", "formule", "emis"])
        .filter { $0 != "priss" } + ["agreed", "adopted", "decided", "approved", "announced", "recommended", "endorsed", "made"]
    static let postposed = Predicate(auxiliaries: postposedAuxiliaries, participles: inflected(postposedVerbs), adverb: true)
}
