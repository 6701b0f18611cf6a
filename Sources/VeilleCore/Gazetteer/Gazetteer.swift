import Foundation

/// Places and countries, with the indexes that find them in text. Built once
/// from the generated tables in Resources/Gazetteer (read at the edge, see
/// `Gazetteer.bundled()` in Corpus/) and handed to whatever needs it, read-only.
public final class Gazetteer: Sendable {
    /// The ids of the places.tsv records of capitals outside the region the gazetteer details.
    static let foreignCapitalPrefix = "cap:"
    public let places: [Place]
    public let countries: [Country]
    /// Country codes by index, and what resolving a place needs, by place
    /// index: read in the hot loops without copying a whole record.
    let countryCodes: [String]
    let placeFacts: [PlaceFacts]
    /// Each place once more, by reference, for the mentions (see `PlaceRecord`).
    let placeRecords: [PlaceRecord]
    let placeNames: PhraseIndex
    let countryNames: PhraseIndex
    let demonyms: PhraseIndex
    let capitals: PhraseIndex
    /// Names, demonyms and capitals together, payloads packed by `CountryForm`
    /// (0 name, 1 demonym, 2 capital): one look-up per word finds all three.
    let countryForms: PhraseIndex
    private let placeByID: [String: Int]
    private let countryByCode: [String: Int]
    private let lookupKeys: [String: [Int]]
    /// Compass zones of countries by "part|country" ("nord-est|BF"), read from their ids ("zone:nord-est-bf").
    let compassZones: [String: Int]
    /// Single-word demonyms, for "Les Allemands" as a subject.
    let demonymKeys: WordSet
    /// The lexicon's word classes plus the first words of this gazetteer's names.
    let vocabulary: Vocabulary

    public init(places: [Place], countries: [Country]) {
        self.places = places
        self.countries = countries
        var placeNames = PhraseIndex()
        var lookup: [String: [Int]] = [:]
        var byID: [String: Int] = [:]
        for (i, place) in places.enumerated() {
            byID[place.id] = i
            for name in [place.name] + place.aliases {
                placeNames.insert(phrase: name, payload: Int32(i))
                lookup[fold(name), default: []].append(i)
            }
            if let iso = place.iso { lookup[fold(iso), default: []].append(i) }
            lookup[fold(place.id), default: []].append(i)
        }
        var countryNames = PhraseIndex()
        var demonyms = PhraseIndex()
        var capitals = PhraseIndex()
        var forms = PhraseIndex()
        var byCode: [String: Int] = [:]
        for (i, country) in countries.enumerated() {
            byCode[country.code] = i
            for name in [country.nameFR, country.nameEN] + country.aliases where !name.isEmpty {
                countryNames.insert(phrase: name, payload: Int32(i))
                forms.insert(phrase: name, payload: CountryForm.pack(country: i, .name))
            }
            for d in country.demonyms {
                demonyms.insert(phrase: d, payload: Int32(i))
                forms.insert(phrase: d, payload: CountryForm.pack(country: i, .demonym))
            }
            for c in country.capitals {
                capitals.insert(phrase: c, payload: Int32(i))
                forms.insert(phrase: c, payload: CountryForm.pack(country: i, .capital))
            }
        }
        self.demonymKeys = WordSet(countries.flatMap(\.demonyms))
        self.compassZones = Self.compassZones(places)
        self.countryCodes = countries.map(\.code)
        self.placeRecords = places.map(PlaceRecord.init)
        self.placeFacts = places.indices.map { PlaceFacts(places[$0], regionISO: Self.regionISO(of: $0, places, byID)) }
        placeNames.startClass = WordClass.placeStart.rawValue
        forms.startClass = WordClass.countryStart.rawValue
        var vocabulary = Vocabulary.lexicon
        vocabulary.mark(placeNames.firstKeys, .placeStart)
        vocabulary.mark(placeNames.laterKeys, .placeContinuation)
        placeNames.continueClass = WordClass.placeContinuation.rawValue
        vocabulary.mark(forms.firstKeys, .countryStart)
        self.vocabulary = vocabulary
        self.placeNames = placeNames
        self.countryNames = countryNames
        self.demonyms = demonyms
        self.capitals = capitals
        self.countryForms = forms
        self.placeByID = byID
        self.countryByCode = byCode
        self.lookupKeys = lookup
    }

    public func place(id: String) -> Place? {
        placeByID[id].map { places[$0] }
    }

    /// The place as an article's region, with no mention: the code shown is its first-level unit's, as
    /// the parser gives it (Ansongo shows Gao's ML-7).
    public func region(id: String) -> Region? {
        guard let i = placeByID[id] else { return nil }
        let p = places[i]
        return Region(id: p.id, name: p.name, country: p.country, iso3166_2: placeFacts[i].regionISO, kind: p.kind,
                      parent: p.parent, latitude: p.latitude, longitude: p.longitude)
    }

    public func country(code: String) -> Country? {
        countryByCode[code].map { countries[$0] }
    }

    /// Containing places, nearest first (Gao: nord malien, Sahel).
    public func ancestors(of id: String) -> [Place] {
        var result: [Place] = []
        var seen: Set<String> = [id]
        var current = place(id: id)?.parent
        while let parentID = current, !seen.contains(parentID), let parent = place(id: parentID) {
            result.append(parent)
            seen.insert(parentID)
            current = parent.parent
        }
        return result
    }

    /// The place a user means by a name, alias or ISO code, ignoring case and
    /// accents. When a name is shared, the plain reading wins over the strict
    /// one (Sahel the zone over Burkina's region), and larger units over towns.
    public func lookup(_ query: String) -> Place? {
        let key = fold(query.trimmingCharacters(in: .whitespaces))
        guard let candidates = lookupKeys[key], !candidates.isEmpty else { return nil }
        return candidates.map { places[$0] }.min(by: { Self.preference($0) < Self.preference($1) })
    }

    private static let compassParts = ["nord-est", "nord-ouest", "sud-est", "sud-ouest", "nord", "sud", "est", "ouest", "centre"]

    private static func compassZones(_ places: [Place]) -> [String: Int] {
        var zones: [String: Int] = [:]
        for (i, p) in places.enumerated() where p.kind == .zone && p.id.hasPrefix("zone:") {
            guard let country = p.country, let part = compassParts.first(where: { p.id.hasPrefix("zone:\($0)-") }) else { continue }
            if zones["\(part)|\(country)"] == nil { zones["\(part)|\(country)"] = i }
        }
        return zones
    }

    private static func regionISO(of i: Int, _ places: [Place], _ byID: [String: Int]) -> String? {
        if let iso = places[i].iso { return iso }
        guard places[i].kind == .city else { return nil }
        var seen: Set<Int> = [i]
        var current = places[i].parent.flatMap { byID[$0] }
        while let p = current, seen.insert(p).inserted {
            if let iso = places[p].iso { return iso }
            current = places[p].parent.flatMap { byID[$0] }
        }
        return nil
    }

    static func preference(_ p: Place) -> Int {
        let kindRank: Int = switch p.kind {
        case .supranational: 0
        case .zone: 1
        case .adminRegion: p.iso?.contains("-") == true && p.parent?.hasPrefix("\(p.country ?? "")-") == true ? 3 : 2
        case .city: 4
        }
        return (p.strict ? 10 : 0) + kindRank
    }

}

/// The few facts about a place that deciding between homonyms reads.
struct PlaceFacts: Sendable {
    let kind: RegionKind
    let strict: Bool
    let country: String?
    let preference: Int
    /// A foreign capital from the countries table ("cap:" records).
    let isForeignCapital: Bool
    /// Its own ISO code, or for a town the code of the subdivision it lies in.
    let regionISO: String?

    init(_ p: Place, regionISO: String?) {
        kind = p.kind
        strict = p.strict
        country = p.country
        preference = Gazetteer.preference(p)
        isForeignCapital = p.id.hasPrefix(Gazetteer.foreignCapitalPrefix)
        self.regionISO = regionISO
    }
}
