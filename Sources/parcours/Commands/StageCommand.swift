import ArgumentParser
import ParcoursDomain
import ParcoursKit

struct StageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage",
        abstract: "Move a project to a stage: envie, idee, emergence, etude, test, creation, consolidation, developpement.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder or the project.") var target: String
    @Argument(help: "The stage (id or label, e.g. etude or Étude).") var stage: String
    @Option(help: "Why, or what shows it.") var note: String?
    @Option(help: "When it happened, YYYY-MM-DD (today by default).") var date: String?

    func run() throws {
        try CLI.run(global) { cli in
            try cli.perform(.setStage(project: target, stage: try Arguments.stage(stage, "STAGE"), note: note,
                                      date: try date.map { try Arguments.day($0, "--date") }))
        }
    }
}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Change a project's status: actif, en_pause, abandonne, reoriente, oriente (with --to), fusionne, integre, cesse.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder or the project.") var target: String
    @Argument(help: "The status (id or label).") var status: String
    @Option(help: "Where the project was oriented (organisation, created on first use).") var to: String?
    @Option(help: "Why.") var note: String?

    func run() throws {
        try CLI.run(global) { cli in
            try cli.perform(.setStatus(project: target, status: try Arguments.status(status, "STATUS"),
                                       destinationName: to, note: note))
        }
    }
}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Write a note in a holder's or a project's logbook (carnet de bord).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder or the project.") var target: String
    @Argument(help: "The note.") var text: String

    func run() throws {
        try CLI.run(global) { cli in try cli.perform(.addNote(target: target, text: text)) }
    }
}

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: "Undo your last action (by appending its inverse).")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try CLI.run(global) { cli in try cli.perform(.undo(author: Author.current())) }
    }
}

struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "redo", abstract: "Redo the action you last undid.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try CLI.run(global) { cli in try cli.perform(.redo(author: Author.current())) }
    }
}
