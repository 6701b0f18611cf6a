/// A mention of something at a range of an article's tokens. The finders
/// return mentions in text order, so lookups by position are binary searches:
/// readers called at every token stay linear in the text.
protocol TokenOrdered {
    var tokens: Range<Int> { get }
}

extension CountryMention: TokenOrdered {}

extension Array where Element == CountryMention {
    /// The countries named by name or demonym in a token range, each once, in the order first named: the
    /// parties a "respectivement"/"respectively" list takes in turn (a capital names a place, not a party).
    func partiesNamed(in range: Range<Int>) -> [CountryMention] {
        var seen: Set<String> = []
        return starting(in: range).filter { $0.form != .capital && seen.insert($0.code).inserted }
    }
}
extension PlaceMention: TokenOrdered {}

extension Array where Element: TokenOrdered {
    /// The index of the first mention starting at or after token `i`.
    private func firstIndex(startingAtOrAfter i: Int) -> Int {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid].tokens.lowerBound < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func starting(at i: Int) -> Element? {
        let k = firstIndex(startingAtOrAfter: i)
        return k < count && self[k].tokens.lowerBound == i ? self[k] : nil
    }

    /// The index of the mention starting at token `i`, for callers that read a field or two of it: a copy
    /// of the mention retains its strings.
    func index(startingAt i: Int) -> Int? {
        let k = firstIndex(startingAtOrAfter: i)
        return k < count && self[k].tokens.lowerBound == i ? k : nil
    }

    /// The mentions that start inside a token range.
    func starting(in range: Range<Int>) -> ArraySlice<Element> {
        let lo = firstIndex(startingAtOrAfter: range.lowerBound)
        let hi = firstIndex(startingAtOrAfter: range.upperBound)
        return self[lo..<Swift.max(lo, hi)]
    }
}
