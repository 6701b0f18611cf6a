/// `veille export --explain`: for every item, the rule or cue that produced
/// it and the sentence it read. Article text passes through `TerminalSafe`.
public enum ExplainExport {
    public static func render(_ articles: [Article]) -> String {
        var out = ""
        for article in articles {
            out += "\(TerminalSafe.text(article.source)) · \(TerminalSafe.text(article.title))\n"
            if article.reasons.isEmpty { out += "  nothing found\n" }
            for reason in article.reasons {
                out += "  \(reason.kind.rawValue): \(TerminalSafe.text(reason.item))\n"
                out += "    why: \(TerminalSafe.text(reason.rule))\n"
                out += "    in:  \(TerminalSafe.text(sentence(of: reason, in: article)))\n"
            }
            out += "\n"
        }
        return out
    }

    /// The sentence around the evidence, or the evidence alone when it spans sentences.
    private static func sentence(of reason: Reason, in article: Article) -> String {
        let covering = article.sentences(covering: reason.evidence)
        guard covering.count == 1, let s = covering.first else { return article.substring(reason.evidence) }
        return article.substring(s.span)
    }
}
