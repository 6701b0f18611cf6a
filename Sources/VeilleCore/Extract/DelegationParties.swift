/// Parties told by forms other than a named visitor and a cue: countries of guests named by office ("ses
/// homologues du Mali et du Niger"), a country represented at a meeting, the head of a delegation named with
/// its nationality, the envoy at the end of roles in apposition, a host named by a participle opening the sentence.
extension DelegationExtractor {
    /// "Le Mali était représenté par son ministre de la Défense, le général X": the country just before the cue
    /// sends a party of its own to the meeting of `frame`, with the same hosts.
    /// `inout` though it only reads: a frame passed from the array by value was copied, every string and list retained.
    func representedParty(_ cues: SentenceCues, _ range: Range<Int>, at s: Int, joining frame: inout DelegationFrame) -> DelegationFrame? {
        guard let represented = cues.representedBy,
              let country = countries.starting(in: range).last(where: { $0.tokens.upperBound == represented.start && $0.form == .name }),
              country.code != frame.to, let person = reader.read(at: represented.end, limit: range.upperBound), person.name != nil else { return nil }
        var party = frame.sibling(at: s)
        party.fill(.from, country.code, because: "the country represented, before «\(cue(represented))»", at: text.span(tokens: country.tokens))
        add(person, as: .leader, to: &party, because: "the person representing \(country.code), after «\(cue(represented))»")
        return party
    }

    /// "Niger was represented by X, while Chad's delegation was led by Y": after the party `represented` told,
    /// a delegation named by its country and its leader is another party of the same meeting.
    func qualifiedParty(_ cues: SentenceCues, _ range: Range<Int>, at s: Int, after: Int, joining frame: inout DelegationFrame,
                        besides party: String?) -> DelegationFrame? {
        guard let noun = cues.delegationNoun, noun >= after, let country = origin(afterNoun: noun, in: range),
              country != frame.to, country != party,
              let lead = cues.leads.first(where: { $0.start > noun && $0.start - noun <= Self.qualifiedLeadReach }),
              let person = reader.read(at: lead.end, limit: range.upperBound), person.name != nil else { return nil }
        var other = frame.sibling(at: s)
        // The meeting's sentences are this party's too: where it was held is told there.
        other.sentences = frame.sentences
        other.touch(s)
        other.fill(.from, country, because: "the delegation's country, before «\(cue(lead))»", at: text.span(tokens: noun..<(noun + 1)))
        add(person, as: .leader, to: &other, because: "leads the \(country) delegation, after «\(cue(lead))»")
        return other
    }

    /// "Chad's delegation was led by": the noun stands this close before its lead cue.
    private static let qualifiedLeadReach = 4

    /// Words between "head of the" and "delegation": "the head of the Malian military delegation".
    private static let qualifierWords = 3

    /// "Le chef de la délégation malienne, le ministre X", "The head of the Malian delegation, X": the person in
    /// apposition to the head of a delegation named with its nationality.
    func headOfQualifiedDelegation(_ noun: Int, in range: Range<Int>) -> PersonPhrase? {
        let tokens = text.tokens
        guard (max(range.lowerBound, noun - Self.qualifierWords - 3)..<noun).contains(where: { start in
            guard let end = Lexicon.delegationHeadOpeners.match(tokens, at: start, limit: noun + 1), end <= noun else { return false }
            return noun - end <= Self.qualifierWords && (end..<noun).allSatisfy { tokens[$0].kind == .word }
        }) else { return nil }
        var j = noun + 1
        if let c = countries.starting(at: j), c.form == .demonym { j = c.tokens.upperBound }
        guard j + 1 < range.upperBound, text.isComma(j), let p = reader.read(at: j + 1, limit: range.upperBound), p.name != nil else { return nil }
        return p
    }

    /// Roles in apposition read before the envoy's name: "l'envoyé spécial du président nigérien, le ministre des
    /// Affaires étrangères, M. X".
    private static let appositiveRoles = 3

    /// "a reçu l'envoyé spécial du président nigérien, le ministre …, M. X": the person named at the end of a
    /// chain of roles in apposition to the envoy is the envoy, not someone the party is named after.
    func namesTheEnvoy(_ noun: Int, _ guest: PersonPhrase, in range: Range<Int>) -> Bool {
        var i = noun
        for _ in 0..<Self.appositiveRoles {
            guard let p = reader.read(at: i, limit: range.upperBound) else { return false }
            if p.name != nil { return p.name == guest.name }
            guard p.end < range.upperBound, text.isComma(p.end) else { return false }
            i = p.end + 1
        }
        return false
    }

    /// "Reçu par le président X, l'émissaire Y a remis …", "Welcomed by X, Y said …": a participle opening
    /// the sentence names one host; the clause's subject, after the comma, is the guest.
    func frontedHost(_ participle: SentenceCues.Match, in range: Range<Int>, to frame: inout DelegationFrame) -> Bool {
        guard participle.start == range.lowerBound, Lexicon.passiveParticiples.contains(text.tokens[participle.start]),
              var host = reader.read(at: participle.end, limit: range.upperBound), host.name != nil,
              host.end + 1 < range.upperBound, text.isComma(host.end),
              var guest = reader.read(at: host.end + 1, limit: range.upperBound), guest.name != nil else { return false }
        // "Reçu par le général X, l'envoyé spécial du président russe, Y, …": the title after the host's name is
        // the guest's, who is named after it.
        if let name = host.name, let role = host.role, role.lowerBound > name.upperBound, guest.role == nil,
           text.isComma(name.upperBound), let titled = reader.read(at: name.upperBound + 1, limit: range.upperBound),
           titled.name == guest.name, let bare = reader.read(at: participle.end, limit: name.upperBound) {
            host = bare
            guest = titled
        }
        add(host, as: .host, to: &frame, because: "named by the participle «\(cue(participle))» opening the sentence")
        add(guest, as: .leader, to: &frame, because: "subject of the clause after «\(cue(participle))» and its host")
        return true
    }

    /// "ses homologues du Mali, du Burkina Faso et du Niger": the first country the visitors' role names
    /// is the frame's, each other one a party of its own.
    func fillVisitorCountries(of role: Range<Int>, in frame: inout DelegationFrame, because rule: String) {
        guard let c = country(in: role), c != frame.to else { return }
        frame.fill(.from, c, because: rule, at: text.span(tokens: role))
        for other in coordinatedCountries(in: role) where other != c && other != frame.to && !frame.alsoFrom.contains(other) {
            frame.alsoFrom.append(other)
            frame.note("from \(other)", rule + ", another country", at: text.span(tokens: role))
        }
    }

    /// An unnamed subject heading the sentence and ending at the cue: "Les ministres de la Défense du Mali et du Niger sont arrivés".
    func unnamedSubjectRole(before cue: Int, in range: Range<Int>) -> Range<Int>? {
        for start in clauseStarts(in: range, before: cue) where start < cue {
            if let p = reader.read(at: start, limit: cue), p.name == nil, p.end == cue { return p.role }
        }
        return nil
    }

    /// The countries of a role that names several ("ses homologues du Mali et du Niger"); none for a
    /// posting ("l'ambassadeur de Russie au Mali"), whose second country is where the envoy serves.
    func coordinatedCountries(in role: Range<Int>) -> [String] {
        guard !Lexicon.postings.contains(in: text.tokens, role), !RoleCountry.servesInternationalBody(role, text) else { return [] }
        return countries.starting(in: role).filter { $0.form != .capital }.map(\.code)
    }
}
