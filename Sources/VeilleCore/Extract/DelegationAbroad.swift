/// Visits the press tells by what someone does abroad rather than by a
/// visit verb: "Mali's Defence Minister X … signed a supply contract in
/// Beijing", "le ministre burkinabè X a inauguré jeudi à Abidjan …". The subject of a
/// sentence whose role names one country, acting in a town of another, is
/// there on a visit.
extension DelegationExtractor {
    /// People no cue placed, each put with the visit to the foreign town their own sentence names, or in a
    /// visit of their own when the article tells none to that country.
    func placeActingAbroad(_ frames: inout [DelegationFrame]) {
        for person in known {
            guard let nameRange = person.phrase.name, let country = person.country,
                  placement(of: nameKey(nameRange), in: frames) == nil, let town = foreignTown(of: person, country) else { continue }
            let townName = text.string(tokens: town.tokens)
            if let k = frames.firstIndex(where: { visit in
                // A visit whose visitors no role places yet joins only in the very town.
                guard let from = visit.from ?? visit.firstCountry(in: .leader) else { return visit.place == townName }
                return from == country && (visit.to ?? town.place.country) == town.place.country && (visit.place ?? townName) == townName
            }) {
                add(person.phrase, as: hasLeader(frames[k]) ? .member : .leader, to: &frames[k],
                    because: "of the visitors' country, acting in \(townName)")
                continue
            }
            guard frames.count < DelegationFrame.maxFrames else { return }
            var visit = DelegationFrame(sentence: person.sentence, explains: explains)
            visit.from = country
            visit.fill(.to, town.place.country, because: "the country of the town where the subject acts", at: text.span(tokens: town.tokens))
            visit.fill(.place, townName, because: "the foreign town where the subject acts", at: text.span(tokens: town.tokens))
            add(person.phrase, as: .leader, to: &visit, because: "the subject acts in a town of another country than their role's")
            frames.append(visit)
        }
    }

    /// The town of another country than the person's, after "à", "in", in the sentence the person is the
    /// subject of; none when the role is a posting there, the sentence tells an earlier event or the
    /// person is only quoted.
    private func foreignTown(of person: FoundPerson, _ country: String) -> PlaceMention? {
        let range = text.sentenceTokens[person.sentence]
        guard let name = person.phrase.name, let start = [person.phrase.role?.lowerBound, name.lowerBound].compactMap({ $0 }).min(),
              clauseStarts(in: range, before: person.phrase.end).contains(where: { reader.skipDeterminers($0, person.phrase.end) == start }),
              person.phrase.role.map({ !Lexicon.postings.contains(in: text.tokens, $0) }) ?? true,
              !Lexicon.notAVisit.contains(in: text.tokens, range), !tellsEarlierEvent(sentence: person.sentence),
              !isQuoted(name.lowerBound, sentence: person.sentence) else { return nil }
        return places.starting(in: person.phrase.end..<range.upperBound).first { town in
            town.place.country != nil && town.place.country != country && (town.place.kind == .city || town.place.kind == .adminRegion)
                && town.tokens.lowerBound > 0 && text.isDestination(town.tokens.lowerBound - 1)
        }
    }
}
