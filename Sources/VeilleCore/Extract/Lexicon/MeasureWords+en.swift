/// English words of planned measures (see `MeasureWords.French` for spelling).
extension MeasureWords {
    enum English {
        /// Open a noun-phrase item ("the deployment", "new patrols").
        static let determiners = ["the", "a", "an", "its", "their", "our", "his", "her", "new", "further", "more"]

        /// An item is a measure only when headed by one of these actions.
        static let headNouns = ["training", "deployment", "deployments", "dispatch", "sending", "establishment", "creation",
            "setting up", "installation", "construction", "organisation", "organization", "holding", "signing", "adoption",
            "launch", "opening", "reopening", "closure", "suspension", "lifting", "extension", "imposition", "ban",
            "acquisition", "purchase", "delivery", "deliveries", "supply", "provision", "funding", "financing", "sharing",
            "exchange", "exchanges", "patrols", "joint operations", "joint patrols", "exercises", "operationalization",
            "operationalisation", "improvement", "protection", "reorganization", "mobilization", "withdrawal",
            "transparency", "framework", "agreement", "mechanism", "summit", "meeting", "session", "conference",
            "preparations", "intervention", "curfew", "state of emergency", "evacuation", "recruitment", "modernization",
            "rehabilitation", "reconstruction", "increase", "integration",
            // Added to the prototype's: gifts.
            "donation", "donations",
            // Decisions of governments: ending treaties, sending forces home, activating units.
            "termination", "departure", "activation", "pullout", "use of force",
            // Money and materiel handed over: "the handover of armoured vehicles", "the sale of drones".
            "grant", "handover", "hand-over", "transfer", "sale", "sales", "aid", "military aid", "equipping",
            // Operations and their aftermath: "air strikes on militant camps", "an investigation into the killings".
            "offensive", "crackdown", "operations", "strikes", "air strikes", "airstrikes", "dismantling", "investigation", "inquiry",
            "rotation", "upgrade", "expansion", "strengthening", "reinforcement",
            // Disarmament, returns and relief: "the reintegration of former fighters", "the repatriation of refugees"
            // ("return" is as often a return to calm).
            "disarmament", "demobilization", "demobilisation", "reintegration", "census", "sensitization",
            "sensitisation", "repatriation", "relocation", "resettlement", "distribution", "demining",
            // Legal acts and restrictions: "the ratification of the pact", "the renewal of the mandate".
            "ratification", "review", "renewal", "implementation", "enforcement", "sanctions", "embargo", "arms embargo",
            "restrictions",
            // Forces moved and kept, and reforms: "the stationing of troops", "the merger of the two units".
            "regrouping", "merger", "stationing", "posting", "maintenance", "reform", "doubling", "rollout", "roll-out",
            "intensification", "continuation"]

        /// Itinerary, talk and courtesy: never the head of a measure.
        static let nonActionVerbs = ["be", "have", "meet", "visit", "discuss", "talk", "say", "thank", "welcome", "attend",
            "express", "reaffirm", "see", "remember", "listen", "work", "stand", "arrive", "leave", "return", "travel", "go",
            "come", "become", "remain", "help"]
        /// Harm foreseen is the journalist's or a critic's fear, not a plan ("could disrupt deliveries"): an item
        /// they open is none, whatever action noun follows.
        static let harmVerbs = ["disrupt", "hamper", "hinder", "undermine", "threaten", "jeopardise", "jeopardize", "derail", "delay", "obstruct",
            "worsen", "harm", "hurt", "endanger", "destabilise", "destabilize", "fuel", "cause", "complicate"]
        /// The verbs that head a verbal item ("will deploy", "agreed to train").
        static let actionVerbs = ["deploy", "dispatch", "send", "train", "provide", "supply", "deliver", "equip", "build",
            "create", "establish", "set", "install", "open", "reopen", "close", "organise", "organize", "hold", "sign",
            "implement", "launch", "conduct", "carry", "step", "accelerate", "broaden", "expand", "enhance", "increase",
            "boost", "strengthen", "deepen", "share", "exchange", "fund", "finance", "support", "advise", "assist", "donate",
            "offer", "recruit", "patrol", "secure", "protect", "modernise", "modernize", "rehabilitate", "reconstruct",
            "rebuild", "resume", "extend", "impose", "ban", "lift", "suspend", "withdraw", "facilitate", "serve", "form",
            "adopt", "validate", "harmonise", "harmonize", "host", "co-host", "chair", "co-chair", "continue", "improve",
            "upgrade", "develop", "intensify", "mobilise", "mobilize", "coordinate", "contribute",
            // Procurement: "Mali will acquire two more drones".
            "acquire", "purchase", "buy", "procure",
            // Haste and protection: "to speed up the delivery of helicopters", "will escort convoys".
            "speed", "expedite", "bolster", "reinforce", "escort", "evacuate", "monitor", "connect",
            // Mandates, relief and works: "decided to renew the sanctions", "will resettle displaced families".
            // ("restore" is mostly of peace or calm.)
            "renew", "prolong", "repair", "distribute", "allocate", "disburse", "resettle", "relocate",
            "restrict", "tighten", "dismantle", "neutralise", "neutralize", "demine", "investigate",
            // "the recruits will undergo six months of training".
            "undergo",
            // Resolutions ask reports and enforcement: "calls on member states to enforce the travel ban".
            "enforce", "submit",
            // "agreed to revive joint patrols" ("revive ties" is generic: see `revivalHeads`).
            "revive", "relaunch", "reactivate"]
        /// Action verbs whose present progressive tells of the talks or of a stance, not of something under way
        /// ("is holding talks", "is supporting Mali", "are continuing").
        static let notUnderWay = ["hold", "host", "co-host", "chair", "co-chair", "continue", "support", "serve", "form",
            "offer", "share", "exchange", "contribute", "coordinate", "develop", "improve", "assist", "advise", "set", "step",
            "carry", "speed", "connect", "facilitate", "undergo", "submit", "enforce", "validate", "adopt", "sign", "open"]
        /// Verbs that double their last consonant before -ing.
        static let doublingVerbs = ["ban", "equip", "patrol"]

        /// "purchase" -> "purchasing", "ban" -> "banning": the progressive of an action verb.
        static func gerund(of verb: String) -> String {
            if doublingVerbs.contains(verb) { return verb + String(verb.last!) + "ing" }
            if verb.hasSuffix("e"), !verb.hasSuffix("ee") { return String(verb.dropLast()) + "ing" }
            return verb + "ing"
        }

        /// Words in -ing that are no action ("during"; "meeting" is a head noun instead).
        static let nonGerunds = ["being", "having", "meeting", "during",
            // Prepositions in -ing: "includes the following:", "regarding the border".
            "following", "according", "concerning", "regarding"]

        /// Followed by a relation noun, these make a generic statement ("strengthen ties").
        static let genericHeads = ["strengthen", "strengthening", "deepen", "deepening", "enhance", "expand", "broaden",
            "boost", "advance", "promote", "further", "develop", "development", "foster", "consolidate", "bolster",
            "reinforce", "improve", "continue", "maintain", "diversify", "facilitate", "step", "increase", "upgrade",
            "coordinate", "tighten",
            // "give new impetus to cooperation".
            "give", "lend", "inject",
            // Head nouns too: "the expansion of the radio network" is an action, "the expansion of ties" is not.
            "expansion", "review", "reinforcement"]
        static let genericVerbs = ["cooperate", "collaborate"]
        /// See `French.revivalHeads`.
        static let revivalHeads = ["revive", "relaunch", "resume"]
        static let goalVerbs = ["ensure", "guarantee", "preserve", "maintain", "promote"]
        static let goalNouns = ["security", "stability", "peace"]
        static let conductNouns = ["attitude", "behaviour", "behavior", "vigilance", "caution", "calm", "restraint",
                                   "patience"]
        static let relationNouns = ["co-operation", "ties", "partnership", "partnerships", "friendship", "trust",
                                    "relationship", "partners"]
        static let genericSkipWords = ["the", "a", "to", "our", "their", "further", "bilateral"]
        /// "support Niger's efforts", "stand by Mali".
        static let supportVerbs = ["support", "back", "assist", "help", "stand"]
        static let supportLeads = ["continue", "continues", "keep"]
        static let supportObjects = ["countries", "country", "people", "government", "authorities"]

        /// "extending for three months the curfew": a duration before the item is skipped.
        static let durationLinks = ["for"]
        static let countWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                                 "fifteen", "twenty", "thirty", "sixty"]
        static let durationUnits = ["hours", "days", "weeks", "months", "years"]

        static let functionWords = ["of", "to", "in", "on", "for", "by", "with", "at", "from", "the", "an"]
        static let contentStopWords = ["and", "or", "its", "their"]

        static let adverbs = ["also", "further", "jointly", "soon", "now", "then", "formally", "continuously", "notably",
                              "together"]
        /// See `French.predicateAdverbs` ("will soon be deployed", "will also be trained").
        static let predicateAdverbs = ["soon", "also", "now", "then", "shortly", "eventually", "first"]
        static let leadSkipWords = ["also", "further", "notably", "jointly", "soon", "to the press"]
        /// "includes a humanitarian component: the opening of …": the part named before a colon is skipped.
        static let partNouns = ["component", "components", "pillar", "pillars", "strand", "strands", "part", "parts",
                                "elements", "points", "priorities", "measures", "actions"]
        static let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"]
        static let dayDeterminers = ["on"]
        /// "agreed on Monday to", "pledged last week to".
        static let timeWords = ["on", "in", "last", "this", "next"]
        /// After a comma and a short subject, the attribution of what came before ("…, the ministry said").
        static let attributionVerbs = ["said", "says", "added", "told", "stated", "announced", "explained", "noted", "declared",
                                       "disclosed", "confirmed", "indicated", "insisted", "stressed", "revealed"]
        /// "agreed to the plan" has no verbal complement.
        static let determinersAfterTo = ["the", "a", "an", "its", "their", "his", "her"]

        static let segmentStoppers = ["said", "says", "he said", "she said", "according", "among others", "but", "while",
                                      "which", "who", "whose", "so that", "in order", "and said", "added", "after", "before",
                                      "since", "whereas",
                                      // ", where attacks have increased": a relative clause on a place tells of the place.
                                      "where"]
        /// "close the crossing after an attack": a time clause after the action is its cause, not part of it.
        static let insideStoppers = ["in order to", "so as to", "after"]
        static let commaConnectors = ["and", "or", "as well as"]
        static let wordConnectors = ["and", "as well as"]
        static let trimLinkers = ["and", "as well as", "to"]
        static let headLinkers = ["to"]
        static let ofWords = ["of", "the"]
        static let clauseTails = ["said", "according", "and", "but", "while", "whereas"]
        static let leadAdverbials = ["from", "starting", "according to", "meanwhile", "in addition", "under"]
        static let complementizers = ["that", "whether"]
        static let relativePronouns = ["which", "who"]
        /// English drops "that" after a verb of saying ("said more troops are being sent"): the reported clause starts
        /// after the verb. Not after "told", whose object comes first, nor "announced", a trigger of its own.
        static let reportingVerbs = attributionVerbs.filter { $0 != "told" && $0 != "announced" }

        static let pastMarkers = ["had", "ago", "last year", "last month", "last week"]
        static let pastIntroMarkers = ["were", "have been", "had been", "has been", "already"]
        static let pronounSubjects = ["it", "this", "that", "what"]
        static let negativeSubjects = ["no", "none"]
        static let summaryNouns = ["measures", "steps"]
        /// See `French.decisionNouns`.
        static let decisionNouns = summaryNouns + ["decisions", "recommendations", "resolutions", "commitments", "actions"]
        static let summaryDeterminers = ["other", "new", "the", "further"]
    }
}
