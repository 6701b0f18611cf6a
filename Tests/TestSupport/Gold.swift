import Foundation
import VeilleCore

/// An expected extraction, in the schema of shared/seed/*.expected.json.
public struct Gold: Decodable, Sendable {
    public struct Person: Decodable, Sendable { public let name: String; public let role: String? }
    public struct Delegation: Decodable, Sendable {
        public let from: String?
        public let to: String?
        public let place: String?
        public let leaders: [Person]
        public let members: [Person]
        public let hosts: [Person]
        public var people: [Person] { leaders + members + hosts }
    }
    public struct Region: Decodable, Sendable { public let name: String; public let country: String?; public let iso3166_2: String? }

    /// The headline, never the site's name or a date line (fixtures carry it; the devset does not).
    public let title: String?
    public let delegations: [Delegation]
    public let regions: [Region]
    public let measures: [String]

    public static func load(_ url: URL) throws -> Gold {
        try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
    }
}

/// The matching rules of shared/tools/score.py, so a fixture test fails on
/// exactly what the scorer would count as a miss or a false alarm.
public enum GoldMatch {
    public static func words(_ s: String) -> Set<String> {
        Set(fold(s).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    public static func nameTokens(_ s: String) -> [String] {
        fold(s).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    public static func regionKey(_ s: String) -> String {
        var tokens = nameTokens(s)
        if let first = tokens.first, ["le", "la", "les", "l", "the"].contains(first), tokens.count > 1 { tokens.removeFirst() }
        return tokens.joined(separator: " ")
    }

    public static func samePerson(_ a: String, _ b: String) -> Bool {
        let x = nameTokens(a)
        let y = nameTokens(b)
        guard let lx = x.last, let ly = y.last, lx == ly else { return false }
        return x.count == 1 || y.count == 1 || !Set(x.dropLast()).isDisjoint(with: y.dropLast())
    }

    public static func sameRegion(_ r: VeilleCore.Region, _ g: Gold.Region) -> Bool {
        regionKey(r.written) == regionKey(g.name) || regionKey(r.name) == regionKey(g.name) || (r.iso3166_2 != nil && r.iso3166_2 == g.iso3166_2 && r.kind == .adminRegion)
    }

    public static func sameMeasure(_ a: String, _ b: String) -> Bool {
        let x = words(a)
        let y = words(b)
        return !x.union(y).isEmpty && Double(x.intersection(y).count) / Double(x.union(y).count) >= 0.5
    }

    /// Roles must hold at least half of the gold role's words.
    public static func roleAgrees(_ predicted: String?, _ gold: String?) -> Bool {
        guard let gold else { return true }
        let g = words(gold)
        return Double(g.intersection(words(predicted ?? "")).count) >= Double(g.count) / 2
    }

    /// Items of `gold` with no counterpart in `found`, and the reverse.
    public static func differences<A, B>(_ found: [A], _ gold: [B], _ same: (A, B) -> Bool) -> (missing: [B], extra: [A]) {
        var unmatched = Array(found.indices)
        var missing: [B] = []
        for g in gold {
            if let i = unmatched.firstIndex(where: { same(found[$0], g) }) { unmatched.remove(at: i) } else { missing.append(g) }
        }
        return (missing, unmatched.map { found[$0] })
    }
}
