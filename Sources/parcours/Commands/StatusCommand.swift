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
    @Option(help: "Why (shown in show and the journal).") var reason: String?
    @Option(help: "Same as --reason.") var note: String?
    @Option(help: "When it changed, YYYY-MM-DD (today by default; not before the project was recorded or its last status change).")
    var date: String?

    func run() throws {
        try CLI.run(global) { cli in
            if reason != nil, note != nil {
                throw ValidationError(cli.language == .fr ? "Donnez --reason ou --note, pas les deux."
                                                          : "Give --reason or --note, not both.")
            }
            try cli.perform(.setStatus(project: target, status: try Arguments.status(status, "STATUS"),
                                       destinationName: to, note: reason ?? note,
                                       date: try date.map { try Arguments.day($0, "--date") }))
        }
    }
}
