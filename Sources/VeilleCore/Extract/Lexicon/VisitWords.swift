/// The words that tell of a visit and of the people in it, one table per
/// language (`VisitWords+fr.swift`, `VisitWords+en.swift`). To teach veille
/// a phrase, add it to its language's table; the sets the extractors use are
/// derived from all tables here, so no list is ever written twice.
struct VisitWords {
    /// Nouns that name a visiting party ("délégation", "envoy").
    var delegationNouns: [String]
    /// The party travels or stays ("s'est rendu", "arrived in").
    var travel: [String]
    /// The leader follows ("conduite par", "led by").
    var leadByObject: [String]
    /// The leader is the subject ("à la tête de", "headed").
    var leadFromSubject: [String]
    /// Members follow ("accompagné de", "along with").
    var members: [String]
    /// Hosts follow ("reçu par", "met with").
    var hostsAfter: [String]
    /// Passive participles whose agent, after a gap, is the host ("reçus … par").
    var passiveHosts: [String]
    /// The subject is the host ("a reçu", "welcomed").
    var hostsBefore: [String]
    /// Phrases that refer back to the party of the previous sentences.
    var backReferences: [String]
    /// Phrases that refer back to several parties at once: what follows holds for all.
    var pluralReferences: [String]
    /// Gatherings, for articles that tell no visit but a meeting.
    var meetings: [String]
    /// Contact that is no visit here and now (phone, video, last year).
    var notAVisit: [String]
    /// Auxiliaries of the pluperfect: an earlier visit, background to the story.
    var earlierEvent: [String]
    /// Endings of past participles, which tell the pluperfect from "avait à sa tête".
    var participleEndings: [String]
    /// Participles no ending tells.
    var irregularParticiples: [String]
    /// Visit verbs whose object is the place ("visited Tahoua").
    var directVisits: [String]
    /// The word before a town the visitors come from.
    var fromWords: [String]
    /// The word before the country of a delegation named after its noun ("la délégation du Niger").
    var originLinks: [String]
    /// Buildings where audiences are held; the town after them is the venue.
    var venueNouns: [String]
}

extension VisitWords: LanguageTables {}
