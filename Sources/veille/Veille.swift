import ArgumentParser

@main
struct Veille: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "veille",
        abstract: "Delegations, regions and planned measures from Sahel security news.",
        discussion: "With no PATH, opens the built-in sample articles.",
        subcommands: [Browse.self, Export.self, Fetch.self, Index.self, Themes.self],
        defaultSubcommand: Browse.self
    )
}
