/// A person as a phrase of the text: "le vice-ministre russe de la Défense,
/// Yunus-Bek Evkurov", "du lieutenant-général Andreï Averianov", "Sadio
/// Camara, ministre de la Défense".
struct PersonPhrase: Sendable {
    var name: Range<Int>?
    var role: Range<Int>?
    /// "Mali's Abdoulaye Diop": the country a possessive gives a person named without a title; "du Niger"
    /// in "les ministres du Mali, X, et du Niger, Y", where the shared role names no country.
    var origin: Range<Int>? = nil
    /// One past the last token read.
    var end: Int
}

/// Reads person phrases forward from a token. Roles keep their complement
/// ("de la Défense et des Anciens Combattants") because capitalised words
/// after a linking word belong to the role; a capitalised word straight after
/// the role starts the name.
struct PersonReader {
    let text: ParsedText
    let countries: [CountryMention]
    /// Keys of the surnames of people the article has already named in full:
    /// "with Col. Goita" is then a person, not a lone capitalised word.
    var surnames = KeySet([])
    let lexicon = PersonWords.shared

    private static let maxRoleTokens = 16

    func read(at start: Int, limit: Int) -> PersonPhrase? {
        let tokens = text.tokens
        var i = skipDeterminers(start, limit)
        guard i < limit, tokens[i].kind == .word else { return nil }
        // "état-major le chef …": no reading starts inside a compound word ("major" is a rank).
        if i > 0, tokens[i - 1].isHyphen, !tokens[i].spaceBefore, !tokens[i - 1].spaceBefore { return nil }
        if let head = roleHead(at: i, limit: limit) {
            return readRoleFirst(roleStart: i, headEnd: head.end, isRank: head.isRank, limit: limit)
        }
        if let owned = possessiveCountry(at: i, limit: limit), let name = readName(at: owned.upperBound, limit: limit) {
            return PersonPhrase(name: name, role: nil, origin: owned, end: name.upperBound)
        }
        guard let name = readName(at: i, limit: limit) else { return nil }
        i = name.upperBound
        var phrase = PersonPhrase(name: name, role: nil, end: i)
        if let role = appositiveFunction(after: i, limit: limit, ranksToo: true) {
            phrase.role = role
            phrase.end = role.upperBound
        }
        return phrase
    }

    /// "Mali's " before a name: the country's tokens with the possessive.
    private func possessiveCountry(at i: Int, limit: Int) -> Range<Int>? {
        guard let c = country(at: i), c.form == .name else { return nil }
        let j = c.tokens.upperBound
        return j + 1 < limit && isPossessive(j + 1) ? i..<(j + 2) : nil
    }

    /// ", ministre de la Défense," after a name.
    private func appositiveFunction(after i: Int, limit: Int, ranksToo: Bool = false) -> Range<Int>? {
        guard i < limit, text.isComma(i) else { return nil }
        let r = skipDeterminers(i + 1, limit)
        guard r < limit, let head = roleHead(at: r, limit: limit), ranksToo || !head.isRank else { return nil }
        // "Gen X, Ambassador Y, …": a title straight before a name is the next person's, not X's role.
        if readName(at: head.end, limit: limit, afterRole: true) != nil { return nil }
        // "le président X, l'ambassadeur français Y": a title that leads to a name is the next person's too.
        let beforeNames = extendRole(from: head.end, limit: limit, stopAtNames: true)
        if beforeNames > head.end, readName(at: beforeNames, limit: limit, afterRole: true) != nil { return nil }
        let end = extendRole(from: head.end, limit: limit, stopAtNames: false)
        // "le général X, l'envoyé spécial du président ivoirien, Y, lui a remis …": a title with its article, then a
        // comma and a name, is the next person's. Not in a list of pairs, where the next name has a title of its own
        // ("X, le vice-Premier ministre russe, Y, le ministre de la Défense, …"; "X, ministre de …, Y" is bare).
        if r > i + 1, end + 1 < limit, text.isComma(end), let next = readName(at: end + 1, limit: limit, afterRole: true),
           appositiveFunction(after: next.upperBound, limit: limit, ranksToo: ranksToo) == nil { return nil }
        return r..<end
    }


    /// The end of the head of a second function joined to a role by a comma.
    private func roleContinuation(after comma: Int, limit: Int) -> Int? {
        let i = comma + 1
        guard i < limit, text.tokens[i].kind == .word, !text.tokens[i].isCapitalized || function(at: i, limit: limit) != nil else { return nil }
        // "…, Lieutenant General X": a rank after the comma opens the name, it does not continue the role.
        if lexicon.ranks.match(text.tokens, at: i, limit: limit) != nil { return nil }
        if lexicon.roleContinuations.contains(text.tokens[i]) { return i + 1 }
        // A portfolio listed by commas: "Ministre de la Jeunesse, de la Culture, des Arts et des Sports".
        if lexicon.portfolioLinks.contains(text.tokens[i]) { return i }
        return function(at: i, limit: limit)
    }

    /// "his counterparts from Mali, Burkina Faso and Niger": a list of countries, joined by commas and a
    /// last conjunction, goes on with the role past its commas. A list with no conjunction is not one.
    private func countryListEnd(after comma: Int, limit: Int) -> Int? {
        var i = comma + 1
        while i < limit, let c = country(at: i), c.form == .name {
            let end = c.tokens.upperBound
            guard end + 1 < limit else { return nil }
            if text.isComma(end) {
                i = end + 1
                continue
            }
            guard text.tokens[end].kind == .word, WordSet.conjunctions.contains(text.tokens[end]),
                  let last = country(at: end + 1), last.form == .name, last.tokens.upperBound <= limit else { return nil }
            return last.tokens.upperBound
        }
        return nil
    }

    private func endsOnCountry(_ role: Range<Int>) -> Bool {
        let inRole = countries.starting(in: role)
        return !inRole.isEmpty && inRole[inRole.endIndex - 1].tokens.upperBound == role.upperBound
    }

    /// A function or rank, possibly after a nationality or one or two
    /// adjectives: "Malian chief", "parliamentary state secretary".
    private func roleHead(at i: Int, limit: Int) -> (end: Int, isRank: Bool)? {
        let tokens = text.tokens
        if let end = function(at: i, limit: limit) { return (end, false) }
        if let end = lexicon.ranks.match(tokens, at: i, limit: limit) { return (end, true) }
        if let country = country(at: i), country.form != .capital {
            // "ses homologues libyen, X, et tchadien, Y": a bare demonym in a list of counterparts.
            if country.form == .demonym, i > 0, tokens[i - 1].kind == .word, lexicon.conjunctions.contains(tokens[i - 1]),
               country.tokens.upperBound < limit, text.isComma(country.tokens.upperBound) {
                return (country.tokens.upperBound, false)
            }
            var j = country.tokens.upperBound
            // "Mali's Minister of Defence".
            if country.form == .name, j + 1 < limit, isPossessive(j + 1) { j += 2 }
            guard country.form == .demonym || j > country.tokens.upperBound else { return nil }
            // "Indian Defence Adviser": one or two words of the field before the function.
            for k in j..<min(limit, j + 3) {
                if let end = function(at: k, limit: limit) { return (end, false) }
                // "Algeria's Lieutenant General X".
                if k == j, let end = lexicon.ranks.match(tokens, at: k, limit: limit) { return (end, true) }
                guard tokens[k].kind == .word, !lexicon.roleStops.contains(tokens[k]), !lexicon.determiners.contains(tokens[k]) else { break }
            }
            return nil
        }
        var j = i
        // "United Nations peacekeeping chief", "ECOWAS Commission president": a body's name may open the role.
        if let body = lexicon.internationalBodies.match(tokens, at: i, limit: limit) {
            j = body
            if let end = function(at: j, limit: limit) { return (end, false) }
        }
        // "defence chief", "UN envoy": lower-case words or an acronym before the function.
        let opened = j
        while j < min(limit, opened + 2), tokens[j].kind == .word, !tokens[j].isCapitalized || tokens[j].isUpperCase, !lexicon.roleStops.contains(tokens[j]),
              !lexicon.determiners.contains(tokens[j]) || text.isAcronym(j), tokens[j].classes & WordClass.cueStart.rawValue == 0 || text.isAcronym(j),
              !lexicon.conjunctions.contains(tokens[j]) {
            j += 1
            if j < limit, let end = function(at: j, limit: limit) { return (end, false) }
        }
        return nil
    }

    private func readRoleFirst(roleStart: Int, headEnd: Int, isRank: Bool, limit: Int) -> PersonPhrase {
        let tokens = text.tokens
        var roleEnd = extendRole(from: headEnd, limit: limit, stopAtNames: true)
        // "ministre d'État, ministre de la Guerre", "ministre délégué …, chargé de la Défense".
        while roleEnd < limit, text.isComma(roleEnd), let more = roleContinuation(after: roleEnd, limit: limit) {
            roleEnd = extendRole(from: more, limit: limit, stopAtNames: true)
        }
        if roleEnd < limit, text.isComma(roleEnd), endsOnCountry(roleStart..<roleEnd), let end = countryListEnd(after: roleEnd, limit: limit) {
            roleEnd = end
        }
        // "le gouverneur de la région de Diffa (Niger), le général X": the country in brackets belongs to the role.
        if roleEnd + 2 < limit, tokens[roleEnd].isPunctuation("("), let c = countries.starting(at: roleEnd + 1), c.form != .capital,
           c.tokens.upperBound < limit, tokens[c.tokens.upperBound].isPunctuation(")") {
            roleEnd = c.tokens.upperBound + 1
        }
        // "le chef d'état-major (CEMGA) du Ghana": the complement after the office's acronym is still the role's.
        if let acronymEnd = acronymInBrackets(at: roleEnd, limit: limit), acronymEnd < limit, tokens[acronymEnd].kind == .word,
           !tokens[acronymEnd].isCapitalized, lexicon.roleLinks.contains(tokens[acronymEnd]) {
            let extended = extendRole(from: acronymEnd, limit: limit, stopAtNames: true)
            if extended > acronymEnd { roleEnd = extended }
        }
        var phrase = PersonPhrase(name: nil, role: roleStart..<roleEnd, end: roleEnd)
        // "the Chief of Army Staff (COAS), General X": the office's acronym stays out of the role.
        var i = acronymInBrackets(at: roleEnd, limit: limit) ?? roleEnd
        // "le président, M. X", "le président SEM X": courtesy titles before the name.
        if i < limit, text.isComma(i) { i = skipDeterminers(i + 1, limit) } else { i = skipHonorifics(i, limit) }
        // "Col. Sangaré": the full stop of an abbreviated rank.
        if isRank, i < limit, tokens[i].isPunctuation("."), i == headEnd { i += 1 }
        // Ranks between the function and the name are dropped from the role:
        // "le Colonel Général X", "le Général de Corps d'Armée, X".
        // "le directeur général de la police, le commissaire X": a one-word title after the comma is dropped too.
        if i > roleEnd, i + 1 < limit, function(at: i, limit: limit) == i + 1, readName(at: i + 1, limit: limit, afterRole: true) != nil {
            i += 1
        }
        while i < limit, let rankEnd = lexicon.ranks.match(tokens, at: i, limit: limit) {
            var j = rankEnd
            // "Lt. Gen. X": the full stop of the abbreviated rank.
            if j < limit, tokens[j].isFullStop, !tokens[j].spaceBefore { j += 1 }
            if j < limit, text.isComma(j) { j = skipDeterminers(j + 1, limit) }
            guard j < limit, tokens[j].isCapitalized, j > i else { break }
            i = j
        }
        // "ministre de la Défense Paul Konaté": a lone surname after a role that took the given name.
        let straight = readName(at: i, limit: limit, afterRole: true)
        if i == roleEnd, straight.map({ $0.count == 1 }) ?? true, let name = nameStraddlingRoleEnd(roleStart..<roleEnd, limit: limit) {
            phrase.role = roleStart..<name.lowerBound
            phrase.name = name
            phrase.end = name.upperBound
        } else if let name = straight {
            phrase.name = name
            phrase.end = name.upperBound
            // "Major General Liu Zhenbang, deputy director of …", "Ambassador X, Special Adviser to …":
            // the function is the role, not the bare rank or title.
            if isRank || headEnd - roleStart == 1 && roleEnd == headEnd, let function = appositiveFunction(after: name.upperBound, limit: limit) {
                phrase.role = function
                phrase.end = function.upperBound
            }
        } else if let split = nameClosingRole(roleStart..<roleEnd) {
            // "ministre de la Défense Sadio Camara", without the comma.
            phrase.role = roleStart..<split.lowerBound
            phrase.name = split
        }
        return phrase
    }

    private static let portfolioWords = 3

    /// "ministre de la Défense Paul Konaté": the capitalised run after the portfolio took the given name into
    /// the role and stopped at the surname; the name starts at the role's last word.
    private func nameStraddlingRoleEnd(_ role: Range<Int>, limit: Int) -> Range<Int>? {
        let tokens = text.tokens
        let last = role.upperBound - 1
        guard role.count >= 4, tokens[last].isCapitalized else { return nil }
        // The portfolio's capitalised words ("Défense", "Défense Nationale"), back to the link that opened them.
        var k = last - 1
        while k > role.lowerBound, last - k <= Self.portfolioWords, tokens[k].kind == .word, tokens[k].isCapitalized { k -= 1 }
        guard k < last - 1, k >= role.lowerBound, lexicon.roleLinks.contains(tokens[k]) || tokens[k].isApostrophe,
              let name = readName(at: last, limit: limit, afterRole: true), name.upperBound > role.upperBound else { return nil }
        return name
    }

    /// The end of a function at token i, unless its word is a plain word in the article's language:
    /// "une aide alimentaire" is help, not an aide.
    /// Asked at nearly every word and most start no function: the class test runs inline, the trie only past it.
    @inline(__always)
    private func function(at i: Int, limit: Int) -> Int? {
        guard i < limit, i < text.tokens.count, text.tokens[i].kind == .word,
              text.tokens[i].classes & WordClass.functionStart.rawValue != 0 else { return nil }
        return functionFromStart(at: i, limit: limit)
    }

    private func functionFromStart(at i: Int, limit: Int) -> Int? {
        guard let end = lexicon.functions.match(text.tokens, at: i, limit: limit) else { return nil }
        guard end == i + 1 else { return end }
        // The set read in place: a copy of it, as a switch returns, retained its tables.
        let plain = switch text.language {
        case .fr: lexicon.frenchPlainWords.contains(text.tokens[i])
        case .en: lexicon.englishPlainWords.contains(text.tokens[i])
        }
        return plain ? nil : end
    }

    /// One past "(COAS)" when an acronym in brackets stands at i.
    private func acronymInBrackets(at i: Int, limit: Int) -> Int? {
        guard i + 2 < limit, text.tokens[i].isPunctuation("("), text.tokens[i + 1].kind == .word, text.tokens[i + 1].isUpperCase,
              text.tokens[i + 2].isPunctuation(")") else { return nil }
        return i + 3
    }

    /// Extends a role head over adjectives and complements.
    private func extendRole(from headEnd: Int, limit: Int, stopAtNames: Bool) -> Int {
        let tokens = text.tokens
        var k = headEnd
        let cap = min(limit, headEnd + Self.maxRoleTokens)
        while k < cap {
            let t = tokens[k]
            if t.kind == .punctuation {
                if text.isPhraseBreak(k) { break }
                k += 1
                continue
            }
            if let mark = interimMarkEnd(at: k, limit: cap) { k = mark; continue }
            // "le ministre et son homologue turc": a conjunction before a determiner and a function opens another person.
            if lexicon.conjunctions.contains(t), startsAnotherRole(after: k, limit: cap) { break }
            // "the Chadian president's chief of staff": the possessive, not the "s" of "s'est".
            if isPossessive(k) { k += 1; continue }
            // "à" is a link inside a role ("attaché de défense à l'ambassade"); the verb "a" ends it.
            if lexicon.roleStops.contains(t), !t.isCapitalized, !text.writesGraveA(k) { break }
            // "le ministre de la Défense Dr X": a courtesy title opens the name, whatever link precedes it.
            if t.isCapitalized, stopAtNames, !followsLink(k, roleHeadEnd: headEnd) || lexicon.honorifics.contains(t), !ranksInsideRole(k, cap) { break }
            k += 1
        }
        // Do not end a role on a linking word ("ministre de").
        while k > headEnd, tokens[k - 1].kind == .word, lexicon.roleLinks.contains(tokens[k - 1]) { k -= 1 }
        while k > headEnd, tokens[k - 1].kind == .punctuation { k -= 1 }
        return k
    }

    /// "Chef d'État-major Général des Armées": a capitalised rank word before a link is the role's adjective.
    private func ranksInsideRole(_ k: Int, _ limit: Int) -> Bool {
        let tokens = text.tokens
        guard k + 1 < limit, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized, lexicon.roleLinks.contains(tokens[k + 1]),
              lexicon.ranks.match(tokens, at: k, limit: k + 1) != nil, !lexicon.honorifics.contains(tokens[k]) else { return false }
        return true
    }

    private func startsAnotherRole(after k: Int, limit: Int) -> Bool {
        let j = skipDeterminers(k + 1, limit)
        return j > k + 1 && j < limit && function(at: j, limit: limit) != nil
    }

    @inline(__always)
    private func isPossessive(_ k: Int) -> Bool {
        k > 0 && text.tokens[k - 1].isApostrophe && lexicon.possessiveS.contains(text.tokens[k])
    }

    /// One past "a.i.", "par intérim" at token k.
    /// Asked at every word of a role: the test of its first scalar runs inline.
    @inline(__always)
    private func interimMarkEnd(at k: Int, limit: Int) -> Int? {
        guard lexicon.interimMarkInitials.contains(text.scalars[Int(text.tokens[k].start)]) else { return nil }
        return interimMarkEnd(fromInitial: k, limit: limit)
    }

    private func interimMarkEnd(fromInitial k: Int, limit: Int) -> Int? {
        markEnd(lexicon.interimMarks, at: k, limit: limit)
    }

    /// One past the token where the first of `marks` spelled from token k's first scalar ends ("a.i.", "S.E.M.").
    private func markEnd(_ marks: [[Unicode.Scalar]], at k: Int, limit: Int) -> Int? {
        let start = Int(text.tokens[k].start)
        for mark in marks where start + mark.count <= text.scalars.count {
            guard text.scalars[start..<(start + mark.count)].elementsEqual(mark) else { continue }
            let end = Int32(start + mark.count)
            return (k..<limit).first { text.tokens[$0].end == end }.map { $0 + 1 }
        }
        return nil
    }

    private func followsLink(_ k: Int, roleHeadEnd: Int) -> Bool {
        guard k > 0 else { return false }
        let prev = text.tokens[k - 1]
        if prev.kind == .punctuation { return prev.isApostrophe || (prev.isHyphen && !prev.spaceBefore) }
        if lexicon.roleLinks.contains(prev), k - 1 >= roleHeadEnd { return true }
        // "the President's High Representative": the possessive links like "of".
        if isPossessive(k - 1) { return true }
        // "Anciens Combattants", "Affaires Étrangères": a capitalised run that a link inside the role opened.
        guard prev.isCapitalized, k - 2 >= roleHeadEnd, prev.spaceBefore else { return false }
        return followsLinkDirectly(k - 1) || opensWithThe(before: k, roleHeadEnd: roleHeadEnd)
    }

    private static let institutionWords = 4

    /// "head of the National Intelligence Organisation": a person's name never follows "the", so a
    /// capitalised run after it is the name of an institution.
    private func opensWithThe(before k: Int, roleHeadEnd: Int) -> Bool {
        var j = k - 1
        while j >= max(roleHeadEnd, k - Self.institutionWords), text.tokens[j].kind == .word, text.tokens[j].isCapitalized { j -= 1 }
        return j >= roleHeadEnd && j < k - 1 && text.tokens[j].kind == .word && lexicon.institutionOpeners.contains(text.tokens[j])
    }

    /// "of the Malian Armed Forces": a demonym inside the complement links the capitalised words after it.
    private func followsLinkDirectly(_ k: Int) -> Bool {
        let prev = text.tokens[k - 1]
        guard prev.kind == .word else { return prev.isApostrophe }
        return lexicon.roleLinks.contains(prev) || isPossessive(k - 1) || isDemonym(k - 1)
    }

    /// A one-word demonym, or a country's acronym used as one ("US Africa Command", "UK Defence Staff").
    private func isDemonym(_ k: Int) -> Bool {
        guard let c = country(at: k), c.tokens.count == 1 else { return false }
        return c.form == .demonym || (c.form == .name && text.tokens[k].isUpperCase && text.tokens[k].span.length <= 3)
    }

    /// The last two words of a role when they read as a name after a
    /// capitalised complement of one word.
    private func nameClosingRole(_ role: Range<Int>) -> Range<Int>? {
        let tokens = text.tokens
        guard role.count >= 4 else { return nil }
        let first = role.upperBound - 2
        guard tokens[first].isCapitalized, tokens[first + 1].isCapitalized, tokens[first - 1].isCapitalized,
              tokens[first - 1].kind == .word, first - 2 >= role.lowerBound, lexicon.roleLinks.contains(tokens[first - 2]) || tokens[first - 2].isApostrophe,
              isNameWord(first), isNameWord(first + 1) else { return nil }
        return first..<(first + 2)
    }

    /// Capitalised words, joined by spaces, hyphens or apostrophes, with name
    /// particles (Ag, Ould, ben) between them. At least two words.
    /// `afterRole`: a role was just read, so a run in capitals ("le Général
    /// ABDOURAHAMANE TIANI") is a name, not a dateline.
    func readName(at start: Int, limit: Int, afterRole: Bool = false) -> Range<Int>? {
        let tokens = text.tokens
        guard start < limit, isNameWord(start, capitals: afterRole) else { return nil }
        var end = start + 1
        var words = 1
        while end < limit, words < 6 {
            var next = end
            let t = tokens[next]
            if t.kind == .punctuation {
                guard t.isHyphen || t.isApostrophe, !t.spaceBefore, next + 1 < limit, !tokens[next + 1].spaceBefore else { break }
                next += 1
                // "Yunus-bek": a short lower-case part after a hyphen.
                if t.isHyphen, tokens[next].kind == .word, !tokens[next].isCapitalized, tokens[next].end - tokens[next].start <= 4 {
                    end = next + 1
                    continue
                }
            } else if !t.spaceBefore {
                break
            }
            if lexicon.nameParticles.contains(tokens[next]), !tokens[next].isCapitalized || tokens[next].end - tokens[next].start <= 4,
               next + 1 < limit, isNameWord(next + 1) {
                end = next + 2
                words += 2
                continue
            }
            // "Yasir al-Atta", "Omar el-Béchir": a lower-case particle hyphenated to the surname.
            if lexicon.nameParticles.contains(tokens[next]), !tokens[next].isCapitalized, next + 2 < limit, tokens[next + 1].isHyphen,
               !tokens[next + 1].spaceBefore, !tokens[next + 2].spaceBefore, isNameWord(next + 2) {
                end = next + 3
                words += 2
                continue
            }
            // "M. Ivan PETROV, vice-ministre": a surname in capitals after a given name is no dateline.
            let afterGivenName = !tokens[end - 1].isUpperCase && next == end
            guard isNameWord(next, capitals: afterRole || afterGivenName) || continuesName(next, limit: limit) else { break }
            // "Visiting Chinese Defence Minister X": a nationality ends a name.
            if let c = country(at: next), c.form != .capital { break }
            end = next + 1
            words += 1
        }
        guard words >= 2 || surnames.contains(tokens[start].key) else { return nil }
        // "Chinese PLA", "Malian Armed": a nationality opens no name.
        if let c = country(at: start), c.form != .capital, c.tokens.upperBound < end { return nil }
        // "Burkina Faso" reads like a name; a country is never a person.
        if let c = country(at: start), c.tokens.upperBound >= end { return nil }
        // A run with no lower-case letter is a dateline or an acronym, not a name.
        let shouting = (start..<end).allSatisfy { tokens[$0].kind != .word || tokens[$0].isUpperCase || tokens[$0].end - tokens[$0].start == 1 }
        return shouting && !afterRole ? nil : start..<end
    }

    /// "Hamidou Soumana Maï": a month or weekday spelled like a surname ends
    /// a name when no day number or year follows it.
    private func continuesName(_ i: Int, limit: Int) -> Bool {
        let t = text.tokens[i]
        guard t.kind == .word, t.isCapitalized, lexicon.calendarWords.contains(t) else { return false }
        let next = i + 1
        return next >= limit || !("0"..."9").contains(text.scalars[Int(text.tokens[next].start)])
    }

    /// Asked at every word a name might go on with: a lower-case word or a mark is refused inline.
    @inline(__always)
    private func isNameWord(_ i: Int, capitals: Bool = false) -> Bool {
        let t = text.tokens[i]
        guard t.kind == .word, t.isCapitalized else { return false }
        return isCapitalizedNameWord(i, capitals: capitals)
    }

    private func isCapitalizedNameWord(_ i: Int, capitals: Bool) -> Bool {
        let t = text.tokens[i]
        guard !lexicon.notNames.contains(t) else { return false }
        // Datelines ("FADA N'GOURMA") and acronyms are not names, unless a role was just read.
        if !capitals, t.isUpperCase, i + 1 < text.tokens.count, text.tokens[i + 1].isUpperCase || text.isPhraseBreak(i + 1) || text.tokens[i + 1].isApostrophe { return false }
        return function(at: i, limit: text.tokens.count) == nil
    }

    /// The country mention starting at token i. Mentions only start at words
    /// the vocabulary marks as a country's first word, so the search over the
    /// mentions runs for those alone (the reader asks at most capitalised words).
    @inline(__always)
    private func country(at i: Int) -> (tokens: Range<Int>, form: CountryMention.Form)? {
        guard text.tokens[i].classes & WordClass.countryStart.rawValue != 0, let k = countries.index(startingAt: i) else { return nil }
        // The two fields read in place: a copy of the mention retained its code.
        return (countries[k].tokens, countries[k].form)
    }

    private func skipHonorifics(_ start: Int, _ limit: Int) -> Int {
        var i = dottedHonorificEnd(at: start, limit: limit) ?? start
        while i < min(limit, start + 3), text.tokens[i].kind == .word, lexicon.honorifics.contains(text.tokens[i]) {
            i += 1
            if i < limit, text.tokens[i].isFullStop { i += 1 }
        }
        return i
    }

    /// "S.E.M. X": past a dotted honorific, which starts with a lone capital and a full stop.
    /// Asked at every word a role or a name may open with, and nearly none is a lone capital before a full stop:
    /// that test runs inline.
    @inline(__always)
    private func dottedHonorificEnd(at k: Int, limit: Int) -> Int? {
        guard k + 1 < limit else { return nil }
        let t = text.tokens[k]
        guard t.kind == .word, t.end - t.start == 1, t.isCapitalized, text.tokens[k + 1].isFullStop else { return nil }
        return dottedHonorificEnd(atInitial: k, limit: limit)
    }

    private func dottedHonorificEnd(atInitial k: Int, limit: Int) -> Int? {
        markEnd(lexicon.dottedHonorifics, at: k, limit: limit)
    }

    func skipDeterminers(_ start: Int, _ limit: Int) -> Int {
        let tokens = text.tokens
        var i = start
        // "Son Excellence M. le …": a few words at most, so a text of nothing but articles stays linear.
        let end = min(limit, start + 6)
        while i < end {
            let t = tokens[i]
            if let end = dottedHonorificEnd(at: i, limit: limit) { i = end; continue }
            if t.kind == .word, lexicon.determiners.contains(t) && !text.isAcronym(i) || lexicon.honorifics.contains(t)
                || lexicon.circumstanceAdjectives.contains(t) { i += 1; continue }
            if t.kind == .punctuation, t.isApostrophe || t.isFullStop { i += 1; continue }
            break
        }
        return i
    }
}

/// The lexicon sets the person reader tests, held by one shared object: the
/// reader asks them at nearly every capitalised word, and each read of a
/// static set costs a call to its lazy initialisation check.
final class PersonWords: Sendable {
    static let shared = PersonWords()

    let functions = Lexicon.functions
    let ranks = Lexicon.ranks
    let internationalBodies = Lexicon.internationalBodies
    let determiners = Lexicon.determiners
    let honorifics = Lexicon.honorifics
    let circumstanceAdjectives = Lexicon.circumstanceAdjectives
    let roleStops = Lexicon.roleStops
    let roleLinks = Lexicon.roleLinks
    let roleContinuations = Lexicon.roleContinuations
    let portfolioLinks = Lexicon.portfolioLinks
    let countryLinks = Lexicon.countryLinks
    let institutionOpeners = Lexicon.institutionOpeners
    let conjunctions = WordSet.conjunctions
    let possessiveS = Lexicon.possessiveS
    let notNames = Lexicon.notNames
    let nameParticles = Lexicon.nameParticles
    let calendarWords = Lexicon.calendarWords
    let interimMarks = Lexicon.interimMarks
    let interimMarkInitials = Lexicon.interimMarkInitials
    let dottedHonorifics = Lexicon.dottedHonorifics
    let frenchPlainWords = Lexicon.frenchPlainWords
    let englishPlainWords = Lexicon.englishPlainWords
}
