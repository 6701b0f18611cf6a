/// The delegation cues one sentence carries, found in one pass over its
/// tokens with a single trie holding every cue phrase of the lexicon. A
/// class: the extractor keeps every sentence's cues in a list and reads them
/// back, and each copy of a struct of five lists retained every list.
final class SentenceCues {
    typealias Match = (start: Int, end: Int)

    /// What a cue phrase announces.
    enum Cue: Int32 {
        case travel, lead, members, hostAfter, hostBefore, backReference, notAVisit, passive, delegationNoun, talks, delivery, remoteContact,
             departure, delegationHead, representedBy, memberSubject
    }

    var delegationNoun: Int?
    var travel: Match?
    /// Every travel cue, in order: the subject may stand before a later one ("Arrivé … pour une visite …, X a foulé le sol").
    var travels: [Match] = []
    var leads: [Match] = []
    var members: [Match] = []
    /// "X faisait partie de la délégation": the subject before each is a member.
    var memberSubjects: [Match] = []
    var hostsAfter: [Match] = []
    var hostBefore: Match?
    var backReference = false
    var notAVisit = false
    /// A phone or video call is told: read here rather than in a pass of its own over every sentence.
    var remoteContact = false
    /// "Lors de sa visite à Bamako, X …": the stay's noun, and the comma after which its visitors are named.
    var frontedVisit: (noun: Int, comma: Int)?
    /// "Au Burkina Faso, deuxième étape …, le ministre a discuté avec …": the preposition of a place that
    /// opens the sentence, for the next stop of a tour.
    var frontedPlace: Int?
    /// "a quitté Bamako ce samedi pour Conakry": the token after the verb, where the town left is named.
    var departureOrigin: Int?
    /// "Le chef de la délégation, M. X": the leader's title.
    var delegationHead: Match?
    /// "Le Mali était représenté par …": a country's party named by who stands for it.
    var representedBy: Match?


    static let index: PhraseIndex = {
        var index = PhraseIndex()
        index.startClass = WordClass.cueStart.rawValue
        let sets: [(Cue, [String])] = [
            (.travel, Lexicon.travelPhrases), (.lead, Lexicon.leadPhrases), (.members, Lexicon.memberPhrases),
            (.hostAfter, Lexicon.hostAfterPhrases), (.hostBefore, Lexicon.hostBeforePhrases),
            (.backReference, Lexicon.backReferencePhrases), (.notAVisit, Lexicon.notAVisitPhrases),
            (.passive, Lexicon.passiveHosts), (.delegationNoun, Lexicon.delegationNounWords), (.talks, Lexicon.talksWithGap),
            (.delivery, Lexicon.deliveries), (.remoteContact, Lexicon.remoteContactPhrases), (.departure, Lexicon.departurePhrases),
            (.delegationHead, Lexicon.delegationHeadPhrases), (.representedBy, Lexicon.representedByPhrases),
            (.memberSubject, Lexicon.memberSubjectPhrases),
        ]
        for (cue, phrases) in sets {
            for p in phrases { index.insert(phrase: p, payload: cue.rawValue) }
        }
        // The vocabulary marks the later words with this class (see `Vocabulary.lexicon`).
        index.continueClass = WordClass.phraseContinuation.rawValue
        return index
    }()

    typealias Hit = (cue: Int32, start: Int, end: Int)

    /// The sentence's cues, or nil when it has none at all: most sentences have none, and an object
    /// allocated and freed for each cost more than reading them.
    static func read(text: ParsedText, range: Range<Int>, gazetteer: Gazetteer) -> SentenceCues? {
        let frontedVisit = Self.frontedVisit(text, range)
        let frontedPlace = range.count > 3 && text.isDestination(range.lowerBound) ? range.lowerBound : nil
        var remoteContact = false
        let hits = Self.hits(text.tokens, range, remoteContact: &remoteContact)
        guard !hits.isEmpty || frontedVisit != nil || frontedPlace != nil || remoteContact else { return nil }
        return SentenceCues(text: text, range: range, gazetteer: gazetteer, hits: hits,
                            frontedVisit: frontedVisit, frontedPlace: frontedPlace, remoteContact: remoteContact)
    }

    /// Every cue phrase of the sentence, in order of start.
    private static func hits(_ tokens: [Token], _ range: Range<Int>, remoteContact: inout Bool) -> [Hit] {
        // Most sentences have no cue at all: one flat list, allocated only on a hit.
        var hits: [Hit] = []
        // Read through one shared object: a copy of the static index retained its seven arrays, sentence by sentence.
        let shared = CueIndex.shared
        for i in range where shared.index.mayStart(tokens[i]) {
            shared.index.forEachMatch(in: tokens, at: i, limit: range.upperBound) { end, node in
                shared.index.forEachPayload(node) { raw in
                    if raw == Cue.remoteContact.rawValue { remoteContact = true; return }
                    // Later calls are longer: the last one at a start is the longest.
                    if let k = Self.lastHit(hits, cue: raw, at: i) {
                        hits[k].end = end
                    } else {
                        // Room for a sentence's few cues at the first: growing one by one cost an allocation each.
                        if hits.isEmpty { hits.reserveCapacity(Self.expectedHits) }
                        hits.append((raw, i, end))
                    }
                }
            }
        }
        return hits
    }

    private init(text: ParsedText, range: Range<Int>, gazetteer: Gazetteer, hits: [Hit],
                 frontedVisit: (noun: Int, comma: Int)?, frontedPlace: Int?, remoteContact: Bool) {
        self.frontedVisit = frontedVisit
        self.frontedPlace = frontedPlace
        self.remoteContact = remoteContact
        guard !hits.isEmpty else { return }
        let headEnd = min(range.upperBound, range.lowerBound + 6)
        // Each cue's list read off the hits in one pass, into locals: a pass per cue re-read the hits, and
        // the lists mutated in place as properties of the object paid an exclusivity check at each step.
        var sorted = SortedHits()
        for h in hits { sorted.take(h, headEnd: headEnd) }
        delegationNoun = sorted.delegationNoun
        var travels = sorted.travels
        // A departure towards a target is a trip: its destination follows the target's word.
        if let d = sorted.departure, let target = Self.departureTarget(text, range, after: d.end) {
            departureOrigin = d.end
            travels = Self.merge(travels, [(d.start, target)])
        }
        leads = sorted.leads
        members = sorted.members
        memberSubjects = sorted.memberSubjects
        finishTravels(travels, text: text, range: range)
        delegationHead = sorted.delegationHead
        representedBy = sorted.representedBy
        finishHosts(sorted, text: text, range: range)
        notAVisit = sorted.notAVisit
        backReference = sorted.earlyBackReference || Self.pluralDemonymSubject(text, range, gazetteer)
    }

    /// The travel cues kept, once the members' cues are known.
    private func finishTravels(_ found: [Match], text: ParsedText, range: Range<Int>) {
        let tokens = text.tokens
        var travels = found
        // "The talks were attended by X": the longer members cue at the same start wins over the trip's "attended".
        let members = self.members
        let outdone = { (t: Match) in members.contains { $0.start == t.start && $0.end > t.end } }
        // "a pris part à l'opération", "took part in the attack": one attends a gathering, or it is no trip.
        let noGathering = { (t: Match) in
            Lexicon.attendance.match(tokens, at: t.start, limit: t.end) != nil
                && !Lexicon.gatherings.contains(in: tokens, t.end..<min(range.upperBound, t.end + Self.gatheringReach))
        }
        // Asked before removing: the list is shared with the sorted hits, and a removal copies it even when nothing goes.
        if !members.isEmpty, travels.contains(where: outdone) { travels.removeAll(where: outdone) }
        if travels.contains(where: noGathering) { travels.removeAll(where: noGathering) }
        self.travels = travels
        travel = travels.first
    }

    /// The host cues, once the lead cues are known: passives with their agent, talks up to their "with", deliveries.
    private func finishHosts(_ sorted: SortedHits, text: ParsedText, range: Range<Int>) {
        var hosts = sorted.participles.isEmpty ? sorted.hostsAfter
            : Self.merge(sorted.hostsAfter, Self.passiveWithGap(text, range, sorted.participles, leads: leads))
        // The verb up to its "with" wins over the bare "met" it contains.
        if !sorted.talks.isEmpty { hosts = Self.merge(Self.talksWithGap(text, range, sorted.talks), hosts) }
        if !sorted.deliveries.isEmpty { hosts = Self.merge(hosts, Self.deliveries(text, range, sorted.deliveries)) }
        if let before = sorted.hostBefore, !hosts.contains(where: { before.start >= $0.start && before.start < $0.end }) {
            hostBefore = before
        }
        hostsAfter = hosts
    }

    /// A sentence's hits sorted by cue as they come (in order of start): the first of each cue that takes
    /// one, the lists without overlaps of those that take several.
    private struct SortedHits {
        var delegationNoun: Int?
        var departure: Match?
        var delegationHead: Match?
        var representedBy: Match?
        var hostBefore: Match?
        var notAVisit = false
        /// A back reference among the first words of the sentence.
        var earlyBackReference = false
        var travels: [Match] = []
        var leads: [Match] = []
        var members: [Match] = []
        var memberSubjects: [Match] = []
        var hostsAfter: [Match] = []
        var participles: [Int] = []
        var talks: [Match] = []
        var deliveries: [Match] = []

        mutating func take(_ h: Hit, headEnd: Int) {
            let m: Match = (h.start, h.end)
            switch Cue(rawValue: h.cue) {
            case .travel: Self.appendApart(m, to: &travels)
            case .lead: Self.appendApart(m, to: &leads)
            case .members: Self.appendApart(m, to: &members)
            case .memberSubject: Self.appendApart(m, to: &memberSubjects)
            case .hostAfter: Self.appendApart(m, to: &hostsAfter)
            case .hostBefore: hostBefore = hostBefore ?? m
            case .backReference: earlyBackReference = earlyBackReference || h.start < headEnd
            case .notAVisit: notAVisit = true
            case .passive: participles.append(h.start)
            case .delegationNoun: delegationNoun = delegationNoun ?? h.start
            case .talks: talks.append(m)
            case .delivery: deliveries.append(m)
            case .departure: departure = departure ?? m
            case .delegationHead: delegationHead = delegationHead ?? m
            case .representedBy: representedBy = representedBy ?? m
            case .remoteContact, nil: break
            }
        }

        /// Appends a cue that starts at or after the end of the last one kept.
        private static func appendApart(_ m: Match, to list: inout [Match]) {
            if list.last.map({ m.start >= $0.end }) ?? true { list.append(m) }
        }
    }

    private static let expectedHits = 8

    /// The hit of a cue at a start: hits are appended in order of start, so
    /// only the tail that starts at `i` is searched.
    private static func lastHit(_ hits: [Hit], cue: Int32, at i: Int) -> Int? {
        var k = hits.count - 1
        while k >= 0, hits[k].start == i {
            if hits[k].cue == cue { return k }
            k -= 1
        }
        return nil
    }

    /// Words between an attendance verb and its gathering: "a pris part samedi à Abuja au sommet".
    private static let gatheringReach = 8

    /// Tokens read for a fronted visit: its head opens the sentence or follows a dateline within them.
    private static let frontReach = 8
    private static let stayNounReach = 4
    private static let frontedClauseReach = 20

    /// "Pendant sa visite de deux jours à Bamako, …", "During his first working visit to Mali, …":
    /// a head, a possessive or an article, the stay's noun within a few words, then a comma.
    private static func frontedVisit(_ text: ParsedText, _ range: Range<Int>) -> (noun: Int, comma: Int)? {
        let tokens = text.tokens
        // Read through the shared object: asked of every sentence, each static read cost a call.
        let words = CueIndex.shared
        for p in range.lowerBound..<min(range.upperBound, range.lowerBound + frontReach)
        where p == range.lowerBound || text.isPhraseBreak(p - 1) {
            guard let end = words.visitIntros.match(tokens, at: p, limit: range.upperBound), end < range.upperBound,
                  words.stayDeterminers.contains(tokens[end]) else { continue }
            let nounLimit = min(range.upperBound, end + 1 + stayNounReach)
            guard let noun = (end + 1..<nounLimit).first(where: { words.stayNouns.contains(tokens[$0]) }) else { continue }
            let clauseLimit = min(range.upperBound, noun + frontedClauseReach)
            guard let comma = (noun + 1..<max(noun + 1, clauseLimit)).first(where: { text.isComma($0) }) else { continue }
            return (noun, comma)
        }
        return nil
    }

    /// Tokens between a departure verb and its target: the town and the day.
    private static let departureReach = 8

    /// One past "pour" in "a quitté Bamako ce samedi pour", within the clause.
    private static func departureTarget(_ text: ParsedText, _ range: Range<Int>, after start: Int) -> Int? {
        var j = start + 1
        while j < min(range.upperBound, start + departureReach), !text.isPhraseBreak(j) {
            if let end = Lexicon.departureTargets.match(text.tokens, at: j, limit: range.upperBound) { return end }
            j += 1
        }
        return nil
    }

    /// "was received on Tuesday by", "ont été accueillis à l'aéroport par". The gap stops at a lead
    /// cue: in "a reçu une délégation conduite par X", X leads the guests and does not receive them.
    /// "a été accueilli à son arrivée à l'aéroport international de Niamey par": the time and the venue
    /// may stand between the participle and its agent.
    private static let passiveGap = 16

    private static func passiveWithGap(_ text: ParsedText, _ range: Range<Int>, _ participles: [Int], leads: [Match]) -> [Match] {
        var found: [Match] = []
        // A set, not a search of the list per token: a sentence of pasted cue words holds thousands of both.
        let leadStarts = Set(leads.map(\.start))
        for i in participles {
            var j = i + 1
            while j < min(range.upperBound, i + Self.passiveGap), !text.isComma(j), !leadStarts.contains(j) {
                if Lexicon.passiveAgents.contains(text.tokens[j]) { found.append((i, j + 1)); break }
                j += 1
            }
        }
        return found
    }

    /// Words between a verb of talks and its "with": the time and the town, commas allowed.
    private static let talksGap = 12

    /// "met on Monday in the capital, Bamako, with": the verb up to its "with", as one host cue.
    private static func talksWithGap(_ text: ParsedText, _ range: Range<Int>, _ verbs: [Match]) -> [Match] {
        var found: [Match] = []
        for (start, end) in verbs {
            var j = end
            while j < min(range.upperBound, end + talksGap), !text.isPhraseBreak(j) || text.isComma(j) {
                if text.tokens[j].kind == .word, Lexicon.partners.contains(text.tokens[j]) {
                    if j > end { found.append((start, j + 1)) }
                    break
                }
                j += 1
            }
        }
        return found
    }

    /// Words between a verb of delivery and the recipient: the message, its sender and their title.
    private static let deliveryGap = 16

    /// "delivered a special message from the President of Ghana, X, to": the verb up to its "to", as one
    /// host cue, when a message is what is handed over.
    private static func deliveries(_ text: ParsedText, _ range: Range<Int>, _ verbs: [Match]) -> [Match] {
        var found: [Match] = []
        for (start, end) in verbs {
            var message = false
            var j = end
            while j < min(range.upperBound, end + deliveryGap), !text.isPhraseBreak(j) || text.isComma(j) {
                let t = text.tokens[j]
                if t.kind == .word, Lexicon.messageNouns.contains(t) { message = true }
                if message, t.kind == .word, Lexicon.recipients.contains(t), t.end - t.start > 1 || text.writesGraveA(j) {
                    found.append((start, j + 1))
                    break
                }
                j += 1
            }
        }
        return found
    }

    /// The cues of `b` that overlap none of `a`, with `a`, by start: both
    /// lists come in order of start, so one pass merges them (a sentence of
    /// pasted text can hold thousands).
    private static func merge(_ a: [Match], _ b: [Match]) -> [Match] {
        var result: [Match] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        for m in b {
            while i < a.count, a[i].end <= m.start {
                result.append(a[i])
                i += 1
            }
            let overlaps = i < a.count && a[i].start < m.end
            if !overlaps { result.append(m) }
        }
        result.append(contentsOf: a[i...])
        return result
    }

    /// "Les Allemands ont rencontré…", "The Germans met…": the visitors again.
    private static func pluralDemonymSubject(_ text: ParsedText, _ range: Range<Int>, _ gazetteer: Gazetteer) -> Bool {
        guard range.count > 2, Lexicon.determiners.contains(text.tokens[range.lowerBound]) else { return false }
        let t = text.tokens[range.lowerBound + 1]
        guard t.isCapitalized, gazetteer.demonymKeys.contains(t) else { return false }
        return text.scalars[Int(t.end) - 1] == "s"
    }

    /// Cues that fill a frame even without an opening sentence.
    var hasFrameSlots: Bool {
        (delegationNoun != nil && (!leads.isEmpty || !hostsAfter.isEmpty || hostBefore != nil)) || hostBefore != nil || !hostsAfter.isEmpty
    }

    var isRelevant: Bool {
        delegationNoun != nil || travel != nil || frontedVisit != nil || !leads.isEmpty || !members.isEmpty || !hostsAfter.isEmpty || hostBefore != nil
            || delegationHead != nil || !memberSubjects.isEmpty
    }
}

/// `SentenceCues.index`, held by one shared object that every sentence reads in place.
final class CueIndex: Sendable {
    static let shared = CueIndex()
    let index = SentenceCues.index
    /// The sets `frontedVisit` tests at the head of every sentence.
    let visitIntros = Lexicon.visitIntros
    let stayDeterminers = Lexicon.stayDeterminers
    let stayNouns = Lexicon.stayNouns
}
