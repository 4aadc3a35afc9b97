import ArgumentParser
import ParcoursDomain
import ParcoursKit

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: "Undo your last action (by appending its inverse).")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try CLI.run(global) { cli in try cli.perform(.undo(author: Author.current())) }
    }
}
