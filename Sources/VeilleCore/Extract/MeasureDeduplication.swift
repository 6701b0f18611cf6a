/// One measure per action: a span mostly covered by an earlier or longer
/// one goes, then one that repeats most content words of a kept one.
struct MeasureDeduplication {
    let reader: MeasureReader
    /// Overlap, as a share of the shorter span, that makes two spans one.
    private static let overlapShare = 0.6
    private static let sharedWords = 3

    func kept(_ found: [MeasureFind]) -> [MeasureFind] {
        withoutRepeatedContent(withoutOverlaps(found))
    }

    private func span(_ x: MeasureFind) -> Span { reader.text.span(tokens: x.tokens) }

    private func withoutOverlaps(_ found: [MeasureFind]) -> [MeasureFind] {
        let spans = found.map(span)
        // By start, the longer first, then in the order found.
        let order = found.indices.sorted { a, b in
            let x = spans[a], y = spans[b]
            if x.start != y.start { return x.start < y.start }
            if x.length != y.length { return x.length > y.length }
            return a < b
        }
        var out: [(MeasureFind, Span)] = []
        var maxLength = 0
        for k in order {
            let x = found[k], sx = spans[k]
            var duplicate = false
            var j = out.count - 1
            // Only the spans that start within the longest length before can overlap.
            while j >= 0, out[j].1.start >= sx.start - maxLength {
                let sy = out[j].1
                let overlap = min(sx.end, sy.end) - max(sx.start, sy.start)
                if overlap > 0, Double(overlap) >= Self.overlapShare * Double(min(sx.length, sy.length)) {
                    duplicate = true
                    if sx.length > sy.length, x.rule == MeasureFind.Rule.predicate, !x.relative {
                        out[j] = (x, sx)
                        maxLength = max(maxLength, sx.length)
                    } else if out[j].0.relative, x.rule == .trigger {
                        out[j] = (x, sx)
                    }
                    break
                }
                j -= 1
            }
            if !duplicate {
                out.append((x, sx))
                maxLength = max(maxLength, sx.length)
            }
        }
        return out.map(\.0)
    }

    /// How many kept measures back a repeat is looked for (keeps the pass linear).
    private static let reach = 64

    /// A headline's measure told again in the body gives way to the body's fuller words ("Train Pilots In Bamako",
    /// then "train 40 Malian pilots in Bamako").
    private func withoutRepeatedContent(_ items: [MeasureFind]) -> [MeasureFind] {
        var kept: [MeasureFind] = []
        var keptWords: [[UInt64]] = []
        let titleEnd = titleEndToken()
        for x in items {
            let words = contentWords(x.tokens)
            let first = max(0, keptWords.count - Self.reach)
            let repeated = words.isEmpty ? nil : (first..<keptWords.count).first { k in
                let other = keptWords[k]
                let n = Self.sharedCount(words, other)
                return n >= Self.sharedWords && Double(n) / Double(min(words.count, max(other.count, 1))) >= Self.overlapShare
            }
            if let k = repeated {
                if kept[k].tokens.upperBound <= titleEnd, x.tokens.lowerBound >= titleEnd, words.count > keptWords[k].count {
                    kept[k] = x
                    keptWords[k] = words
                }
                continue
            }
            keptWords.append(words)
            kept.append(x)
        }
        return kept
    }

    /// One past the headline's last token, or 0 without a headline.
    private func titleEndToken() -> Int {
        guard let title = reader.text.layout.blocks.first(where: { $0.kind == .title }) else { return 0 }
        return reader.text.tokens(in: title.span).endIndex
    }

    /// Words two sorted lists share, by one merge.
    private static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    /// A measure's few words sorted by insertion, in place: the standard sort took a buffer of its own.
    private static func sortInPlace(_ w: UnsafeMutableBufferPointer<UInt64>) {
        guard w.count <= 64 else {
            var all = w
            all.sort()
            return
        }
        for i in w.indices.dropFirst() {
            let x = w[i]
            var j = i
            while j > 0, w[j - 1] > x {
                w[j] = w[j - 1]
                j -= 1
            }
            w[j] = x
        }
    }

    /// Distinct content words, sorted.
    private func contentWords(_ r: Range<Int>) -> [UInt64] {
        // Read once: a static read per token cost a call.
        let stopWords = MeasureSets.contentStopWords
        let tokens = reader.tokens
        // Written into room for a word per token, then sorted and deduplicated there: appending and storing
        // through the array checked its uniqueness at every word.
        return [UInt64](unsafeUninitializedCapacity: r.count) { words, count in
            var found = 0
            for i in r where tokens[i].kind == .word && !stopWords.contains(tokens[i]) {
                words[found] = tokens[i].key
                found += 1
            }
            Self.sortInPlace(UnsafeMutableBufferPointer(rebasing: words[0..<found]))
            var n = 0
            for k in 0..<found where n == 0 || words[n - 1] != words[k] {
                words[n] = words[k]
                n += 1
            }
            count = n
        }
    }
}
