import ArgumentParser
import ParcoursDomain
import ParcoursKit

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
