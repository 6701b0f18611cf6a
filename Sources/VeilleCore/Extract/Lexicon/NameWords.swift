/// What may and may not be part of a person's name.
struct NameWords {
    /// Capitalised words that start sentences or institutions, never a name's first word.
    var notNames: [String]
    /// Months and weekdays: never a name's first word, but a surname may be spelled like one ("Maï").
    var calendar: [String]
}

extension NameWords: LanguageTables {
    /// Lower-case words inside names, whatever the article's language: Arabic,
    /// Berber, Fulani and European particles ("Ag", "Ould", "bin", "van").
    static let particles = ["ag", "ould", "ben", "bin", "ibn", "de", "du", "el", "al", "dit", "van", "von", "da", "dos", "mint", "ou", "ait", "bint"]
}
