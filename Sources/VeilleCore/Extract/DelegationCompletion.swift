/// The second pass over an article's delegations: people the cue-driven
/// frames did not reach are placed by the country their role tells. A person
/// of the visitors' country joins them, one of the hosts' country joins the
/// hosts, and one of a third country near the same visit is a delegation of
/// their own to the same host (multilateral meetings).
extension DelegationExtractor {
    /// How many sentences a person may stand from a visit's sentences and still belong to it.
    private static let reach = 2
    /// Speakers at a meeting are quoted one after another, often paragraphs after it is announced.
    private static let meetingReach = 5

    /// `telling`: for each sentence, whether its cues tell a visit (`SentenceCues.isRelevant`), as `run` found them.
    func complete(_ frames: inout [DelegationFrame], dateline: PlaceMention?, telling: [Bool]) {
        let found = known
        guard Self.anyHasPeople(frames) else {
            frames = meetingFrames(found, dateline: dateline)
            return
        }
        for person in found {
            guard let nameRange = person.phrase.name else { continue }
            let key = nameKey(nameRange)
            if let (k, i) = placement(of: key, in: frames) {
                // Already placed: the full mention may add the given names or the role (no new reason).
                if frames[k].wouldGain(at: i, key: key, role: person.phrase.role != nil) {
                    add(person.phrase, as: frames[k].people[i].slot, to: &frames[k], because: "")
                }
                continue
            }
            // Someone named inside quoted speech is spoken of ("un message du Président X"), not present.
            guard let country = person.country, !isQuoted(nameRange.lowerBound, sentence: person.sentence), !sendsMessage(person),
                  !isOnlyPresent(person) else { continue }
            guard let k = nearest(frames, to: person.sentence) else { continue }
            let to = frames[k].to ?? frames[k].firstCountry(in: .host)
            // Leaders of the host's own country are hosts read first ("X met with Y"), not the visitors.
            let from = frames[k].from ?? frames[k].countries(in: .leader).first { $0 != to }
            if country == from, !isAtHome(person, country, while: frames[k]) {
                add(person.phrase, as: frames[k].countries(in: .leader).isEmpty && !hasLeader(frames[k]) ? .leader : .member, to: &frames[k],
                    because: "the role names the visitors' country, \(country), near the visit")
            } else if country == to {
                add(person.phrase, as: .host, to: &frames[k], because: "the role names the hosts' country, \(country), near the visit")
            } else if from == nil, to != nil, !frames[k].sentByBody {
                frames[k].from = country
                add(person.phrase, as: hasLeader(frames[k]) ? .member : .leader, to: &frames[k],
                    because: "the role names a country, \(country), other than the hosts'")
            } else if let to, frames.count < DelegationFrame.maxFrames, takesPart(person, telling: telling), !isAtHome(person, country, while: frames[k]),
                      !isPosted(person, in: to) {
                var visit = DelegationFrame(sentence: person.sentence, explains: explains)
                visit.from = country
                visit.to = to
                visit.place = frames[k].place
                visit.sentences = frames[k].sentences
                add(person.phrase, as: .leader, to: &visit, because: "a third country, \(country), at the same visit")
                for h in frames[k].people where h.slot == .host { visit.addHost(h, because: "received at the same visit as the frame it joins") }
                frames.append(visit)
            }
        }
    }

    /// "Le même jour, le ministre nigérien X a pris part à Niamey à …": someone whose own sentence puts them in a
    /// town of their country, while the visit is abroad, stayed at home.
    private func isAtHome(_ person: FoundPerson, _ country: String, while frame: DelegationFrame) -> Bool {
        guard frame.to != nil, frame.to != country, !frame.sentences.contains(person.sentence) else { return false }
        return namesHomeTown(person, country)
    }

    /// "the military attaché of Cameroon in Abuja": a diplomat posted in the host country lives there; named near a
    /// visit, they are no party of their own.
    private func isPosted(_ person: FoundPerson, in host: String) -> Bool {
        guard let role = person.phrase.role, Lexicon.postings.contains(in: text.tokens, role) else { return false }
        return places.starting(in: role).contains { $0.place.country == host }
            || countries.starting(in: role).contains { $0.code == host }
    }

    /// The person's own sentence puts them in a town of their country ("inaugurated a station in Agadez").
    func namesHomeTown(_ person: FoundPerson, _ country: String) -> Bool {
        places.starting(in: text.sentenceTokens[person.sentence]).contains { town in
            town.place.country == country && (town.place.kind == .city || town.place.kind == .adminRegion)
                && town.tokens.lowerBound > 0 && text.isDestination(town.tokens.lowerBound - 1)
        }
    }

    /// The first frame that holds a person, and where in it: one search, where asking for the frame, then
    /// the slot, then whether the mention adds anything would compare the names three times.
    func placement(of key: NameVariants.Key, in frames: [DelegationFrame]) -> (frame: Int, person: Int)? {
        for k in frames.indices {
            if let i = frames[k].index(of: key) { return (k, i) }
        }
        return nil
    }

    /// An article with no visit cue that a frame could open on, but a meeting
    /// ("se sont réunis à Khartoum", "a summit in Niamey") and people of
    /// several countries: each country other than the host's is a delegation.
    private func meetingFrames(_ found: [FoundPerson], dateline: PlaceMention?) -> [DelegationFrame] {
        let meetings = text.sentenceTokens.indices.filter { s in
            let range = text.sentenceTokens[s]
            return Lexicon.meeting.contains(in: text.tokens, range) && !Lexicon.notAVisit.contains(in: text.tokens, range)
        }
        guard let first = meetings.first else { return [] }
        let site = meetings.lazy.compactMap { self.venue(in: text.sentenceTokens[$0]) }.first ?? dateline
        guard let host = site?.place.country ?? homeCountry else { return [] }
        var nearMeeting = [Bool](repeating: false, count: text.sentenceTokens.count)
        for m in meetings {
            for s in max(0, m - Self.meetingReach)...min(nearMeeting.count - 1, m + Self.meetingReach) { nearMeeting[s] = true }
        }
        let near = found.filter { $0.country != nil && nearMeeting[$0.sentence] }
        var frames: [DelegationFrame] = []
        for person in near where person.country != host && !namesHomeTown(person, person.country ?? host) {
            if let k = frames.firstIndex(where: { $0.from == person.country }) {
                add(person.phrase, as: .member, to: &frames[k], because: "meeting: another of \(person.country ?? "?")'s party")
                continue
            }
            var frame = DelegationFrame(sentence: first, explains: explains)
            frame.from = person.country
            frame.to = host
            frame.place = site.map { text.string(tokens: $0.tokens) }
            frame.sentences = meetings
            let origin = frame.from ?? "?"
            add(person.phrase, as: .leader, to: &frame, because: "meeting: a party from abroad, \(origin)")
            frames.append(frame)
        }
        // "des rencontres entre les chefs d'état-major des trois pays à Ankara": parties named by office and country.
        for m in meetings {
            for country in partiesBetween(in: m, host: host) where frames.count < DelegationFrame.maxFrames && !frames.contains(where: { $0.from == country }) {
                var frame = DelegationFrame(sentence: m, explains: explains)
                frame.fill(.from, country, because: "meeting: a party named by office between others", at: text.layout.sentences[m].span)
                frame.to = host
                frame.place = site.map { text.string(tokens: $0.tokens) }
                frame.sentences = meetings
                frame.knownByCountryOnly = true
                frames.append(frame)
            }
        }
        for person in near where person.country == host {
            for k in frames.indices { add(person.phrase, as: .host, to: &frames[k], because: "meeting: of the host country, \(host)") }
        }
        return frames
    }

    /// The countries of the parties a meeting is "entre"/"between", named by office: in the office itself
    /// ("les ministres du Mali et du Niger") or counted ("des trois pays") and then those the sentence before
    /// names, when there are as many. The host's country is not among them.
    private func partiesBetween(in s: Int, host: String) -> [String] {
        let range = text.sentenceTokens[s]
        guard let between = range.first(where: { text.tokens[$0].kind == .word && Lexicon.betweenWords.contains(text.tokens[$0]) }),
              between + 1 < range.upperBound, let party = reader.read(at: between + 1, limit: range.upperBound), party.name == nil else { return [] }
        if let role = party.role {
            let named = coordinatedCountries(in: role).filter { $0 != host }
            if named.count > 1 { return named }
        }
        let window = (between + 1)..<min(range.upperBound, between + Self.betweenReach)
        guard s > 0, let counted = window.first(where: { Lexicon.countedCountries.match(text.tokens, at: $0, limit: window.upperBound) != nil }),
              let n = Lexicon.smallNumbers[text.tokens[counted].key] else { return [] }
        var before: [String] = []
        for c in countries.starting(in: text.sentenceTokens[s - 1]) where c.form != .demonym && c.code != host && !before.contains(c.code) { before.append(c.code) }
        return before.count == n ? before : []
    }

    /// Words between "entre" and the count of countries: "entre les chefs d'état-major de la marine des trois pays".
    private static let betweenReach = 12

    /// A third country's official is a party of their own only where their sentence tells a meeting or a visit,
    /// or follows one that announces a meeting ("… a accordé une audience … Étaient présents : X ; Y"), not
    /// where they are named for a part they played from afar.
    private func takesPart(_ person: FoundPerson, telling: [Bool]) -> Bool {
        let range = text.sentenceTokens[person.sentence]
        if telling[person.sentence] || Lexicon.meeting.contains(in: text.tokens, range) { return true }
        return person.sentence > 0 && Lexicon.meeting.contains(in: text.tokens, text.sentenceTokens[person.sentence - 1])
    }

    private static let senderReach = 5
    /// "sent by Chad's President X": the words between the sender's cue and the name.
    private static let sentByReach = 8

    /// "a special message from the President of Ghana, X", "un message du président X": the sender is not at the visit.
    /// The earlier of role and name: a role read after the name ("X, le ministre …") starts no sentence of its own.
    private func phraseStart(_ person: FoundPerson) -> Int? {
        [person.phrase.role?.lowerBound, person.phrase.name?.lowerBound].compactMap { $0 }.min()
    }

    private func sendsMessage(_ person: FoundPerson) -> Bool {
        guard let start = phraseStart(person) else { return false }
        let window = max(text.sentenceTokens[person.sentence].lowerBound, start - Self.senderReach)..<start
        // "Dépêché par le président X, le ministre Y …": X sent the visitor.
        let reach = max(text.sentenceTokens[person.sentence].lowerBound, start - Self.sentByReach)
        if let sender = (reach..<start).last(where: { Lexicon.senders.match(text.tokens, at: $0, limit: start) != nil }),
           !(sender..<start).contains(where: { text.isPhraseBreak($0) }) {
            return true
        }
        guard let noun = window.last(where: { Lexicon.messageNouns.contains(text.tokens[$0]) }) else { return false }
        return (noun + 1..<start).contains { Lexicon.fromWords.contains(text.tokens[$0]) || Lexicon.originLinks.contains(text.tokens[$0]) }
    }

    /// "en présence du ministre tchadien des Armées, X": the cue stands this close before the role or the name.
    private static let presenceReach = 6

    /// Present only, unless the same office is named again elsewhere, taking part ("co-présidera avec le chef de la
    /// diplomatie malienne").
    private func isOnlyPresent(_ person: FoundPerson) -> Bool {
        guard let start = phraseStart(person) else { return false }
        let reach = max(text.sentenceTokens[person.sentence].lowerBound, start - Self.presenceReach)
        guard (reach..<start).contains(where: { Lexicon.onlyPresent.match(text.tokens, at: $0, limit: start) != nil }) else { return false }
        return person.phrase.role.map { !isRepeated($0) } ?? true
    }

    /// An article's length in tokens, about: a role is looked for again this far on each side, so that a text of
    /// many such people stays linear.
    private static let repeatReach = 3_000

    /// The role's words occur again, word for word, elsewhere in the article.
    private func isRepeated(_ role: Range<Int>) -> Bool {
        let tokens = text.tokens, n = role.count
        let lo = max(0, role.lowerBound - Self.repeatReach), hi = min(tokens.count, role.upperBound + Self.repeatReach) - n
        guard n > 1, lo <= hi else { return false }
        for i in lo...hi where i != role.lowerBound && tokens[i].key == tokens[role.lowerBound].key {
            if (1..<n).allSatisfy({ tokens[i + $0].key == tokens[role.lowerBound + $0].key }) { return true }
        }
        return false
    }

    private static let quoteReach = 300

    /// Whether a token stands inside a quotation opened earlier in its sentence.
    func isQuoted(_ i: Int, sentence: Int) -> Bool {
        var open = 0
        var straight = false
        // A bounded look back: a sentence of pasted text full of names stays linear.
        for k in max(text.sentenceTokens[sentence].lowerBound, i - Self.quoteReach)..<i where text.tokens[k].kind == .punctuation {
            let t = text.tokens[k]
            if t.isStraightQuote { straight.toggle() } else if t.isOpeningQuote { open += 1 } else if t.isClosingQuote { open = max(0, open - 1) }
        }
        return open > 0 || straight
    }

    func hasLeader(_ frame: DelegationFrame) -> Bool {
        frame.people.contains { $0.slot == .leader }
    }

    /// The frame whose sentences come closest to a sentence, within reach.
    private func nearest(_ frames: [DelegationFrame], to sentence: Int) -> Int? {
        var best: (index: Int, distance: Int)?
        for (k, frame) in frames.enumerated() {
            guard let first = frame.sentences.first, let last = frame.sentences.last else { continue }
            let distance = sentence < first ? first - sentence : sentence > last ? sentence - last : 0
            if distance <= Self.reach, best.map({ distance < $0.distance }) ?? true { best = (k, distance) }
        }
        return best?.index
    }

    /// Two frames that hold the same person are one visit told twice.
    static func merged(_ frames: [DelegationFrame]) -> [DelegationFrame] {
        // Most articles tell one visit: nothing to merge, and no frame copied into a new list.
        guard frames.count > 1 else { return frames }
        var result: [DelegationFrame] = []
        for frame in frames {
            // The same person, whatever slot each telling gave them; or hosts
            // alone, received where another frame's visitors came, told before or after them.
            let shares: (DelegationFrame) -> Bool = { other in
                frame.people.contains { p in other.people.contains { NameVariants.samePerson($0.key, p.key) } }
                    || (frame.onlyHosts != other.onlyHosts && (other.to == nil || frame.to == nil || frame.to == other.to)
                        && (frame.onlyHosts ? sameGuests(frame, other) : sameGuests(other, frame))
                        && (frame.place == nil || other.place == nil || frame.place == other.place))
            }
            guard let k = result.firstIndex(where: { shares($0) && compatible($0, frame) }) else {
                var leg = frame
                // The same visitors received by hosts of another country: the next stop of a tour, told with the
                // names and roles the first stop gave them.
                if let earlier = result.lastIndex(where: { sharesVisitor($0, frame) }) { leg.continueTour(of: result[earlier]) }
                result.append(leg)
                continue
            }
            result[k].absorb(frame)
        }
        return result
    }

    private static func sharesVisitor(_ a: DelegationFrame, _ b: DelegationFrame) -> Bool {
        a.people.contains { p in p.slot != .host && b.people.contains { $0.slot != .host && NameVariants.samePerson($0.key, p.key) } }
    }

    /// Visitors sent by a country and visitors who serve an international body are two parties, even
    /// when the same host received both.
    private static func compatible(_ a: DelegationFrame, _ b: DelegationFrame) -> Bool {
        let bodies = a.onlyHosts || b.onlyHosts || (a.sentByBody || a.servesBody) == (b.sentByBody || b.servesBody)
        // A tour: the same minister received in Bamako, then in Ouagadougou, by hosts of two countries, is two visits.
        let aTo = a.to ?? a.firstCountry(in: .host), bTo = b.to ?? b.firstCountry(in: .host)
        return bodies && (a.from == nil || b.from == nil || a.from == b.from) && (aTo == nil || bTo == nil || aTo == bTo)
    }

    /// Hosts who received guests of a country ("ses homologues du Mali") did not receive the named
    /// visitors of another.
    private static func sameGuests(_ hostsOnly: DelegationFrame, _ visitors: DelegationFrame) -> Bool {
        guard let guests = hostsOnly.from, let visiting = visitors.visitorCountry else { return true }
        return guests == visiting
    }

    /// The first city or region named as where something happens: "à Niamey",
    /// "in Abuja", "au palais présidentiel de Nouakchott".
    func venue(in range: Range<Int>) -> PlaceMention? {
        places.starting(in: range).first { m in
            guard m.place.kind == .city || m.place.kind == .adminRegion else { return false }
            let before = m.tokens.lowerBound - 1
            guard before >= range.lowerBound else { return false }
            if text.isDestination(before) { return true }
            // "au palais présidentiel de Nouakchott", "in the capital, Bamako".
            return before > range.lowerBound && (Lexicon.linkingOf.contains(text.tokens[before]) || text.isComma(before))
                && Lexicon.venueNouns.contains(text.tokens[before - 1])
        }
    }
}
