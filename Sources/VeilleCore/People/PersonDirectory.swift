/// Merges the people of many articles into one entry each. Spellings are compared through the
/// skeletons `NameVariants` makes (Evkurov, Evkourov and Ievkourov are one name); two full names are one
/// person when their surnames agree and so do their given names (the first, or the shorter name being
/// the end of the longer). A surname alone, or with an initial, joins the one person it can be; when it
/// could be several (two Camaras), it stays an entry of its own rather than guess.
public enum PersonDirectory {
    public static func build(_ mentions: [PersonMention]) -> [PersonEntry] {
        let forms = NameForm.forms(of: mentions)
        var clusters = UnionFind(forms.count)
        var buckets: [[UInt8]: [Int]] = [:]
        for i in forms.indices where forms[i].isFull { buckets[forms[i].bucket, default: []].append(i) }
        for (key, inside) in buckets {
            let longer = buckets[NameForm.bucket(key, plus: 1)] ?? []
            for (k, a) in inside.enumerated() {
                for b in inside[(k + 1)...] + longer where forms[a].sameSurname(forms[b]) && forms[a].sameGivenNames(forms[b]) {
                    clusters.union(a, b)
                }
            }
        }
        var alone: [[UInt8]: Int] = [:]
        for i in forms.indices where !forms[i].isFull {
            let near = [-1, 0, 1].flatMap { buckets[NameForm.bucket(forms[i].bucket, plus: $0)] ?? [] }
            let roots = Set(near.filter { forms[i].couldBe(forms[$0]) }.map { clusters.find($0) })
            if roots.count == 1, let root = roots.first {
                clusters.union(i, root)
            } else if let other = alone[forms[i].surname] {
                // Unattached short forms of one surname are one entry: the reader sees how often it came up.
                clusters.union(i, other)
            } else {
                alone[forms[i].surname] = i
            }
        }
        var members: [Int: [Int]] = [:]
        for i in forms.indices { members[clusters.find(i), default: []].append(i) }
        var roleKeys = RoleKeys()
        return members.values.map { entry(of: $0.map { forms[$0] }, mentions, roleKeys: &roleKeys) }
            .sorted { ($0.articles.count, $1.name) > ($1.articles.count, $0.name) }
    }

    private static func entry(of forms: [NameForm], _ mentions: [PersonMention], roleKeys: inout RoleKeys) -> PersonEntry {
        let seen = forms.flatMap(\.mentions).map { mentions[$0] }
        let spellings = forms.sorted { ($0.mentions.count, $0.written.count) > ($1.mentions.count, $1.written.count) }.map(\.written)
        let dates = seen.compactMap(\.published).sorted()
        return PersonEntry(
            // Short forms alone: the barest one (Konaté rather than M. Konaté) on a tie.
            name: forms.filter(\.isFull).max { ($0.mentions.count, $0.written.count) < ($1.mentions.count, $1.written.count) }?.written
                ?? forms.max { ($0.mentions.count, $1.written.count) < ($1.mentions.count, $0.written.count) }!.written,
            spellings: spellings, roles: roles(seen, keys: &roleKeys), countries: byFrequency(seen.compactMap(\.country)),
            articles: Set(seen.map(\.article)), delegations: Set(seen.map { Visit(article: $0.article, delegation: $0.delegation) }).count,
            firstSeen: dates.first, lastSeen: dates.last, folded: Set(forms.map(\.folded))
        )
    }

    /// Each role once, spelled as first seen, with the dates it was seen; ordered by its first date.
    private static func roles(_ seen: [PersonMention], keys: inout RoleKeys) -> [PersonEntry.HeldRole] {
        var held: [String: PersonEntry.HeldRole] = [:]
        var order: [String] = []
        for m in seen.sorted(by: { ($0.published ?? "~") < ($1.published ?? "~") }) {
            guard let written = m.role, let (role, key) = keys.of(written).map({ ($0.role, $0.key) }) else { continue }
            if held[key] == nil {
                held[key] = PersonEntry.HeldRole(role: role, first: m.published, last: m.published)
                order.append(key)
            } else if let date = m.published {
                held[key]?.last = date
            }
        }
        return order.compactMap { held[$0] }
    }

    /// One delegation of one article.
    private struct Visit: Hashable {
        let article: Int64
        let delegation: Int
    }

    /// Each role as written, spaced and folded once: a corpus writes the same few roles thousands of times.
    private struct RoleKeys {
        private var known: [String: (role: String, key: String)?] = [:]

        mutating func of(_ written: String) -> (role: String, key: String)? {
            if let hit = known[written] { return hit }
            let role = spaced(written)
            let result = role.isEmpty ? nil : (role, fold(role))
            known[written] = .some(result)
            return result
        }
    }

    private static func byFrequency(_ values: [String]) -> [String] {
        var count: [String: Int] = [:]
        for v in values { count[v, default: 0] += 1 }
        return count.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }
}

/// One spelling of a name as the articles wrote it, with its word skeletons.
struct NameForm {
    let written: String
    let folded: String
    /// The skeleton of every word, the surname last.
    let words: [[UInt8]]
    var mentions: [Int] = []
    var country: String?

    var surname: [UInt8] { words.last ?? [] }
    /// A given name of two letters or more: initials alone do not tell namesakes apart.
    var isFull: Bool { words.count > 1 && words.dropLast().contains { $0.count > 1 } }
    /// Surnames that `sameWord` may match start with the same letter and have a length one apart at most,
    /// so full names are compared within a bucket and with the next one only.
    var bucket: [UInt8] { [surname.first ?? 0, UInt8(min(surname.count, 250))] }

    static func bucket(_ key: [UInt8], plus delta: Int) -> [UInt8] {
        [key[0], UInt8(clamping: Int(key[1]) + delta)]
    }

    init(written: String) {
        self.written = written
        folded = fold(written)
        words = written.split { $0 == " " || $0 == "." }.map { NameVariants.skeleton(String($0)) }.filter { !$0.isEmpty }
    }

    /// The spellings of `mentions`, each once, with the mentions written so and their most frequent country.
    static func forms(of mentions: [PersonMention]) -> [NameForm] {
        var index: [String: Int] = [:]
        // The written name straight to its form: spacing and folding once per spelling, not per mention.
        var byWritten: [String: Int] = [:]
        var forms: [NameForm] = []
        var countries: [[String]] = []
        for (k, m) in mentions.enumerated() {
            let i: Int
            if let known = byWritten[m.name] {
                i = known
            } else {
                let written = spaced(m.name)
                let folded = fold(written)
                guard !folded.isEmpty else { continue }
                if index[folded] == nil {
                    index[folded] = forms.count
                    forms.append(NameForm(written: written))
                    countries.append([])
                }
                i = index[folded]!
                byWritten[m.name] = i
            }
            forms[i].mentions.append(k)
            if let c = m.country { countries[i].append(c) }
        }
        for i in forms.indices {
            var count: [String: Int] = [:]
            for c in countries[i] { count[c, default: 0] += 1 }
            forms[i].country = count.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        return forms.filter { !$0.words.isEmpty }
    }

    func sameSurname(_ other: NameForm) -> Bool { NameVariants.sameWord(surname, other.surname) }

    /// The first given names agree, or the shorter name is the end of the longer (Kan Dapaah, Albert Kan Dapaah).
    func sameGivenNames(_ other: NameForm) -> Bool {
        if NameVariants.sameWord(words[0], other.words[0]) { return true }
        let (short, long) = words.count < other.words.count ? (words, other.words) : (other.words, words)
        guard short.count < long.count else { return false }
        return zip(short.reversed(), long.reversed()).allSatisfy { NameVariants.sameWord($0, $1) }
    }

    /// A short form (a surname, maybe an initial) that may stand for the full name `full`.
    func couldBe(_ full: NameForm) -> Bool {
        guard sameSurname(full) else { return false }
        if let c = country, let d = full.country, c != d { return false }
        guard words.count > 1, let initial = words[0].first else { return true }
        return full.words[0].first == initial
    }
}

/// Disjoint sets over 0..<n, with path halving.
struct UnionFind {
    private var parent: [Int]

    init(_ n: Int) { parent = Array(0..<n) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}

/// Words joined by single spaces: spellings that differ only in spacing are one.
private func spaced(_ s: String) -> String {
    s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}
