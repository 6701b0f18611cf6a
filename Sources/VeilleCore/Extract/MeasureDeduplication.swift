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
                    if sx.length > sy.length, x.rule == MeasureFind.Rule.predicate {
                        out[j] = (x, sx)
                        maxLength = max(maxLength, sx.length)
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

    /// A word kept by more measures than this says nothing of which one is repeated (keeps the pass linear).
    private static let maxPostings = 32

    private func withoutRepeatedContent(_ items: [MeasureFind]) -> [MeasureFind] {
        var kept: [MeasureFind] = []
        var sizes: [Int] = []
        var slots = KeyTable<Int32>()
        var postings: [[Int32]] = []
        var shared: [Int32] = []
        var touched: [Int] = []
        var words: [UInt64] = []
        for x in items {
            contentWords(x.tokens, into: &words)
            var repeated = false
            for w in words {
                guard let slot = slots.value(for: w) else { continue }
                for y in postings[Int(slot)] {
                    if shared[Int(y)] == 0 { touched.append(Int(y)) }
                    shared[Int(y)] += 1
                }
            }
            for y in touched {
                let n = Int(shared[y])
                if n >= Self.sharedWords, Double(n) / Double(min(words.count, max(sizes[y], 1))) >= Self.overlapShare { repeated = true }
                shared[y] = 0
            }
            touched.removeAll(keepingCapacity: true)
            if repeated { continue }
            for w in words {
                if let slot = slots.value(for: w) {
                    if postings[Int(slot)].count < Self.maxPostings { postings[Int(slot)].append(Int32(kept.count)) }
                } else {
                    slots.set(Int32(postings.count), for: w)
                    postings.append([Int32(kept.count)])
                }
            }
            sizes.append(words.count)
            shared.append(0)
            kept.append(x)
        }
        return kept
    }

    /// Distinct content words, in order.
    private func contentWords(_ r: Range<Int>, into words: inout [UInt64]) {
        words.removeAll(keepingCapacity: true)
        for i in r where reader.tokens[i].kind == .word && !MeasureSets.contentStopWords.contains(reader.tokens[i]) {
            let key = reader.tokens[i].key
            if words.count > 64 || !words.contains(key) { words.append(key) }
        }
    }
}
