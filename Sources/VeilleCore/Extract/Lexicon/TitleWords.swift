/// Titles that make a phrase a person's role, one table per language
/// (`TitleWords+fr.swift`, `TitleWords+en.swift`).
struct TitleWords {
    /// Heads of role phrases: offices and functions ("ministre", "defence chief").
    var functions: [String]
    /// Functions held abroad: the country after "au", "in" is where the holder serves, not theirs.
    var postings: [String]
    /// Bodies of several countries: their officials carry no nationality, and their delegations come from no country.
    var internationalBodies: [String]
    /// Military ranks: a role only when no function is given.
    var ranks: [String]
    /// Courtesy titles dropped in front of a name.
    var honorifics: [String]
    /// Honorifics spelled in dotted capitals ("S.E.M." for Son Excellence Monsieur), matched as written.
    var dottedHonorifics: [String]
    /// Marks of an office held for the time being, part of the role ("chargé d'affaires a.i. de l'ambassade …").
    var interimMarks: [String]
    /// Offices over a town or a region of one country: the place named in the role gives the holder's country.
    var localOffices: [String]
    /// Acronyms of such bodies that are also common words ("UN", "AU"): they count only in capitals.
    var bodyAcronyms: [String]
    /// Functions of another language's table that are plain words in this one ("une aide alimentaire").
    var plainWords: [String]
}

extension TitleWords: LanguageTables {}
