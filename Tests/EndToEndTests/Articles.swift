#if canImport(Glibc)
import Glibc
#endif

/// Real article files the end-to-end tests open. The founding article lives outside
/// the repository (../shared/seed), so tests that need it are enabled only where it
/// exists; the fixture articles are part of the repository and always there.
enum Articles {
    static let repository: String =
        #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/")

    static let seed = repository + "/../shared/seed/mali-russia-cooperation.txt"
    static var seedExists: Bool { access(seed, R_OK) == 0 }

    /// A Russian vice-minister in Gao: 1 delegation, Gao (with Ansongo) and Ménaka
    /// inside "nord malien", 4 measures.
    static let gao = repository + "/Tests/VeilleCoreTests/Fixtures/fr-enumeration-gao-vice-ministre.txt"

    /// Quoted for the `sh -c '…'` line TmuxSession builds.
    static func argument(_ path: String) -> String { "\"\(path)\"" }
}
