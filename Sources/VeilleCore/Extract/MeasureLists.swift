/// Introduced lists: a line ending with ":" and the items that follow it,
/// bulleted or carried on by a ";". An introduction that tells of things
/// done ("Ont été livrés :") introduces no plans.
struct MeasureLists {
    let reader: MeasureReader
    private static let maxItemWords = 45

    func finds() -> [MeasureFind] {
        let blocks = reader.text.layout.blocks
        var out: [MeasureFind] = []
        for (b, block) in blocks.enumerated() where introducesList(b, blocks) && !tellsOfThePast(block) {
            var carried = true
            for item in blocks[(b + 1)...] {
                guard item.kind != .teaser, item.kind != .title else { break }
                let bullet = LineClassifier.bulletLength(reader.text.scalars[item.span.start..<item.span.end])
                if bullet == 0, !carried { break }
                let tokens = reader.text.tokens(in: Span(start: item.span.start + bullet, end: item.span.end)).indices
                let r = reader.trim(tokens.lowerBound, tokens.upperBound)
                carried = reader.text.scalars[item.span.end - 1] == ";"
                let n = reader.wordCount(r.lowerBound, r.upperBound)
                if n > Self.maxItemWords { break }
                if let head = reader.headOfNP(r.lowerBound, r.upperBound) ?? reader.verbHead(r.lowerBound, r.upperBound),
                   n >= 2, !reader.isGeneric(r.lowerBound, r.upperBound) {
                    let afterAnd = r.lowerBound > tokens.lowerBound && WordSet.conjunctions.contains(reader.tokens[tokens.lowerBound])
                    out.append(MeasureFind(tokens: r, rule: .list, head: head, capitalised: afterAnd))
                }
                if !carried, bullet == 0 { break }
            }
        }
        return out
    }

    /// A line ending with ":", or any line of text over two bulleted lines: pages often lose the colon
    /// ("les recommandations suivantes ont été formulées" over "- Renforcer …").
    private func introducesList(_ b: Int, _ blocks: [Block]) -> Bool {
        if blocks[b].kind == .listIntro { return true }
        guard blocks[b].kind != .listItem, blocks[b].kind != .teaser, b + 2 < blocks.count else { return false }
        return blocks[(b + 1)...(b + 2)].allSatisfy { item in
            item.kind == .listItem && LineClassifier.bulletLength(reader.text.scalars[item.span.start..<item.span.end]) > 0
        }
    }

    /// "Ont été livrés :" tells of things done; "Les mesures suivantes ont été arrêtées :" of things decided,
    /// which are the plans.
    private func tellsOfThePast(_ intro: Block) -> Bool {
        let r = reader.text.tokens(in: intro.span).indices
        return r.contains { i in
            if let end = reader.phrase(MeasureSets.pastIntro, i, r.upperBound) {
                return reader.phrase(MeasureSets.decidedParticiples, end, r.upperBound) == nil
            }
            return reader.phrase(MeasureSets.pastMarkers, i, r.upperBound) != nil
        }
    }
}
