import ArgumentParser
import ParcoursDomain
import ParcoursKit

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Write a note in a holder's or a project's logbook (carnet de bord).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder or the project.") var target: String
    @Argument(help: "The note.") var text: String
    @Option(help: "The day it is about, YYYY-MM-DD (today by default; not before the holder or project was recorded).")
    var date: String?

    func run() throws {
        try CLI.run(global) { cli in
            try cli.perform(.addNote(target: target, text: text, date: try date.map { try Arguments.day($0, "--date") }))
        }
    }
}
