/// The words that tell of a visit and of the people in it, one table per
/// language (`VisitWords+fr.swift`, `VisitWords+en.swift`). To teach veille
/// a phrase, add it to its language's table; the sets the extractors use are
/// derived from all tables here, so no list is ever written twice.
struct VisitWords {
    /// Nouns that name a visiting party ("délégation", "envoy").
    var delegationNouns: [String]
    /// The party travels or stays ("s'est rendu", "arrived in").
    var travel: [String]
    /// Taking part in a gathering: a visit to where it is held ("a pris part au sommet … à Abuja").
    var attendance: [String]
    /// What one attends as a visit: an attendance cue without one ("a pris part à l'opération") tells none.
    var gatherings: [String]
    /// The leader follows ("conduite par", "led by").
    var leadByObject: [String]
    /// The leader is the subject ("à la tête de", "headed").
    var leadFromSubject: [String]
    /// The leader's title, next to their name ("le chef de la délégation, M. X", "X, head of the delegation").
    var delegationHeads: [String]
    /// A country's party at a meeting named by who stands for it ("le Mali était représenté par X").
    var representedBy: [String]
    /// Members follow ("accompagné de", "along with").
    var members: [String]
    /// The subject is a member ("X faisait partie de la délégation").
    var membersFromSubject: [String]
    /// Hosts follow ("reçu par", "met with").
    var hostsAfter: [String]
    /// Who a talks verb may reach that is no party to a visit ("a échangé avec la presse").
    var publicAudiences: [String]
    /// Passive participles whose agent, after a gap, is the host ("reçus … par").
    var passiveHosts: [String]
    /// Verbs of talks whose partner, the host, follows "with" after a gap ("met on Monday in the capital, Bamako, with").
    var talksWithGap: [String]
    /// The subject is the host ("a reçu", "welcomed").
    var hostsBefore: [String]
    /// Hosting verbs only where an audience is their object ("a accordé mardi une série d'audiences", not "a accordé une aide").
    var audienceGrants: [String]
    /// Phrases that refer back to the party of the previous sentences.
    var backReferences: [String]
    /// Phrases that refer back to several parties at once: what follows holds for all.
    var pluralReferences: [String]
    /// Gatherings, for articles that tell no visit but a meeting.
    var meetings: [String]
    /// Contact at a distance (phone, video): an article telling one opens no visit on talks alone.
    var remoteContact: [String]
    /// A time before the story ("last year", "previous visit"): that sentence tells no visit now.
    var earlierTime: [String]
    /// Auxiliaries of the pluperfect: an earlier visit, background to the story.
    var earlierEvent: [String]
    /// Endings of past participles, which tell the pluperfect from "avait à sa tête".
    var participleEndings: [String]
    /// Participles no ending tells.
    var irregularParticiples: [String]
    /// Visit verbs whose object is the place ("visited Tahoua").
    var directVisits: [String]
    /// Verbs of leaving a town ("a quitté Bamako pour Conakry"): a trip only with a target after the town.
    var departures: [String]
    /// The word before where a departing party goes ("pour", "for").
    var departureTargets: [String]
    /// The word before a town the visitors come from.
    var fromWords: [String]
    /// The word before the country of a delegation named after its noun ("la délégation du Niger").
    var originLinks: [String]
    /// Verbs of handing a message over in person: its recipient, after "to", is the host.
    var deliveries: [String]
    /// What one side sends another ("a message from the President X"): its sender stays at home.
    var messageNouns: [String]
    /// Who sends an envoy follows ("dépêché par le président X", "on behalf of"): the sender stays at home.
    var senders: [String]
    /// Officials only present at an audience follow ("en présence du ministre X"): no host of it.
    var onlyPresent: [String]
    /// Buildings where audiences are held; the town after them is the venue.
    var venueNouns: [String]
    /// Heads of a sentence that names a visit before its visitor ("Lors de sa visite à Bamako, X…").
    var visitIntros: [String]
    /// The possessive or article between such a head and its noun ("sa", "his", "a").
    var stayDeterminers: [String]
    /// Nouns of a stay after such a head ("visite", "séjour", "trip").
    var stayNouns: [String]
    /// Auxiliaries that open a verb cue ("a reçu", "s'est rendu", "has met") and may take an adverb after them.
    var auxiliaries: [String]
    /// Adverbs the press puts inside a compound verb: "a également reçu", "s'est ensuite rendu".
    var insertedAdverbs: [String]
}

extension VisitWords: LanguageTables {
    /// The cues of a field in every language, with each compound verb also
    /// written with each of its language's adverbs after the auxiliary, so that
    /// no table spells "a également reçu" by hand.
    static func unionWithAdverbs(_ field: KeyPath<VisitWords, [String]>) -> [String] {
        languages.flatMap { table in
            table[keyPath: field].flatMap { phrase -> [String] in
                guard let aux = table.auxiliaries.filter({ phrase.hasPrefix($0 + " ") }).max(by: { $0.count < $1.count }) else { return [phrase] }
                let rest = phrase.dropFirst(aux.count + 1)
                return [phrase] + table.insertedAdverbs.map { "\(aux) \($0) \(rest)" }
            }
        }
    }

    /// A French participle in its four agreements, each before every word that
    /// may follow it: `agreeing("reçu", ["par"])` is "reçu par", "reçue par",
    /// "reçus par", "reçues par". An empty follower gives the bare forms.
    static func agreeing(_ participle: String, _ followers: [String]) -> [String] {
        ["", "e", "s", "es"].flatMap { ending in
            followers.map { $0.isEmpty ? participle + ending : "\(participle)\(ending) \($0)" }
        }
    }
}
