/// French or English, by counting each language's most frequent function words.
enum LanguageDetector {
    static let french = WordSet(class: .french, ["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "que", "qui", "sur", "au", "avec", "par", "ont", "été"])
    static let english = WordSet(class: .english, ["the", "and", "of", "to", "in", "is", "was", "for", "with", "that", "on", "by", "were", "has", "have", "its"])

    static func detect(_ tokens: [Token]) -> Language {
        var fr = 0
        var en = 0
        let french = Self.french
        let english = Self.english
        let frenchBit = WordClass.french.rawValue, englishBit = WordClass.english.rawValue
        for i in 0..<min(tokens.count, 250) {
            let t = tokens[i]
            guard t.kind == .word else { continue }
            // Scanned words carry their classes: two bit tests; tokenized ones (all bits set) probe the sets.
            if t.classes != .max {
                if t.classes & frenchBit != 0 { fr += 1 } else if t.classes & englishBit != 0 { en += 1 }
            } else if french.contains(t) { fr += 1 } else if english.contains(t) { en += 1 }
        }
        return en > fr ? .en : .fr
    }
}
