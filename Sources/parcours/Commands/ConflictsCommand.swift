import ArgumentParser
import ParcoursDomain
import ParcoursKit

/// `parcours conflicts`: concurrent changes of the same thing, and which one was kept.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List changes two people made to the same thing without seeing each other's (the later one is kept).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try CLI.run(global) { cli in
            let entries = try ConflictListing.entries(cli.workspace(), language: cli.language)
            if output.json { return try cli.printJSON(entries) }
            if entries.isEmpty {
                return print(cli.language == .fr ? "Aucun conflit." : "No conflicts.")
            }
            for entry in entries { print(ConflictListing.text(entry, language: cli.language)) }
        }
    }
}
