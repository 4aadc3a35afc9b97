import ArgumentParser
import ParcoursDomain
import ParcoursKit

struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "redo", abstract: "Redo the action you last undid.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try CLI.run(global) { cli in try cli.perform(.redo(author: Author.current())) }
    }
}
