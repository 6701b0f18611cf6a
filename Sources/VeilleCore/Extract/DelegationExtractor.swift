/// Builds delegations as frames filled across sentences: a sentence that
/// announces a visit opens a frame; the following ones ("Cette mission était
/// conduite par…", "Ils ont été reçus par…") add the leader, members and hosts.
struct DelegationExtractor {
    /// The article and what is read from it once, shared by every copy: the rules' reasons are closures that
    /// capture the extractor, and a struct of a dozen arrays was copied into each of them.
    private let inputs: DelegationInputs
    var text: ParsedText { inputs.text }
    var gazetteer: Gazetteer { inputs.gazetteer }
    var countries: [CountryMention] { inputs.countries }
    var places: [PlaceMention] { inputs.places }
    /// The country the article is mostly about, for visits whose origin is only implied.
    var homeCountry: String? { inputs.homeCountry }
    /// Every country the article names, most named first: a visit whose host no cue gives goes to the first one
    /// other than the visitors' (the genre tells of two countries' relations).
    var ranking: [String] = []
    /// The same, counting only countries named or implied by a demonym: a capital named is often where the visit is.
    private var namedRanking: [String] { inputs.namedRanking }
    /// Built once per article: readers are asked at every cue, and building one retains its tables.
    var reader: PersonReader { inputs.reader }
    /// The people named with a role or a title anywhere in the article (see `PersonFinder`).
    var known: [FoundPerson] { inputs.known }
    /// Keep the reasons of every item (`--explain`).
    var explains: Bool { inputs.explains }

    init(text: ParsedText, gazetteer: Gazetteer, countries: [CountryMention], places: [PlaceMention], homeCountry: String?, known: [FoundPerson], explains: Bool = false) {
        inputs = DelegationInputs(text: text, gazetteer: gazetteer, countries: countries, places: places, homeCountry: homeCountry,
                                  known: known, explains: explains)
    }
    static let maxGap = 4
    static let guestReach = 24
    static let subjectReach = 60
    /// No list of a real delegation runs longer; the cap keeps pathological text linear.
    static let maxListItems = 40

    func extract() -> [Delegation] {
        extractWithReasons().delegations
    }

    /// The delegations, and why each person and each part of each route is there.
    func extractWithReasons() -> (delegations: [Delegation], reasons: [Reason]) {
        let finished = run()
        var reasons: [Reason] = []
        // Without --explain no frame keeps notes: the label would be built for nothing, an interpolation per
        // delegation. By index: each delegation and its notes taken out of the list were copied.
        for k in finished.indices where !finished[k].1.isEmpty {
            let label = "delegation \(k + 1) \(finished[k].0.from ?? "?")→\(finished[k].0.to ?? "?")"
            reasons += finished[k].1.map { Reason(kind: .delegation, item: "\(label): \($0.item)", rule: $0.rule, evidence: $0.evidence) }
        }
        return (finished.map(\.0), reasons)
    }

    private func run() -> [(Delegation, [(item: String, rule: String, evidence: Span)])] {
        var frames: [DelegationFrame] = []
        let sentenceCues = text.sentenceTokens.map { range in range.isEmpty ? nil : SentenceCues.read(text: text, range: range, gazetteer: gazetteer) }
        // An article that tells of a phone call opens no visit on talks or meetings alone.
        let phoneCall = sentenceCues.contains { $0?.remoteContact == true }
        var current: Int?
        // Read once here, and again by the completion: which sentences tell a visit.
        var telling = [Bool](repeating: false, count: text.sentenceTokens.count)
        // "La délégation comprenait :" then one member per list item.
        var listing: Int?
        for s in text.sentenceTokens.indices {
            let range = text.sentenceTokens[s]
            if let k = listing, isListItem(s), !range.isEmpty, let first = range.first(where: { text.tokens[$0].kind == .word }) {
                frames[k].touch(s)
                addList(from: first, in: range, as: hasLeader(frames[k]) ? .member : .leader, to: &frames[k], because: "an item of the list of the party's members")
                continue
            }
            listing = nil
            guard let cues = sentenceCues[s] else {
                // A sentence without cues still ends the visit being told when it is too far from it.
                if !range.isEmpty, !tellsEarlierEvent(sentence: s), let c = current, s - frames[c].lastSentence > Self.maxGap { current = nil }
                continue
            }
            telling[s] = cues.isRelevant
            guard !cues.notAVisit, !tellsEarlierEvent(sentence: s) else { continue }
            if let c = current, s - frames[c].lastSentence > Self.maxGap { current = nil }
            // "La délégation nigérienne …" after the Malian one: another party of the same visit,
            // received by the same hosts.
            var sibling: Int?
            if let c = current, let noun = cues.delegationNoun, let from = frames[c].from,
               let origin = origin(afterNoun: noun, in: range), origin != from {
                // "a German delegation" is a visit of its own; "la délégation nigérienne" is a party of this one.
                sibling = isIndefinite(noun, in: range) ? nil : c
                current = nil
            }
            // "Il s'est ensuite rendu à Ouagadougou": the same visitors, another host country (a tour).
            var leg = false
            if let c = current, let legStart = legStart(cues), frames.count < DelegationFrame.maxFrames,
               let next = nextLeg(of: &frames[c], after: legStart, in: range, sentence: s), !travelsSomeoneElse(cues, range, than: &frames[c]) {
                frames.append(next)
                current = frames.count - 1
                leg = true
            }
            // No closures over `frames`: each copied the frame it read, every string and list retained.
            var open = !leg
            var otherGuest = false
            if open, let c = current {
                open = frames[c].hasPeople
                otherGuest = open && guestOfAnotherCountry(cues, range, than: &frames[c])
            }
            if open, frames.count < DelegationFrame.maxFrames,
               opensFrame(cues, range, first: current == nil) || (current == nil && cues.hasFrameSlots && !phoneCall) || otherGuest {
                // "Le ministre a ensuite reçu X": a host named only by a pronoun or a role is the one just told.
                let sameHosts = otherGuest && cues.hostBefore.map { subject(in: range, before: $0.start) == nil } == true
                frames.append((sibling ?? (sameHosts ? current : nil)).map { frames[$0].sibling(at: s) }
                              ?? DelegationFrame(sentence: s, explains: explains))
                current = frames.count - 1
            }
            // "Mali was represented by its army chief, General X": another party of the meeting being told.
            if let k = current ?? frames.indices.last, frames.count < DelegationFrame.maxFrames,
               let party = representedParty(cues, range, at: s, joining: &frames[k]) {
                let after = cues.representedBy?.end ?? range.lowerBound
                frames.append(party)
                if frames.count < DelegationFrame.maxFrames,
                   let other = qualifiedParty(cues, range, at: s, after: after, joining: &frames[k], besides: party.from) {
                    frames.append(other)
                }
                current = frames.count - 1
                continue
            }
            // "Accompanied by X, these meetings …": a sentence that opens on companions still tells the last visit.
            if current == nil, !frames.isEmpty, cues.members.first?.start == range.lowerBound { current = frames.count - 1 }
            guard let c = current, cues.isRelevant else { continue }
            let hostsBefore = frames[c].people.count
            fill(&frames[c], cues, sentence: s)
            if introducesMembers(cues, range) { listing = c }
            // "Les deux délégations ont été accueillies par …": the hosts of every party.
            if Lexicon.pluralReferences.contains(in: text.tokens, range) {
                let hosts = frames[c].people[hostsBefore...].filter { $0.slot == .host }
                for k in frames.indices where k != c && s - frames[k].lastSentence <= Self.maxGap {
                    for h in hosts { frames[k].addHost(h, because: "a plural reference gives every party the same hosts") }
                }
            }
        }
        let dateline = datelinePlace()
        if !phoneCall || Self.anyHasPeople(frames) { complete(&frames, dateline: dateline, telling: telling) }
        if !phoneCall { placeActingAbroad(&frames) }
        frames.removeAll { !$0.hasPeople }
        frames = Self.split(Self.merged(frames))
        Self.dropPartiesNamedElsewhere(&frames)
        return delegations(frames, dateline: dateline)
    }

    // The passes below read the frames by index: a frame handed to a closure or taken out by a loop was
    // copied, every string and list retained, several times per frame and pass.

    static func anyHasPeople(_ frames: [DelegationFrame]) -> Bool {
        for k in frames.indices where frames[k].hasPeople { return true }
        return false
    }

    private static func split(_ frames: [DelegationFrame]) -> [DelegationFrame] {
        // Built only from the first frame that splits: when none does, the list is handed back as it is,
        // where copying every frame into a new list retained each one's strings and lists.
        var parts: [DelegationFrame]?
        for k in frames.indices {
            if let split = frames[k].splitByVisitorCountry() {
                if parts == nil {
                    parts = Array(frames[..<k])
                    parts?.reserveCapacity(frames.count + split.count)
                }
                parts?.append(contentsOf: split)
            } else {
                parts?.append(frames[k])
            }
        }
        return parts ?? frames
    }

    /// A party known only by its country ("ses homologues du Mali et du Burkina Faso") is the one whose
    /// members are named elsewhere in the article, when there is one.
    private static func dropPartiesNamedElsewhere(_ frames: inout [DelegationFrame]) {
        var dropped: [Int] = []
        for k in frames.indices where frames[k].knownByCountryOnly {
            let named = frames.indices.contains { j in
                frames[j].hasVisitors && frames[j].from == frames[k].from && frames[j].to == frames[k].to
            }
            if named { dropped.append(k) }
        }
        for k in dropped.reversed() { frames.remove(at: k) }
    }

    /// A minister touring their own country is not a delegation; nor is a trip inside the country
    /// the article is about by someone whom nothing says came from abroad and whom nobody receives.
    private func delegations(_ frames: [DelegationFrame], dateline: PlaceMention?) -> [(Delegation, [(item: String, rule: String, evidence: Span)])] {
        var result: [(Delegation, [(item: String, rule: String, evidence: Span)])] = []
        var previousFrom: String?
        for k in frames.indices {
            let (d, notes): (Delegation, [(item: String, rule: String, evidence: Span)])
            if frames[k].tourLeg, let from = previousFrom {
                // The next stop of a tour: the travellers still come from where they came from at the last one.
                var leg = frames[k]
                leg.fill(.from, from, because: "the visitors' country at the tour's previous stop",
                         at: leg.sentences.first.map { text.layout.sentences[$0].span } ?? Span(start: 0, end: 0))
                (d, notes) = finish(leg, dateline: dateline, coGuests: coGuestCountries(of: k, among: frames))
            } else {
                (d, notes) = finish(frames[k], dateline: dateline, coGuests: coGuestCountries(of: k, among: frames))
            }
            previousFrom = d.from
            if let from = d.from {
                if from != d.to { result.append((d, notes)) }
                continue
            }
            let fromAbroad = frames[k].sentByBody || frames[k].servesBody
            let domestic = d.to != nil && d.to == homeCountry && d.hosts.isEmpty && d.people.allSatisfy { $0.country == nil }
            // "Le Premier ministre a reçu les membres de la commission nationale …": an audience where no side,
            // place or person names a country tells nothing of foreign visitors.
            let nowhere = d.to == nil && d.place == nil && d.people.allSatisfy { $0.country == nil }
            if fromAbroad || !(domestic || nowhere) { result.append((d, notes)) }
        }
        return result
    }

    private func isListItem(_ s: Int) -> Bool {
        text.layout.blocks[text.layout.sentences[s].block].kind == .listItem
    }

    /// "Elle était composée de :", "The delegation included:": a members cue that ends its sentence on a colon.
    private func introducesMembers(_ cues: SentenceCues, _ range: Range<Int>) -> Bool {
        guard let last = cues.members.last, range.count > 1, text.tokens[range.upperBound - 1].isPunctuation(":") else { return false }
        return last.end == range.upperBound - 1
    }

    /// Where a tour's next stop would be named: after the travel cue, or after a place heading the sentence.
    /// No `??`: its autoclosure would copy the cues.
    private func legStart(_ cues: SentenceCues) -> Int? {
        if let travel = cues.travel { return travel.end }
        return frontedStop(cues)
    }

    /// "Au Burkina Faso, …, le ministre a discuté avec le président": a place heading a sentence that tells
    /// talks is where the visitors now are.
    private func frontedStop(_ cues: SentenceCues) -> Int? {
        guard let p = cues.frontedPlace, !cues.hostsAfter.isEmpty || cues.hostBefore != nil else { return nil }
        return p + 1
    }

    /// "Later, visiting Chinese Defence Minister X held talks with Y", "Il a ensuite reçu l'envoyé de la
    /// CEDEAO, X": a guest whose role names a country other than the current visit's sides, or an
    /// international body when the visit is a country's, is a visit of their own.
    /// `inout` though it only reads: a frame passed from the array by value was copied, every string and list retained.
    private func guestOfAnotherCountry(_ cues: SentenceCues, _ range: Range<Int>, than frame: inout DelegationFrame) -> Bool {
        guard let from = frame.from ?? frame.firstCountry(in: .leader), let role = laterGuest(cues, range)?.role else { return false }
        if let c = country(in: role) { return c != from && c != frame.to }
        return RoleCountry.servesInternationalBody(role, text)
    }

    /// The guest a sentence names: the subject before a host cue, or the person after a hosting verb.
    private func laterGuest(_ cues: SentenceCues, _ range: Range<Int>) -> PersonPhrase? {
        if let h = cues.hostsAfter.first {
            return cues.backReference ? nil : subject(in: range, before: h.start)
        }
        guard let host = cues.hostBefore else { return nil }
        let start = isAudienceGrant(host) ? audienceGranted(host, in: range) : host.end
        return start.flatMap { guest(after: $0, in: range) }
    }

    /// A frame for the next stop of a tour, when a travel cue names a destination
    /// in another country than the current visit's.
    /// `inout` though it only reads, as `guestOfAnotherCountry`.
    private func nextLeg(of frame: inout DelegationFrame, after start: Int, in range: Range<Int>, sentence s: Int) -> DelegationFrame? {
        guard let to = frame.to, frame.people.contains(where: { $0.slot == .leader }) else { return nil }
        var probe = DelegationFrame(sentence: s, explains: false)
        setDestination(&probe, after: start, in: range)
        guard let next = probe.to, next != to, next != frame.from else { return nil }
        var leg = DelegationFrame(sentence: s, explains: explains)
        leg.sentByBody = frame.sentByBody
        leg.servesBody = frame.servesBody
        leg.from = frame.from ?? (frame.sentByBody ? nil : frame.firstCountry(in: .leader))
        leg.to = next
        leg.place = probe.place
        leg.tourLeg = true
        for p in frame.people where p.slot != .host {
            leg.add(p.person, key: p.key, as: p.slot)
            leg.note("\(p.person.name), read as \(p.slot)", "one of the visitors of the tour's previous stop",
                     at: p.person.mentions.first ?? text.layout.sentences[s].span)
        }
        leg.note("the same visitors", "a travel cue names a destination in another country: a tour", at: text.layout.sentences[s].span)
        return leg
    }

    /// "Le même jour, le ministre nigérien X est arrivé à Bamako": a traveller named who is not among the
    /// last visitors makes a trip of their own, not the tour's next stop.
    /// `inout` though it only reads, as `guestOfAnotherCountry`.
    private func travelsSomeoneElse(_ cues: SentenceCues, _ range: Range<Int>, than frame: inout DelegationFrame) -> Bool {
        guard !cues.backReference, let (subject, _) = travelSubject(cues, in: range), let name = subject.name else { return false }
        return frame.index(of: nameKey(name)) == nil
    }

    /// "avait rencontré", "had met": the pluperfect, an auxiliary and a participle.
    func tellsEarlierEvent(sentence s: Int) -> Bool {
        // Asked of every sentence, and most hold no auxiliary of the kind.
        guard text.sentence(s, holds: .pluperfect) else { return false }
        let range = text.sentenceTokens[s]
        let auxiliaries = Lexicon.earlierEvent
        let tokens = text.tokens
        for i in range where auxiliaries.contains(tokens[i]) {
            if i + 1 < range.upperBound, text.isPastParticiple(i + 1) { return true }
        }
        return false
    }

    /// `first`: no visit is being told, so "Il est arrivé à Ouagadougou" opens
    /// one even though its subject refers back (to the headline, or to a
    /// sentence the excerpt cut).
    private func isIndefinite(_ noun: Int, in range: Range<Int>) -> Bool {
        noun > range.lowerBound && isIndefinite(noun - 1) || noun > range.lowerBound + 1 && isIndefinite(noun - 2)
    }

    /// "une", "a", "another"; not the acronym "UN" of "UN envoy".
    private func isIndefinite(_ i: Int) -> Bool {
        Lexicon.indefinites.contains(text.tokens[i]) && !text.isAcronym(i)
    }

    private func opensFrame(_ cues: SentenceCues, _ range: Range<Int>, first: Bool) -> Bool {
        if let noun = cues.delegationNoun, isIndefinite(noun, in: range) {
            // "Elle conduisait une délégation …" is still the same visit.
            return !cues.backReference
        }
        // "Lors de sa visite à Bamako, X …" tells the visit being told unless none is.
        if cues.frontedVisit != nil, first { return true }
        guard let travel = cues.travel else { return false }
        return (!cues.backReference && !sharesSubject(travel)) || first
    }

    /// "Le chef de la délégation, M. X", "X, head of the delegation,": the person the title names.
    private func delegationHeadNamed(_ head: SentenceCues.Match, in range: Range<Int>) -> PersonPhrase? {
        if let p = reader.read(at: head.start, limit: range.upperBound), p.name != nil { return p }
        let start = head.start > range.lowerBound && Lexicon.determiners.contains(text.tokens[head.start - 1]) ? head.start - 1 : head.start
        return appositiveHead(in: range, before: start)
    }

    private func isHost(_ phrase: PersonPhrase, in frame: DelegationFrame) -> Bool {
        guard let name = phrase.name, let i = frame.index(of: nameKey(name)) else { return false }
        return frame.people[i].slot == .host
    }

    private static let delegationObjectReach = 5

    /// The delegation noun follows the cue as its object: "met with a high-level delegation".
    private func meetsTheDelegation(_ h: SentenceCues.Match, _ cues: SentenceCues, in range: Range<Int>) -> Bool {
        guard let noun = cues.delegationNoun, noun >= h.end, noun - h.end <= Self.delegationObjectReach else { return false }
        return (h.end..<noun).allSatisfy { !text.isPhraseBreak($0) && !(text.tokens[$0].kind == .word && text.tokens[$0].isCapitalized) }
    }

    /// "X s'est entretenu avec Y, puis s'est rendu chez Z": a verb after "puis", "et", "then" has the
    /// subject of the one before it, not the nearest name.
    private func sharesSubject(_ cue: SentenceCues.Match) -> Bool {
        guard cue.start > 0, text.tokens[cue.start - 1].kind == .word else { return false }
        let before = text.tokens[cue.start - 1]
        return Lexicon.sequels.contains(before) || WordSet.conjunctions.contains(before)
    }

    private func fill(_ frame: inout DelegationFrame, _ cues: SentenceCues, sentence s: Int) {
        frame.touch(s)
        let range = text.sentenceTokens[s]
        if let noun = cues.delegationNoun, !frame.sentByBody, sentByBody(noun, in: range) {
            frame.sentByBody = true
            frame.from = nil
            frame.note("from no country", "the delegation is an international body's", at: text.span(tokens: noun..<(noun + 1)))
        }
        if let noun = cues.delegationNoun, frame.from == nil {
            frame.fill(.from, origin(afterNoun: noun, in: range), because: "the nationality or origin of «\(text.string(tokens: noun..<(noun + 1)))»",
                       at: text.span(tokens: noun..<min(range.upperBound, noun + 4)))
        }
        if let travel = cues.travel {
            frame.travelTold = true
            if frame.place == nil || frame.to == nil { setDestination(&frame, after: travel.end, in: range) }
            // "… ont débuté à Ghadamès. X et Y prennent part à cette réunion": the gathering told just before.
            if frame.place == nil, Lexicon.attendance.match(text.tokens, at: travel.start, limit: travel.end) != nil,
               let venue = priorVenue(frame, country: nil) {
                frame.fill(.place, text.string(tokens: venue.tokens), because: "the town of the gathering told just before", at: text.span(tokens: venue.tokens))
                frame.fill(.to, venue.place.country, because: "the country of the gathering's town", at: text.span(tokens: venue.tokens))
            }
            if !frame.tourLeg, let origin = cues.departureOrigin, let town = places.starting(at: origin),
               town.place.kind == .city || town.place.kind == .adminRegion {
                frame.fill(.from, town.place.country, because: "the town the visitors left", at: text.span(tokens: town.tokens))
            }
            // "paid a courtesy visit to the Chief of Army Staff, General X": the person visited is the host.
            if let visited = visitedPerson(after: travel, in: range) {
                addList(from: visited, in: range, as: .host, to: &frame, because: "the person the visit cue «\(cue(travel))» goes to")
            }
            // "en marge d'une visite en Russie du Premier ministre X", "the visit to Mali by the minister X":
            // the visitor is named after the destination, and the sentence's subject is someone else.
            if let visitor = visitorAfterDestination(travel, in: range) {
                add(visitor, as: .leader, to: &frame, because: "named after the destination of the visit «\(cue(travel))»")
            } else if !cues.backReference, let (subject, cueOf) = travelSubject(cues, in: range) {
                add(subject, as: .leader, to: &frame, because: "subject of the travel cue «\(cue(cueOf))»")
                for partner in coordinatedSubjects(after: subject, before: cueOf.start) {
                    add(partner, as: .leader, to: &frame, because: "joined to the subject of the travel cue «\(cue(cueOf))»")
                }
            } else if !cues.backReference, frame.from == nil, let role = unnamedSubjectRole(before: travel.start, in: range) {
                // "The defence ministers of Benin and Ghana arrived in Lome": travellers named by their office.
                fillVisitorCountries(of: role, in: &frame, because: "the role of the unnamed travellers before «\(cue(travel))»")
            }
        } else if frame.place == nil, let noun = cues.delegationNoun {
            setDestination(&frame, after: noun + 1, in: range)
        }
        if let fronted = cues.frontedVisit {
            if frame.place == nil || frame.to == nil { setDestination(&frame, after: fronted.noun + 1, in: range) }
            addList(from: fronted.comma + 1, in: range, as: .leader, to: &frame,
                    because: "named after the visit that heads the sentence «\(text.string(tokens: fronted.noun..<(fronted.noun + 1)))»")
        }
        if let head = cues.delegationHead, let leader = delegationHeadNamed(head, in: range) {
            add(leader, as: .leader, to: &frame, because: "the head of the delegation «\(cue(head))»")
        } else if let noun = cues.delegationNoun, let leader = headOfQualifiedDelegation(noun, in: range) {
            add(leader, as: .leader, to: &frame, because: "named after the head of the delegation «\(text.string(tokens: noun..<(noun + 1)))»")
        }
        for lead in cues.leads {
            if isHeadOf(lead) {
                if let head = appositiveHead(in: range, before: lead.start) {
                    add(head, as: .leader, to: &frame, because: "named just before the lead cue «\(cue(lead))»")
                } else if let head = headBeforeVisitPhrase(in: range, before: lead.start, travels: cues.travels) {
                    add(head, as: .leader, to: &frame, because: "named before the visit that leads up to «\(cue(lead))»")
                } else if let subject = subject(in: range, before: lead.start) {
                    add(subject, as: .leader, to: &frame, because: "subject of the lead cue «\(cue(lead))»")
                }
            } else {
                addList(from: lead.end, in: range, as: .leader, to: &frame, because: "after the lead cue «\(cue(lead))»")
            }
        }
        // "welcomed by members of the government, including the Minister X": "including" goes on the hosts' list.
        for m in cues.members where !continuesHostList(m, cues) {
            let before = frame.people.count
            if m.start == range.lowerBound, let companion = reader.read(at: m.end, limit: range.upperBound), companion.name != nil {
                add(companion, as: .member, to: &frame, because: "the companion fronted by «\(cue(m))»")
                continue
            }
            addList(from: m.end, in: range, as: .member, to: &frame, because: "after the members cue «\(cue(m))»")
            // "l'ambassadeur d'Égypte, en compagnie de son conseiller militaire, le colonel X": X is of the ambassador's country.
            if frame.people.count > before, frame.people[before].person.country == nil, m.end < range.upperBound,
               Lexicon.ownerPossessives.contains(text.tokens[m.end]), let owner = companionOwnerCountry(before: m.start, in: range) {
                frame.people[before].person.country = owner
            }
        }
        for m in cues.memberSubjects {
            if let member = subject(in: range, before: m.start) {
                add(member, as: .member, to: &frame, because: "subject of «\(cue(m))»")
            }
        }
        for h in cues.hostsAfter where !reachesThePublic(h, in: range) {
            // "X has met with a delegation led by Y", "X s'est entretenu avec une délégation": the party met
            // is the guest, X its host; the lead cue names the guests.
            if meetsTheDelegation(h, cues, in: range) {
                if !cues.backReference, let host = subject(in: range, before: h.start) {
                    add(host, as: .host, to: &frame, because: "subject of «\(cue(h))» a delegation")
                }
                continue
            }
            if frontedHost(h, in: range, to: &frame) { continue }
            // "X a été reçu par Y", "X met with Y": X is the guest.
            if !cues.backReference, h.start == cues.hostsAfter.first?.start, let guest = subject(in: range, before: h.start) {
                // "Le président X reçoit le ministre …" then "X a échangé avec Y": talks with the host make Y the guest.
                if isHost(guest, in: frame) || meetsAnEnvoy(h, guest, in: range) {
                    if !isHost(guest, in: frame) { add(guest, as: .host, to: &frame, because: "host of the envoy met after «\(cue(h))»") }
                    addList(from: h.end, in: range, as: .leader, to: &frame, because: "in talks with the host, after «\(cue(h))»")
                    continue
                }
                add(guest, as: .leader, to: &frame, because: "guest before the host cue «\(cue(h))»")
                // "Mali's X and Niger's Y were welcomed by …": both are guests (one party per country).
                for partner in coordinatedSubjects(after: guest, before: h.start) {
                    add(partner, as: .leader, to: &frame, because: "joined to the guest before the host cue «\(cue(h))»")
                }
            }
            addList(from: h.end, in: range, as: .host, to: &frame, because: "after the host cue «\(cue(h))»")
        }
        // "has received military equipment": a hosting verb receives someone, or it tells no visit.
        let audience = cues.hostBefore.flatMap { isAudienceGrant($0) ? audienceGranted($0, in: range) : nil }
        if let host = cues.hostBefore, isAudienceGrant(host) ? audience != nil
            : (cues.delegationNoun != nil || frame.people.contains(where: { $0.slot != .host })
                || receivesSomeone(after: host.end, in: range) && !receivesAThing(after: host.end, in: range)) {
            let subject = subject(in: range, before: host.start)
            if let subject { add(subject, as: .host, to: &frame, because: "subject of the hosting verb «\(cue(host))»") }
            // "Le chef d'état-major … a reçu mardi … le général X": the guest is named even when the host is not.
            // "a reçu une délégation conduite par X" leaves the leader to the lead cue; "a reçu X, accompagné
            // d'une délégation" names the guest first; "a reçu l'envoyé spécial …, X": the envoy is the guest.
            // "Il a ensuite reçu X" after a sentence that named only the host: "il" is that host.
            if subject != nil || !cues.backReference || frame.onlyHosts, let guest = guest(after: audience ?? host.end, in: range),
               cues.delegationNoun.map({ guest.end <= $0 || guest.role?.contains($0) == true || namesTheEnvoy($0, guest, in: range) }) ?? true {
                add(guest, as: .leader, to: &frame, because: "received after the hosting verb «\(cue(host))»")
                // "a reçu successivement l'ambassadeur d'Allemagne, X, puis celui du Japon, Y".
                addFollowing(guest, in: range, as: .leader, to: &frame, because: "received after the hosting verb «\(cue(host))», in a list")
            } else if frame.from == nil, let unnamed = personReceived(after: audience ?? host.end, in: range), unnamed.name == nil,
                      let role = unnamed.role {
                // "Mahama hosts Burkinabe foreign minister": the guest's title names where the visitors come from.
                fillVisitorCountries(of: role, in: &frame, because: "the role of the guest received after «\(cue(host))»")
            }
        }
        // "ont rencontré mardi dans la capitale russe …", "met … in the Russian capital": the hosts' country,
        // with no toponym for the place.
        if frame.to == nil, frame.place == nil, cues.travel != nil || !cues.hostsAfter.isEmpty || cues.hostBefore != nil,
           let capital = capitalByDemonym(in: range) {
            frame.fill(.to, capital.code, because: "the capital named by its nationality", at: text.span(tokens: capital.tokens))
        }
        if let palace = presidency(in: range) {
            frame.fill(.to, palace.country, because: "the presidential palace named", at: text.layout.sentences[s].span)
            frame.fill(.place, venue(ofPalace: palace), because: "the presidential palace named", at: text.layout.sentences[s].span)
        }
        if frame.place == nil, cues.hostBefore != nil || !cues.hostsAfter.isEmpty || cues.travel != nil || cues.delegationNoun != nil,
           let venue = venue(in: range) {
            frame.fill(.place, text.string(tokens: venue.tokens), because: "the town named as where the visit's sentence happens", at: text.span(tokens: venue.tokens))
            frame.fill(.to, venue.place.country, because: "the country of the visit's town", at: text.span(tokens: venue.tokens))
        }
    }

    /// The subject of the first travel cue that has one of its own. A plain loop: the closures of a lazy
    /// filter escape, and each would copy the whole extractor.
    private func travelSubject(_ cues: SentenceCues, in range: Range<Int>) -> (PersonPhrase, SentenceCues.Match)? {
        for t in cues.travels where !sharesSubject(t) {
            // "a reçu son homologue X, en visite de travail à Dakar": the visit in apposition is X's; a finite
            // verb after a comma ("X, et Y, ont quitté") has the clause's subject.
            if Lexicon.cueAuxiliaries.match(text.tokens, at: t.start, limit: t.end) == nil,
               Lexicon.attendance.match(text.tokens, at: t.start, limit: t.end) == nil,
               let head = appositiveHead(in: range, before: t.start) { return (head, t) }
            if let subject = subject(in: range, before: t.start) { return (subject, t) }
        }
        return nil
    }

    private func isHeadOf(_ lead: SentenceCues.Match) -> Bool {
        Lexicon.leadsFromSubject.match(text.tokens, at: lead.start) == lead.end
    }

    func cue(_ match: SentenceCues.Match) -> String {
        text.string(tokens: match.start..<match.end)
    }

    func add(_ phrase: PersonPhrase, as slot: DelegationFrame.Slot, to frame: inout DelegationFrame, because rule: @autoclosure () -> String) {
        guard let nameRange = phrase.name else {
            if slot == .host, frame.to == nil, let role = phrase.role, let c = country(in: role) {
                frame.to = c
                frame.note("to \(c)", "an unnamed host's role names the country: \(rule())", at: text.span(tokens: role))
            }
            return
        }
        if frame.explains, case let why = rule(), !why.isEmpty {
            frame.note("\(text.string(tokens: nameRange)), read as \(slot)", why, at: text.span(tokens: nameRange))
        }
        let key = nameKey(nameRange)
        let placed = frame.index(of: key)
        // Named again where they already are, with nothing new: no strings to build.
        if let i = placed, !frame.wouldGain(at: i, key: key, role: phrase.role != nil) {
            frame.people[i].person.mentions.append(text.span(tokens: nameRange))
            return
        }
        let role = phrase.role.map { text.string(tokens: $0) }
        // A closure, not `flatMap(country(in:))`: that method value would copy the whole extractor.
        let person = Person(
            name: text.string(tokens: nameRange), role: role,
            country: phrase.role.flatMap { country(in: $0) } ?? phrase.origin.flatMap { country(in: $0) },
            mentions: [text.span(tokens: nameRange)]
        )
        if slot != .host, person.country == nil, !frame.servesBody, let range = phrase.role, RoleCountry.servesInternationalBody(range, text) {
            frame.servesBody = true
        }
        // A person already placed keeps their first slot: hosts named again are not leaders.
        frame.add(person, key: key, as: slot, at: placed)
    }

    func nameKey(_ nameRange: Range<Int>) -> NameVariants.Key {
        inputs.nameKey(nameRange)
    }

    func country(in range: Range<Int>) -> String? {
        if let c = RoleCountry.of(range, in: text, countries: countries) { return c }
        // "le gouverneur de la région de Diffa": a local office is held in its own country.
        guard Lexicon.localOffices.contains(in: text.tokens, range), !RoleCountry.servesInternationalBody(range, text) else { return nil }
        return places.starting(in: range).first { $0.place.kind == .city || $0.place.kind == .adminRegion }?.place.country
    }

    /// "NOUAKCHOTT, 12 juin (Agence) -": where the story is filed from.
    func datelinePlace() -> PlaceMention? {
        guard let first = text.layout.blocks.firstIndex(where: { $0.kind == .paragraph }),
              let s = text.layout.sentences.firstIndex(where: { $0.block == first }) else { return nil }
        let range = text.sentenceTokens[s]
        guard let start = range.first else { return nil }
        guard let place = places.starting(at: start) else { return nil }
        let after = place.tokens.upperBound
        // "NIAMEY, 3 mars", "NIAMEY (AFP)", "NIAMEY-Le président".
        guard after < range.upperBound, text.isComma(after) || text.tokens[after].isPunctuation("(") || text.tokens[after].isHyphen else { return nil }
        return place
    }

    /// A country named once in passing ("près de la Mauritanie") is not where visitors come from.
    private func namedTwice(_ code: String) -> Bool {
        countries.lazy.filter { $0.code == code && $0.form != .capital }.prefix(2).count == 2
    }

    private func finish(_ frame: DelegationFrame, dateline: PlaceMention?, coGuests: [String]) -> (Delegation, [(item: String, rule: String, evidence: Span)]) {
        var f = frame
        fillRoute(&f, dateline: dateline, coGuests: coGuests)
        let evidence = f.sentences.map { text.layout.sentences[$0].span }
        return (f.delegation(evidence: evidence), f.notes)
    }

    /// The sides a frame's cues left open, from its people's roles, the dateline, the article's countries and
    /// the town named before the visit. `coGuests`: countries of parties the same hosts received.
    private func fillRoute(_ f: inout DelegationFrame, dateline: PlaceMention?, coGuests: [String]) {
        // "BEIJING (Xinhua) -- Chinese FM X held talks here with his Nigerien counterpart Y": talks where no town is
        // told, by someone of the dateline's country, are held at home; the one met came from abroad.
        if f.place == nil, !f.travelTold, let d = dateline, f.firstCountry(in: .leader) == d.place.country, f.from == nil || f.from == d.place.country,
           let guests = f.firstCountry(in: .host), guests != d.place.country, f.to == nil || f.to == guests {
            f.from = guests
            f.note("from \(guests)", "the one met at home by the dateline's side came from abroad", at: text.span(tokens: d.tokens))
            f.to = nil
            f.fill(.to, d.place.country, because: "the dateline's country, home of the party that held the talks", at: text.span(tokens: d.tokens))
            f.fill(.place, text.string(tokens: d.tokens), because: "the dateline", at: text.span(tokens: d.tokens))
        }
        // Sides first by the destination the text gave, before roles fill the route in.
        f.sortSides()
        let whole = f.sentences.first.map { text.layout.sentences[$0].span } ?? Span(start: 0, end: 0)
        f.fill(.from, f.firstCountry(in: .leader) ?? f.firstCountry(in: .member), because: "the visitors' roles name it", at: whole)
        f.fill(.to, f.firstCountry(in: .host), because: "the hosts' roles name it", at: whole)
        if f.place == nil, let d = dateline, f.to == nil || f.to == d.place.country, f.from != d.place.country {
            f.fill(.place, text.string(tokens: d.tokens), because: "the dateline", at: text.span(tokens: d.tokens))
            f.fill(.to, d.place.country, because: "the dateline's country", at: text.span(tokens: d.tokens))
        }
        // Visitors nobody names ("ils s'entretiendront avec …") are not guessed to come from the article's country.
        // Nor is an envoy of an international body ("l'envoyé spécial de la CEDEAO").
        if let home = homeCountry, home != f.to, !f.onlyHosts, !f.sentByBody, !f.servesBody, f.countries(in: .host).allSatisfy({ $0 != home }) {
            f.fill(.from, home, because: "the country the article is most about", at: whole)
        }
        if f.from == f.to, f.from != nil, let hostCountry = f.firstCountry(in: .host), hostCountry != f.from {
            f.to = hostCountry
            f.note("to \(hostCountry)", "the hosts' roles name it, and the visitors came from elsewhere", at: whole)
        } else if f.from == f.to, let from = f.from, let guests = f.firstCountry(in: .leader), guests != from {
            // "X reçoit son homologue nigérien" then "le ministre malien X s'est entretenu avec le Nigérien Y": the
            // visitors' country, told elsewhere, is that of the one read as host; the one read as guest hosts.
            f.to = guests
            f.note("to \(guests)", "the visitors' country is the hosts' roles', so the party read as guests is at home", at: whole)
            f.sortSides()
            if f.place == nil, let d = dateline, d.place.country == guests {
                f.fill(.place, text.string(tokens: d.tokens), because: "the dateline, in the hosts' country", at: text.span(tokens: d.tokens))
            }
        }
        if let home = homeCountry, home != f.from, !coGuests.contains(home) { f.fill(.to, home, because: "the country the article is most about", at: whole) }
        if f.to == nil, let from = f.from, let other = ranking.first(where: { $0 != from && !coGuests.contains($0) }) {
            f.fill(.to, other, because: "the country the article names most after the visitors'", at: whole)
        }
        // "Goita … also met Chinese President Xi Jinping": visitors of no stated country, abroad, come from the
        // country the article names most other than the hosts', unless it is named only in passing.
        // A dateline in the host country ("Bamako - Le président se rendra à Mopti") tells a trip at home; a foreign
        // capital's ("ACCRA, 9 June - US … visited Accra") is only where the wire filed from.
        let homeDateline = dateline.map { !$0.place.id.hasPrefix(Gazetteer.foreignCapitalPrefix) } ?? false
        if f.from == nil, !f.onlyHosts, !f.sentByBody, !f.servesBody, let to = f.to, !homeDateline || dateline?.place.country != to,
           let most = namedRanking.first(where: { $0 != to }), most == namedRanking.first || namedTwice(most) {
            f.fill(.from, most, because: "the country the article names most besides the hosts', the visit being abroad", at: whole)
        }
        // "Niamey, 9 septembre - Le Premier ministre s'est rendu à Doha": the agency at home tells its own side's trip.
        if f.from == nil, f.travelTold, homeDateline, let d = dateline, let to = f.to, d.place.country != to {
            f.fill(.from, d.place.country, because: "the dateline at home, the travellers going abroad", at: text.span(tokens: d.tokens))
        }
        if f.place == nil, f.to != nil || f.from != nil, let venue = priorVenue(f, country: f.to) {
            f.fill(.to, venue.place.country, because: "the country of the town named just before the visit", at: text.span(tokens: venue.tokens))
            f.fill(.place, text.string(tokens: venue.tokens), because: "the host country's town named just before the visit", at: text.span(tokens: venue.tokens))
        }
        f.sortSides()
    }
}
