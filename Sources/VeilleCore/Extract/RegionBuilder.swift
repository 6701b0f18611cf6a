/// Groups place mentions into one Region per gazetteer record, in order of
/// first mention.
enum RegionBuilder {
    static func regions(_ mentions: [PlaceMention], _ text: ParsedText, _ gazetteer: Gazetteer, language: Language) -> [Region] {
        var regions: [Region] = []
        var order: [Int] = []
        for m in mentions {
            let span = text.span(tokens: m.tokens)
            if let k = order.firstIndex(of: m.index) {
                regions[k].mentions.append(span)
                continue
            }
            order.append(m.index)
            regions.append(region(m.place, iso: gazetteer.placeFacts[m.index].regionISO, language: language, mention: span))
        }
        return regions
    }

    static func region(_ p: Place, iso: String?, language: Language, mention: Span) -> Region {
        Region(
            id: p.id, name: language == .en ? p.nameEN ?? p.name : p.name, country: p.country, iso3166_2: iso,
            kind: p.kind, parent: p.parent, latitude: p.latitude, longitude: p.longitude,
            mentions: [mention]
        )
    }
}
