import TestSupport

/// Real article files the end-to-end tests open (see TestSupport). The founding article
/// lives outside the repository (../shared/seed), so tests that need it are enabled only
/// where it exists; the fixture articles are part of the repository and always there.
enum Articles {
    static let seed = Fixtures.seedPath
    static var seedExists: Bool { Fixtures.hasShared }

    /// A Russian vice-minister in Gao: 1 delegation, Gao (with Ansongo) and Ménaka
    /// inside "nord malien", 4 measures.
    static let gao = Fixtures.path("fr-enumeration-gao-vice-ministre")

    /// Quoted for the `sh -c '…'` line TmuxSession builds.
    static func argument(_ path: String) -> String { "\"\(path)\"" }
}
