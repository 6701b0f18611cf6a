import Foundation
import VeilleCore

/// How parse time grows with the size of one hostile input: each shape is parsed at 1 to 100 MB (or the
/// sizes given, in MB), with the per-file limit raised above the largest, and the time per MB should stay
/// flat. A stage that goes quadratic shows as a time per MB that doubles with each doubling of size.
enum Growth {
    /// Deterministic texts built from the team's own words: no article text.
    static let shapes: [(name: String, words: [String], separator: String, prefix: String)] = [
        ("capitalised words", ["Ahmed", "Moussa", "Diallo", "Konaté", "Ministre", "Général", "Bamako", "Niamey", "Sahel", "Gao",
                               "Président", "Colonel", "Mali", "Niger", "Tchad", "Ould", "Ag", "El"], " ", ""),
        ("cue words, no full stop", ["le ministre Ahmed Diallo", "a reçu", "Moussa Konaté", ",", "conduite par", "la délégation",
                                     "accompagné de", "et", "Général", "à Niamey", "reçu par", "ministre malien de la Défense",
                                     "met with", "led by", "ont convenu de", "la formation", "will deploy"], " ", ""),
        ("one line of sentences", ["Une délégation malienne conduite par le ministre Sadio Diarra est arrivée à Niamey.",
                                   "Elle a été reçue par le Premier ministre.", "Les deux parties ont convenu d'organiser des patrouilles.",
                                   "The delegation will train forty officers in Gao."], " ", ""),
        ("a page of paragraphs", ["<p>Le général Moussa Konaté a reçu à Gao une délégation tchadienne.</p>",
                                  "<p>Les deux parties ont convenu de renforcer les patrouilles.</p>", "<li>former des officiers</li>",
                                  "<div><span>Niamey</span></div>"], "\n", "<html><body><article><h1>Titre</h1>"),
    ]

    static let defaultSizes = [1, 2, 5, 10, 25, 50, 100]

    static func run(megabytes sizes: [Int], gazetteer: Gazetteer) throws {
        let parser = ArticleParser(gazetteer: gazetteer, maximumBytes: ((sizes.max() ?? 1) + 1) * 1_048_576)
        for shape in shapes {
            print("\(shape.name):")
            var first: Double?
            for mb in sizes {
                let text = shape.prefix + build(shape.words, separator: shape.separator, bytes: mb * 1_048_576)
                let bytes = Array(text.utf8)
                let start = ContinuousClock.now
                let article = try parser.parse(bytes: bytes, source: "growth")
                let seconds = seconds(ContinuousClock.now - start)
                let perMB = seconds / Double(mb)
                first = first ?? perMB
                print(String(format: "  %3d MB: %7.2f s  %.3f s/MB  (x%.2f the first size's s/MB)  %d items",
                             mb, seconds, perMB, perMB / (first ?? perMB),
                             article.delegations.count + article.regions.count + article.measures.count))
            }
        }
    }

    /// Words drawn in a fixed pseudo-random order until the size is reached.
    static func build(_ words: [String], separator: String, bytes: Int) -> String {
        var out = ""
        out.reserveCapacity(bytes + 64)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var size = 0
        while size < bytes {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let word = words[Int((state >> 33) % UInt64(words.count))]
            out += word
            out += separator
            size += word.utf8.count + separator.utf8.count
        }
        return out
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
