import ArgumentParser
import Glibc
import VeilleCore

@main
struct Veille: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "veille",
        abstract: "Delegations, regions and planned measures from Sahel security news.",
        discussion: "With no PATH, opens the built-in sample articles.",
        subcommands: [Browse.self, Export.self, Fetch.self, Index.self, Themes.self],
        defaultSubcommand: Browse.self
    )

    static func main() {
        // Before any file is opened: a closed standard stream must not lend its number to the index.
        _ = StandardStreams.closedAtStart
        let openFiles = StandardStreams.raiseOpenFileLimit()
        if openFiles < StandardStreams.fewestOpenFiles {
            // Below this the runtime itself fails to open what it needs and stops the process: say why first.
            Diagnostics.error("only \(openFiles) open files allowed (ulimit -n); veille needs at least \(StandardStreams.fewestOpenFiles)")
            Glibc.exit(1)
        }
        // A file-size limit (ulimit -f) hit while writing the index is then an error SQLite reports, and the
        // command goes on without the index, instead of the process being killed mid-write.
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}
