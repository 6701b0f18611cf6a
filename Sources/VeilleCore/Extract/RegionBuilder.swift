/// Groups place mentions into one Region per gazetteer record (or quarter of
/// one), in order of first mention.
enum RegionBuilder {
    static func regions(_ mentions: [PlaceMention], _ text: ParsedText, _ gazetteer: Gazetteer, language: Language) -> [Region] {
        var regions: [Region] = []
        var order: [String] = []
        for m in mentions {
            let span = text.span(tokens: m.tokens)
            let key = m.quarter.map { "\(m.place.id)#\($0)" } ?? m.place.id
            if let k = order.firstIndex(of: key) {
                regions[k].mentions.append(span)
                continue
            }
            order.append(key)
            var r = region(m.place, iso: gazetteer.placeFacts[m.index].regionISO, language: language, mention: span)
            if let q = m.quarter { r = quarter(q, of: r) }
            if m.named || m.quarter != nil { r.name = text.string(tokens: m.tokens) }
            regions.append(r)
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

    /// A quarter the gazetteer has no record for lies inside its place and has no code of its own.
    private static func quarter(_ part: String, of r: Region) -> Region {
        Region(
            id: "\(r.id)#\(part)", name: r.name, country: r.country, iso3166_2: nil,
            kind: .zone, parent: r.id, latitude: r.latitude, longitude: r.longitude, mentions: r.mentions
        )
    }
}
