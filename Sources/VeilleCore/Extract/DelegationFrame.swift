/// A delegation being filled in across sentences.
struct DelegationFrame {
    enum Slot { case leader, member, host }

    var from: String?
    var to: String?
    var place: String?
    var people: [(slot: Slot, person: Person, key: NameVariants.Key)] = []
    var sentences: [Int] = []
    var lastSentence: Int

    init(sentence: Int) {
        lastSentence = sentence
    }

    var hasPeople: Bool { !people.isEmpty }

    func slot(of key: NameVariants.Key) -> Slot? {
        people.first { NameVariants.samePerson($0.key, key) }?.slot
    }

    /// Adds a person unless the frame already holds them under any spelling;
    /// then only a missing role or country is filled in.
    mutating func add(_ person: Person, key: NameVariants.Key, as slot: Slot) {
        if let i = people.firstIndex(where: { NameVariants.samePerson($0.key, key) }) {
            // A function ("ministre de la Défense") says more than a rank ("général de division").
            if people[i].person.role == nil || (people[i].person.role.map(Self.isRank) == true && person.role.map(Self.isRank) == false) {
                people[i].person.role = person.role
            }
            if people[i].person.country == nil { people[i].person.country = person.country }
            people[i].person.mentions.append(contentsOf: person.mentions)
            return
        }
        people.append((slot, person, key))
    }

    static func isRank(_ role: String) -> Bool {
        Lexicon.rankNames.contains(fold(role))
    }

    mutating func touch(_ sentence: Int) {
        if sentences.last != sentence { sentences.append(sentence) }
        lastSentence = sentence
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
