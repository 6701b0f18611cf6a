/// A family of word tables with one table per language: the sets the
/// extractors match are the union of a field over every language, so adding
/// a language is adding a table to `languages`.
protocol LanguageTables: Sendable {
    static var french: Self { get }
    static var english: Self { get }
}

extension LanguageTables {
    static var languages: [Self] { [french, english] }

    static func union(_ field: KeyPath<Self, [String]>) -> [String] {
        languages.flatMap { $0[keyPath: field] }
    }
}
