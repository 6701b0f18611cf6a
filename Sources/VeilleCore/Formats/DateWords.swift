/// Month names as the press writes them, full and abbreviated, by month
/// number. Folded spellings (no accents, lower case); a trailing period is
/// read off before the look-up.
enum DateWords {
    static let french: [[String]] = [
        ["janvier", "janv"], ["fevrier", "fevr", "fev"], ["mars"], ["avril", "avr"], ["mai"], ["juin"],
        ["juillet", "juil"], ["aout"], ["septembre", "sept"], ["octobre", "oct"], ["novembre", "nov"], ["decembre", "dec"],
    ]
    static let english: [[String]] = [
        ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"], ["november", "nov"],
        ["december", "dec"],
    ]

    /// Every spelling to its month, 1 to 12, both languages.
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for list in [french, english] {
            for (i, names) in list.enumerated() { for name in names { table[name] = i + 1 } }
        }
        return table
    }()

    /// Words that open a publication line ("Publié le", "Mis en ligne le", "Published on").
    static let publishedLeads = ["publie le", "publie", "mis en ligne le", "published on", "published", "posted on"]
}
