/// Groups place mentions into one Region per gazetteer record (or quarter of
/// one), in order of first mention.
enum RegionBuilder {
    static func regions(_ mentions: [PlaceMention], _ text: ParsedText, _ gazetteer: Gazetteer, language: Language) -> [Region] {
        var regions: [Region] = []
        // At most a region per mention: growing would copy every region, field by field.
        regions.reserveCapacity(mentions.count)
        // One region per gazetteer record, or per quarter of one. Records are
        // found by index in the project's key table (no string hashing); the
        // rare quarters in a dictionary.
        var records = KeyTable<Int>(capacity: mentions.count)
        var quarters: [RegionKey: Int] = [:]
        // By index, fields read in place: a copy of each mention retained its record and its quarter.
        for n in mentions.indices {
            let tokens = mentions[n].tokens, index = mentions[n].index
            let span = text.span(tokens: tokens)
            // Plus one: the key table stores keys 0 and 1 alike.
            let recordKey = UInt64(index) &+ 1
            let quarter = mentions[n].quarter
            let key = quarter.map { RegionKey(index: index, quarter: $0) }
            let known = if let key { quarters[key] } else { records.value(for: recordKey) }
            if let k = known {
                regions[k].mentions.append(span)
                continue
            }
            if let key { quarters[key] = regions.count } else { records.set(regions.count, for: recordKey) }
            let r = region(mentions[n].record, iso: gazetteer.placeFacts[index].regionISO, language: language, mention: span)
            // Completed where it is stored: a region holds a dozen strings, and each copy retains them all.
            // Moved in: appended as it was, the region was copied, every string retained, and then dropped.
            if let part = quarter { regions.append(Self.quarter(part, of: r)) } else { regions.append(consume r) }
            let k = regions.count - 1
            regions[k].written = text.string(tokens: tokens)
            if mentions[n].named || quarter != nil { regions[k].name = regions[k].written }
        }
        return regions
    }

    private struct RegionKey: Hashable {
        let index: Int
        let quarter: String
    }

    /// Why each region is there: its gazetteer record, and how the article wrote it.
    static func reasons(_ regions: [Region], _ text: ParsedText) -> [Reason] {
        regions.compactMap { r in
            guard let first = r.mentions.first else { return nil }
            let written = text.string(first)
            var rule = "gazetteer \(r.kind.rawValue) \(r.id)" + (r.parent.map { " in \($0)" } ?? "")
            if fold(written) != fold(r.name) { rule += ", written «\(written)»" }
            if r.mentions.count > 1 { rule += ", \(r.mentions.count) mentions" }
            return Reason(kind: .region, item: "\(r.name)\(r.iso3166_2.map { " " + $0 } ?? "")", rule: rule, evidence: first)
        }
    }

    /// From the record's fields in place: a copy of its place retained every name and alias.
    static func region(_ record: PlaceRecord, iso: String?, language: Language, mention: Span) -> Region {
        Region(
            id: record.place.id, name: language == .en ? record.place.nameEN ?? record.place.name : record.place.name,
            country: record.place.country, iso3166_2: iso, kind: record.place.kind, parent: record.place.parent,
            latitude: record.place.latitude, longitude: record.place.longitude, mentions: [mention]
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
