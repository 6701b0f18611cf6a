/// Who a visit's sentence is about: the subject before a cue, the antecedent
/// of "X, who …", the person received after a hosting verb, and an unnamed
/// role that stands for someone the article names in full.
extension DelegationExtractor {
    /// The person a clause is about: read at the sentence start or after a
    /// break (dateline dash, opening adverbial), ending before the verb.
    func subject(in range: Range<Int>, before limit: Int) -> PersonPhrase? {
        if let antecedent = antecedent(in: range, before: limit) { return antecedent }
        let starts = clauseStarts(in: range, before: limit)
        for start in starts where start < limit {
            guard let p = reader.read(at: start, limit: limit) else { continue }
            // "Fada N'Gourma accueille une délégation": a town hosting is no person (a lone surname, "Mr. Kaya",
            // is read only for someone the article named in full).
            if isTown(p) { continue }
            if p.name != nil { return p }
            if let named = resolve(p) { return named }
        }
        return personEnding(at: limit, from: starts[0])
    }

    /// Where a verb's subject may start: the clause just before it, and each break in it (dateline dash,
    /// opening adverbial). The first start is the clause's.
    func clauseStarts(in range: Range<Int>, before limit: Int) -> [Int] {
        // A subject stands near its verb: only the clauses just before it are read.
        var from = max(range.lowerBound, limit - Self.subjectReach)
        // "…, où le président l'a reçu": the verb's subject stands in its own clause.
        if let opener = (from..<max(from, limit)).last(where: { text.tokens[$0].kind == .word && Lexicon.clauseOpeners.contains(text.tokens[$0]) }) {
            from = opener + 1
        }
        // "Accompagné du ministre X, le Premier ministre Y a quitté …": the companion fronted is not the subject.
        if let fronted = frontedCompanionEnd(in: range), fronted < limit { from = max(from, fronted) }
        var starts = [from]
        for i in from..<max(from, limit) where text.isPhraseBreak(i) || isDatelineHyphen(i) { starts.append(i + 1) }
        return starts
    }

    /// Past the companion a sentence-initial members cue names, and its comma.
    func frontedCompanionEnd(in range: Range<Int>) -> Int? {
        guard let cue = Lexicon.frontedCompanions.match(text.tokens, at: range.lowerBound, limit: range.upperBound),
              let companion = reader.read(at: cue, limit: range.upperBound), companion.name != nil else { return nil }
        return companion.end < range.upperBound && text.isComma(companion.end) ? companion.end + 1 : companion.end
    }

    /// "US Africa Command chief General X visited": a title the reader cannot open still ends on a name
    /// just before the verb; the earliest start is the fullest reading.
    private func personEnding(at limit: Int, from: Int) -> PersonPhrase? {
        for start in max(from, limit - Self.antecedentReach)..<max(from, limit) where text.tokens[start].kind == .word {
            if let p = reader.read(at: start, limit: limit), p.name != nil, p.end == limit { return isTown(p) ? nil : p }
        }
        return nil
    }

    private func isTown(_ p: PersonPhrase) -> Bool {
        guard let name = p.name, p.role == nil, name.count > 1, let town = places.starting(at: name.lowerBound) else { return false }
        return town.tokens.upperBound >= name.upperBound
    }

    /// "CONAKRY-Le président …": a dateline in capitals glued to the sentence by a hyphen.
    private func isDatelineHyphen(_ i: Int) -> Bool {
        guard i > 0, i + 1 < text.tokens.count, text.tokens[i].isHyphen, !text.tokens[i].spaceBefore else { return false }
        let before = text.tokens[i - 1]
        return before.kind == .word && before.isUpperCase && before.end - before.start > 1 && text.tokens[i + 1].isCapitalized && !text.tokens[i + 1].isUpperCase
    }

    /// "le président du Tchad a pris la direction de Niamey": an unnamed role with the same office and
    /// country as one person the article names in full is that person.
    func resolve(_ phrase: PersonPhrase) -> PersonPhrase? {
        guard phrase.name == nil, let role = phrase.role, let head = officeKey(role), let c = country(in: role) else { return nil }
        var found: FoundPerson?
        for k in known where k.country == c {
            guard let name = k.phrase.name, let r = k.phrase.role, officeKey(r) == head else { continue }
            if let f = found, let other = f.phrase.name, text.tokens[other.upperBound - 1].key != text.tokens[name.upperBound - 1].key { return nil }
            found = found ?? k
        }
        return found.map { PersonPhrase(name: $0.phrase.name, role: $0.phrase.role, end: phrase.end) }
    }

    /// The key of the first word of a role's function ("président" in "le président de la Transition du Tchad").
    func officeKey(_ role: Range<Int>) -> UInt64? {
        role.first { Lexicon.functions.match(text.tokens, at: $0, limit: role.upperBound) != nil }.map { text.tokens[$0].key }
    }

    static let antecedentReach = 12

    /// "X, et Y, ont quitté Bamako", "X, Y et Z prennent part": the subjects after the first, joined by commas
    /// and "et", "and", the last ending at the cue; none when the run does not reach the cue.
    func coordinatedSubjects(after subject: PersonPhrase, before cue: Int) -> [PersonPhrase] {
        var partners: [PersonPhrase] = []
        var i = subject.end
        while partners.count < Self.maxListItems {
            var j = i
            if j < cue, text.isComma(j) { j += 1 }
            let joined = j + 1 < cue && text.tokens[j].kind == .word && WordSet.conjunctions.contains(text.tokens[j])
            if joined { j += 1 }
            // "Les ministres du Burkina Faso, le général X, et du Niger, le général Y, ont …": the office understood.
            guard j > i, let partner = sameOfficeOfCountry(at: j, in: j..<cue) ?? reader.read(at: j, limit: cue),
                  partner.name != nil else { return [] }
            partners.append(partner)
            let end = partner.end < cue && text.isComma(partner.end) ? partner.end + 1 : partner.end
            // "… were welcomed by", "… ont été reçus par": an auxiliary may stand before the cue.
            if end <= cue, cue - end <= Self.auxiliaryWords,
               (end..<cue).allSatisfy({ text.tokens[$0].kind == .word && !text.tokens[$0].isCapitalized }) {
                // A run of commas alone is an apposition, not a list: an "et" closes a list.
                return joined ? partners : []
            }
            i = partner.end
        }
        return []
    }

    private static let auxiliaryWords = 2

    /// "a reçu le vice-ministre russe, le général X, à la tête d'une délégation": the person whose phrase
    /// ends at the comma before a cue in apposition.
    func appositiveHead(in range: Range<Int>, before cue: Int) -> PersonPhrase? {
        personEnding(atComma: cue - 1, in: range)
    }

    /// Words a visit's own phrase may take between the name and a lead cue ("en visite officielle en Algérie").
    private static let visitPhraseReach = 8

    /// "…, le général X, en visite officielle en Algérie à la tête d'une délégation": the person before the
    /// visit's phrase that leads up to the cue heads the delegation, not the sentence's subject who receives it.
    func headBeforeVisitPhrase(in range: Range<Int>, before cue: Int, travels: [SentenceCues.Match]) -> PersonPhrase? {
        guard let travel = travels.last(where: { $0.end <= cue && cue - $0.end <= Self.visitPhraseReach }),
              !(travel.end..<cue).contains(where: { text.isComma($0) }) else { return nil }
        return personEnding(atComma: travel.start - 1, in: range)
    }

    /// The named person whose phrase ends at a comma; the earliest start is the fullest reading of them.
    private func personEnding(atComma comma: Int, in range: Range<Int>) -> PersonPhrase? {
        guard comma > range.lowerBound, text.isComma(comma) else { return nil }
        for start in max(range.lowerBound, comma - Self.antecedentReach)..<comma where text.tokens[start].kind == .word {
            if let p = reader.read(at: start, limit: comma), p.name != nil, p.end == comma { return p }
        }
        return nil
    }

    /// Tokens between a relative and its verb's cue: "who is on a three-day working visit", "qui est en visite".
    private static let relativeToCue = 6

    /// "…, by Defence Minister X, who visited Niamey": the person whose phrase ends at the comma before the relative.
    func antecedent(in range: Range<Int>, before limit: Int) -> PersonPhrase? {
        guard let relative = (max(range.lowerBound, limit - 1 - Self.relativeToCue)..<limit).last(where: {
            text.tokens[$0].kind == .word && Lexicon.relatives.contains(text.tokens[$0])
        }), ((relative + 1)..<limit).allSatisfy({ text.tokens[$0].kind == .word ? !text.tokens[$0].isCapitalized : text.tokens[$0].isHyphen })
        else { return nil }
        return personEnding(atComma: relative - 1, in: range)
    }

    private static let objectReach = 5

    /// "received a report from the Chief of Staff, General X", "a reçu mardi un rapport du …": the verb's
    /// object, past the day, is a thing; the person named after it sent it and is no guest.
    func receivesAThing(after start: Int, in range: Range<Int>) -> Bool {
        var i = start
        while i < range.upperBound, text.tokens[i].kind == .word, Lexicon.calendarWords.contains(text.tokens[i]) { i += 1 }
        // "à" folds to the English article "a": "a reçu mardi à l'état-major le général X" names its guest.
        guard i + 1 < range.upperBound, text.tokens[i].kind == .word, Lexicon.determiners.contains(text.tokens[i]), !text.isAcronym(i),
              text.language == .en || !Lexicon.destinationPrepositions.contains(text.tokens[i]) else { return false }
        let noun = text.tokens[i + 1]
        guard noun.kind == .word, !noun.isCapitalized, !Lexicon.calendarWords.contains(noun),
              reader.read(at: i, limit: range.upperBound) == nil else { return false }
        // "a senior Turkish official", "un haut responsable russe": a function a few words on is someone.
        // The thing's complement ("a report from …", "un rapport du …") ends the phrase.
        var k = i + 1
        while k < min(range.upperBound, i + Self.objectReach), text.tokens[k].kind == .word,
              !Lexicon.fromWords.contains(text.tokens[k]), !Lexicon.originLinks.contains(text.tokens[k]), !Lexicon.roleLinks.contains(text.tokens[k]) {
            if Lexicon.functions.match(text.tokens, at: k, limit: range.upperBound) != nil { return false }
            k += 1
        }
        return true
    }

    /// Whether a person phrase, named or only by role ("le ministre malien"), follows a hosting verb.
    func receivesSomeone(after start: Int, in range: Range<Int>) -> Bool {
        personReceived(after: start, in: range) != nil
    }

    /// The first person phrase, named or only by role, after a hosting verb.
    func personReceived(after start: Int, in range: Range<Int>) -> PersonPhrase? {
        let limit = min(range.upperBound, start + Self.guestReach)
        var i = start
        while i < limit {
            if text.tokens[i].kind == .word, let p = reader.read(at: i, limit: range.upperBound), p.name != nil || p.role != nil { return p }
            i += 1
        }
        return nil
    }

    /// The person received: "a reçu en audience, au palais de Nouakchott, le
    /// lundi 28 avril, le ministre sénégalais …": the first named person after
    /// the verb, past the time and the venue.
    func guest(after start: Int, in range: Range<Int>) -> PersonPhrase? {
        let limit = min(range.upperBound, start + Self.guestReach)
        guard !receivesAThing(after: start, in: range) else { return nil }
        var i = start
        while i < limit {
            if text.tokens[i].kind == .word, let p = reader.read(at: i, limit: range.upperBound), p.name != nil { return p }
            i += 1
        }
        return nil
    }

    static let audienceReach = 8

    func isAudienceGrant(_ host: SentenceCues.Match) -> Bool {
        Lexicon.audienceGrants.match(text.tokens, at: host.start) == host.end
    }

    /// "a accordé mardi une série d'audiences": one past the audience granted, a few words on; the guest
    /// is read from there ("a accordé une audience au ministre X").
    func audienceGranted(_ host: SentenceCues.Match, in range: Range<Int>) -> Int? {
        Lexicon.meeting.first(in: text.tokens, host.end..<min(range.upperBound, host.end + Self.audienceReach))?.end
    }

    /// The country of the person, named or not, whose phrase ends at the comma before a companions cue.
    func companionOwnerCountry(before cue: Int, in range: Range<Int>) -> String? {
        let comma = cue - 1
        guard comma > range.lowerBound, text.isComma(comma) else { return nil }
        for start in max(range.lowerBound, comma - Self.antecedentReach)..<comma where text.tokens[start].kind == .word {
            if let p = reader.read(at: start, limit: comma), p.end == comma, let role = p.role { return country(in: role) }
        }
        return nil
    }

    /// "L'ambassadeur a échangé avec la presse": talks with journalists or students tell no visit.
    func reachesThePublic(_ h: SentenceCues.Match, in range: Range<Int>) -> Bool {
        var i = h.end
        while i < range.upperBound, text.tokens[i].kind == .word, Lexicon.determiners.contains(text.tokens[i]) || text.tokens[i].isApostrophe { i += 1 }
        return Lexicon.publicAudiences.match(text.tokens, at: i, limit: range.upperBound) != nil
    }

    /// "Le Premier ministre X a échangé avec l'ambassadeur de Chine, Y": an envoy met in talks is posted
    /// where they take place, so he is the guest and the subject his host; not after "reçu par", "met by".
    func meetsAnEnvoy(_ h: SentenceCues.Match, _ subject: PersonPhrase, in range: Range<Int>) -> Bool {
        guard !Lexicon.passiveAgents.contains(text.tokens[h.end - 1]), subject.role.map({ !Lexicon.postings.contains(in: text.tokens, $0) }) ?? true,
              h.end < range.upperBound, let met = reader.read(at: h.end, limit: range.upperBound), met.name != nil, let role = met.role else { return false }
        return Lexicon.postings.contains(in: text.tokens, role)
    }
}
