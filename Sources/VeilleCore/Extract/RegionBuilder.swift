/// Groups place mentions into one Region per gazetteer record, in order of
/// first mention.
enum RegionBuilder {
    static func regions(_ mentions: [PlaceMention], _ text: ParsedText, _ gazetteer: Gazetteer, language: Language) -> [Region] {
        var order: [String] = []
        var byID: [String: Region] = [:]
        for m in mentions {
            let span = text.span(tokens: m.tokens)
            if byID[m.place.id] != nil {
                byID[m.place.id]!.mentions.append(span)
                continue
            }
            order.append(m.place.id)
            byID[m.place.id] = region(m.place, gazetteer, language: language, mention: span)
        }
        return order.compactMap { byID[$0] }
    }

    static func region(_ p: Place, _ gazetteer: Gazetteer, language: Language = .fr, mention: Span? = nil) -> Region {
        Region(
            id: p.id, name: language == .en ? p.nameEN ?? p.name : p.name, country: p.country, iso3166_2: p.iso ?? firstLevelCode(p, gazetteer),
            kind: p.kind, parent: p.parent, latitude: p.latitude, longitude: p.longitude,
            mentions: mention.map { [$0] } ?? []
        )
    }

    /// A town carries the code of the subdivision it lies in.
    private static func firstLevelCode(_ p: Place, _ gazetteer: Gazetteer) -> String? {
        guard p.kind == .city else { return nil }
        return gazetteer.ancestors(of: p.id).first { $0.iso != nil }?.iso
    }
}
