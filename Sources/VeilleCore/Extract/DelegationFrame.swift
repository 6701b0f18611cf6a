/// A delegation being filled in across sentences.
struct DelegationFrame {
    enum Slot { case leader, member, host }

    var from: String?
    var to: String?
    /// Sent by the UN, ECOWAS, the AU or the EU ("la délégation de la CEDEAO"): it comes from no country,
    /// whatever its members' nationalities.
    var sentByBody = false
    /// Someone in it serves such a body: the visit came from outside the host country even with no nationality.
    var servesBody = false
    var place: String?
    /// Countries of further visiting parties named with no person ("ses homologues du Mali et du Niger"):
    /// each becomes a delegation of its own when the frame is split by country.
    var alsoFrom: [String] = []
    /// A party split off for one of `alsoFrom` with no one of its own named.
    var knownByCountryOnly = false
    /// A person placed in the frame. A struct rather than a tuple: a tuple of strings and arrays is copied
    /// through its runtime layout, where a struct's copy is a few inline retains.
    struct Entry {
        var slot: Slot
        var person: Person
        var key: NameVariants.Key
        /// The role is only a rank ("général de division"), found once when the role is set: re-mentions
        /// ask it, and folding the role at each cost more than the rest of the comparison.
        var rank: Bool

        var asHost: Entry {
            var host = self
            host.slot = .host
            return host
        }
    }
    /// A travel cue told where the party went: the route is the text's, not the dateline's.
    var travelTold = false
    /// The next stop of a tour: the town it leaves is the previous stop, not the visitors' home.
    var tourLeg = false
    var people: [Entry] = []
    var sentences: [Int] = []
    var lastSentence: Int
    /// Why each person and each part of the route is in the frame, for `--explain`.
    var notes: [(item: String, rule: String, evidence: Span)] = []
    /// Whether notes are kept: building their strings for every article would cost more than the frame.
    let explains: Bool

    init(sentence: Int, explains: Bool) {
        lastSentence = sentence
        self.explains = explains
    }

    mutating func note(_ item: @autoclosure () -> String, _ rule: @autoclosure () -> String, at evidence: Span) {
        if explains { notes.append((item(), rule(), evidence)) }
    }

    var hasPeople: Bool { !people.isEmpty }

    /// Where the visitors come from, as told or as their roles say: before the sides are sorted, the
    /// route may not be filled in yet.
    var visitorCountry: String? {
        from ?? people.first { $0.slot != .host && $0.person.country != nil && $0.person.country != to }?.person.country
    }

    var hasVisitors: Bool { people.contains { $0.slot != .host } }

    var onlyHosts: Bool { !people.isEmpty && people.allSatisfy { $0.slot == .host } }

    /// Adds a person unless the frame already holds them under any spelling;
    /// then only a missing role or country is filled in.
    /// More people than any delegation names: the cap keeps pathological text linear.
    static let maxPeople = 60
    /// More visits than an article tells.
    static let maxFrames = 40

    func index(of key: NameVariants.Key) -> Int? {
        // By index: an entry handed to a closure was copied, its strings and lists retained.
        for i in people.indices where NameVariants.samePerson(people[i].key, key) { return i }
        return nil
    }

    /// `placed`: the person's index when the caller has already looked it up. The person and the key are
    /// taken, not copied: a new entry is built from them, where a copy retained every string and list.
    mutating func add(_ person: consuming Person, key: consuming NameVariants.Key, as slot: Slot, at placed: Int?? = .none) {
        if let i = placed ?? index(of: key) {
            // A function ("ministre de la Défense") says more than a rank ("général de division").
            if people[i].person.role == nil {
                people[i].person.role = person.role
                people[i].rank = person.role.map(Self.isRank) == true
            } else if people[i].rank, let role = person.role, !Self.isRank(role) {
                people[i].person.role = role
                people[i].rank = false
            }
            if people[i].person.country == nil { people[i].person.country = person.country }
            // The fullest spelling names the person ("Assimi Goïta" over "Goïta").
            if key.count > people[i].key.count {
                people[i].person.name = person.name
                people[i].key = key
            }
            people[i].person.mentions.append(contentsOf: person.mentions)
            return
        }
        guard people.count < Self.maxPeople else { return }
        let rank = person.role.map(Self.isRank) == true
        people.append(Entry(slot: slot, person: person, key: key, rank: rank))
    }

    /// People whose role names the host country are hosts, and hosts whose
    /// role names the visitors' country are visitors: "X met with Y" says
    /// nothing of who came, the countries do.
    mutating func sortSides() {
        guard let to, to != from else { return }
        // "Y met with X, Niger's minister": a host from abroad is the visitor.
        if from == nil, !sentByBody, let k = people.firstIndex(where: { $0.slot == .host && $0.person.country != nil && $0.person.country != to }) {
            from = people[k].person.country
        }
        // An international body's party comes from abroad even when no one in it has a nationality.
        let visitorsNamed = sentByBody || servesBody || people.contains { $0.slot != .host && $0.person.country != nil && $0.person.country != to }
        var swapped = false
        for k in people.indices {
            let c = people[k].person.country
            if people[k].slot != .host, c == to, visitorsNamed || from != nil {
                people[k].slot = .host
            } else if people[k].slot == .host, let c, c == from {
                people[k].slot = .member
                swapped = true
            }
        }
        // The visitors were read as hosts, so the one they met, of no stated country, is the host.
        if swapped {
            for k in people.indices where people[k].slot == .leader && people[k].person.country == nil { people[k].slot = .host }
        }
        if !people.contains(where: { $0.slot == .leader }), let k = people.firstIndex(where: { $0.slot == .member }) {
            people[k].slot = .leader
        }
    }

    /// Whether another mention of the person at `i` would add a role or given names.
    func wouldGain(at i: Int, key: NameVariants.Key, role: Bool) -> Bool {
        // Read in place: a copy of the entry would retain each of its strings and arrays.
        guard key.count <= people[i].key.count else { return true }
        return role && (people[i].person.role == nil || people[i].rank)
    }

    /// A part of the route. Named by a case, not a key path: a key path's access went through the
    /// runtime, at a cost of hundreds of instructions per route part filled.
    enum Part { case from, to, place }

    /// Sets a part of the route that is still unknown, noting why.
    mutating func fill(_ part: Part, _ value: String?, because rule: @autoclosure () -> String, at evidence: Span) {
        guard let value else { return }
        switch part {
        case .from:
            guard from == nil, !sentByBody else { return }
            from = value
        case .to:
            guard to == nil else { return }
            to = value
        case .place:
            guard place == nil else { return }
            place = value
        }
        note("\(part == .from ? "from" : part == .to ? "to" : "place") \(value)", rule(), at: evidence)
    }

    /// A host of another frame of the same visit.
    mutating func addHost(_ host: Entry, because rule: @autoclosure () -> String) {
        add(host.person, key: host.key, as: .host)
        note("\(host.person.name), read as host", rule(), at: host.person.mentions.first ?? Span(start: 0, end: 0))
    }

    /// Another party of the same visit, told from sentence `s`: same hosts, same place.
    func sibling(at s: Int) -> DelegationFrame {
        var frame = DelegationFrame(sentence: s, explains: explains)
        frame.to = to
        frame.place = place
        for h in people where h.slot == .host { frame.addHost(h, because: "another party received at the same visit") }
        return frame
    }

    /// "Le ministre a reçu l'ambassadeur de Turquie, … ainsi que le chargé d'affaires des États-Unis": visitors
    /// of several countries received together are one delegation per country, with the same hosts. Visitors
    /// of no stated country stay with the first party.
    /// One frame per visiting country, or nil when the frame stays whole (most do: no list is built for them).
    func splitByVisitorCountry() -> [DelegationFrame]? {
        guard !sentByBody else { return nil }
        var order: [String] = []
        for p in people where p.slot != .host {
            if let c = p.person.country, c != to, !order.contains(c) { order.append(c) }
        }
        if let from, order.isEmpty, !alsoFrom.isEmpty { order.append(from) }
        for c in alsoFrom where c != to && !order.contains(c) { order.append(c) }
        guard order.count > 1 else { return nil }
        return order.enumerated().map { k, country in
            var part = self
            part.from = country
            part.people = people.compactMap { p in
                // "X, et ses homologues libyen, Y, et tunisien, Z, prennent part …" in Libya: Y is every party's host.
                if p.slot != .host, to != nil, p.person.country == to { return p.asHost }
                return p.slot == .host || p.person.country == country || (k == 0 && p.person.country == nil) ? p : nil
            }
            part.alsoFrom = []
            part.knownByCountryOnly = !part.hasVisitors
            if !part.people.contains(where: { $0.slot == .leader }), let i = part.people.firstIndex(where: { $0.slot == .member }) {
                part.people[i].slot = .leader
            }
            part.note("from \(country)", "visitors of several countries received together: one delegation per country",
                      at: people.first?.person.mentions.first ?? Span(start: 0, end: 0))
            return part
        }
    }

    /// The next stop of the tour `previous` told: its visitors keep the fullest name, role and country
    /// that stop gave them ("Robert Dussey, ministre togolais …", then "M. Dussey").
    mutating func continueTour(of previous: DelegationFrame) {
        tourLeg = true
        for i in people.indices where people[i].slot != .host {
            guard let j = previous.index(of: people[i].key), previous.people[j].slot != .host else { continue }
            let earlier = previous.people[j]
            if earlier.person.name.count > people[i].person.name.count {
                people[i].person.name = earlier.person.name
                people[i].key = earlier.key
            }
            if people[i].person.role == nil {
                people[i].person.role = earlier.person.role
                people[i].rank = earlier.rank
            }
            people[i].person.country = people[i].person.country ?? earlier.person.country
            people[i].person.mentions += earlier.person.mentions
        }
        note("the next stop", "the same visitors, received by hosts of another country", at: people.first?.person.mentions.first ?? Span(start: 0, end: 0))
    }

    /// Takes in another telling of the same visit.
    mutating func absorb(_ other: DelegationFrame) {
        sentByBody = sentByBody || other.sentByBody
        servesBody = servesBody || other.servesBody
        travelTold = travelTold || other.travelTold
        tourLeg = tourLeg || other.tourLeg
        from = sentByBody ? nil : from ?? other.from
        to = to ?? other.to
        place = place ?? other.place
        for c in other.alsoFrom where !alsoFrom.contains(c) { alsoFrom.append(c) }
        for p in other.people { add(p.person, key: p.key, as: p.slot) }
        notes += other.notes
        note("the same visit", "another telling of it names the same person", at: other.notes.first?.evidence ?? Span(start: 0, end: 0))
        sentences = Array(Set(sentences + other.sentences)).sorted()
        lastSentence = max(lastSentence, other.lastSentence)
    }

    mutating func touch(_ sentence: Int) {
        // A visit is told in a few sentences: room for them at the first, rather than regrowing one by one.
        if sentences.isEmpty { sentences.reserveCapacity(4) }
        if sentences.last != sentence { sentences.append(sentence) }
        lastSentence = sentence
    }

    /// The first of `countries(in:)`, without building the list.
    func firstCountry(in slot: Slot) -> String? {
        for p in people.indices where people[p].slot == slot {
            if let country = people[p].person.country { return country }
        }
        return nil
    }

    func countries(in slot: Slot) -> [String] {
        var result: [String] = []
        for p in people where p.slot == slot {
            if let country = p.person.country { result.append(country) }
        }
        return result
    }

    /// One pass over the people, without copying their name keys around.
    func delegation(evidence: [Span]) -> Delegation {
        var leaders: [Person] = []
        var members: [Person] = []
        var hosts: [Person] = []
        for p in people {
            switch p.slot {
            case .leader: leaders.append(p.person)
            case .member: members.append(p.person)
            case .host: hosts.append(p.person)
            }
        }
        return Delegation(from: from, to: to, place: place, leaders: leaders, members: members, hosts: hosts, evidence: evidence)
    }
}
