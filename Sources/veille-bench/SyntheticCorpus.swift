import Foundation
import VeilleCore

/// A corpus of any size made from the team's sample articles: in each copy the people the parser found
/// are renamed, the towns it resolved are moved to other towns of the same country, the years and days
/// shifted, and a reference line added, so every file is distinct and still reads like the genre.
///   veille-bench corpus COUNT DIR
struct SyntheticCorpus {
    /// Invented given names and family names, crossed to make people.
    static let givenNames = ["Amadou", "Mariam", "Ousmane", "Fatoumata", "Issa", "Aïssata", "Boubacar", "Hawa", "Souleymane",
                             "Kadidia", "Moussa", "Rokia", "Ibrahim", "Salamatou", "Yacouba", "Djénéba", "Abdoulaye", "Nafissatou"]
    static let familyNames = ["Coulibaly", "Ouédraogo", "Maïga", "Sawadogo", "Diarra", "Abdou", "Traoré", "Issoufou", "Konaté",
                              "Kaboré", "Touré", "Mahamadou", "Keïta", "Zongo", "Cissé", "Garba", "Sidibé", "Hamani", "Dicko"]

    struct Seed {
        var text: String
        var people: [String]
        var towns: [(written: String, country: String)]
    }

    let templates: [Template]
    /// Towns by country, to move a seed's towns to.
    let towns: [String: [String]]

    init(parser: ArticleParser) {
        let samples = ArticleLoader.samples(parser: parser).articles
        templates = samples.map(Self.seed).map(Template.init)
        var byCountry: [String: [String]] = [:]
        for place in parser.gazetteer.places where place.kind == .city && !place.strict {
            if let country = place.country, place.name.count > 3 { byCountry[country, default: []].append(place.name) }
        }
        towns = byCountry.mapValues { $0.sorted() }
    }

    private static func seed(_ article: Article) -> Seed {
        var people: Set<String> = []
        for d in article.delegations {
            for person in d.leaders + d.members + d.hosts where person.name.count > 3 { people.insert(person.name) }
        }
        var towns: [(written: String, country: String)] = []
        for r in article.regions where r.kind == .city {
            if let country = r.country { towns.append((r.written, country)) }
        }
        // Longest names first, so "Ibrahim Traoré" is replaced before a "Traoré" inside it.
        return Seed(text: article.text, people: people.sorted { $0.count > $1.count }, towns: towns)
    }

    /// The k-th article: the same k always gives the same text.
    func article(_ k: Int) -> String {
        let template = templates[k % templates.count]
        var rng = SplitMix(seed: UInt64(k))
        var chosen: [String: String] = [:]
        let year = String(2023 + rng.next(4))
        var out = ""
        out.reserveCapacity(template.size + 64)
        for piece in template.pieces {
            switch piece {
            case .text(let t): out += t
            case .year: out += year
            case .person(let name):
                if chosen[name] == nil {
                    chosen[name] = "\(Self.givenNames[rng.next(Self.givenNames.count)]) \(Self.familyNames[rng.next(Self.familyNames.count)])"
                }
                out += chosen[name]!
            case .town(let name, let country):
                if chosen[name] == nil, let choices = towns[country], !choices.isEmpty { chosen[name] = choices[rng.next(choices.count)] }
                out += chosen[name] ?? name
            }
        }
        return out + "\n\nRéf. \(k)\n"
    }

    /// A seed cut at each name, town and year, once, so an article is a join rather than a search.
    struct Template {
        enum Piece { case text(String), person(String), town(String, String), year }
        var pieces: [Piece]
        var size: Int

        init(_ seed: Seed) {
            var marks: [(String, Piece)] = seed.people.map { ($0, .person($0)) } + seed.towns.map { ($0.written, .town($0.written, $0.country)) }
            marks += ["2023", "2024", "2025", "2026"].map { ($0, .year) }
            var pieces: [Piece] = []
            var rest = Substring(seed.text)
            while !rest.isEmpty {
                // The earliest mark; at one place the longest.
                var best: (Range<Substring.Index>, Piece)?
                for (needle, piece) in marks {
                    guard let r = rest.range(of: needle) else { continue }
                    if best == nil || r.lowerBound < best!.0.lowerBound
                        || (r.lowerBound == best!.0.lowerBound && r.upperBound > best!.0.upperBound) { best = (r, piece) }
                }
                guard let (range, piece) = best else { pieces.append(.text(String(rest))); break }
                pieces.append(.text(String(rest[..<range.lowerBound])))
                pieces.append(piece)
                rest = rest[range.upperBound...]
            }
            self.pieces = pieces
            size = seed.text.utf8.count
        }
    }

    /// Writes `count` articles into `dir`, a hundred folders of files, named by number.
    func write(count: Int, into dir: URL) throws {
        for k in 0..<count {
            let folder = dir.appendingPathComponent(String(format: "%03d", k % 100))
            if k < 100 { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            try Data(article(k).utf8).write(to: folder.appendingPathComponent(String(format: "article-%06d.txt", k)))
        }
    }
}

/// A small seeded generator: the corpus is the same on every machine.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next(_ bound: Int) -> Int {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
