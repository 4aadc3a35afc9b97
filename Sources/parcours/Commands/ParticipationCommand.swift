import ArgumentParser
import ParcoursDomain

struct ParticipationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participation",
        abstract: "Change a holder's participation in a cohort (candidat → retenu | non_retenu → inscrit → en_cours → termine | sorti).",
        discussion: """
        A first presence moves "inscrit" to "en_cours" by itself. A move to another cohort is a \
        `transfer`, not a drop-out. With --remove (and --reason), an enrolment made by mistake is \
        removed, with the individual meetings planned for it (refused while it has marks).
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder.") var holder: String
    @Argument(help: "The cohort.") var cohort: String
    @Argument(help: "The new participation status (not with --remove).") var status: String?
    @Option(help: "When it changed, YYYY-MM-DD (today by default; not before its last change).") var date: String?
    @Option(help: "Why.") var reason: String?
    @Flag(help: "Remove this participation (entered by mistake); needs --reason.") var remove = false

    func run() throws {
        try CLI.run(global) { cli in
            if remove {
                guard status == nil, date == nil else {
                    throw ValidationError(cli.language == .fr ? "--remove ne prend ni statut ni --date."
                                                              : "--remove takes no status and no --date.")
                }
                try cli.perform(.removeParticipation(holder: holder, cohort: cohort, reason: reason ?? ""))
                return
            }
            guard let status else {
                throw ValidationError(cli.language == .fr ? "Indiquez le nouveau statut de participation, ou --remove."
                                                          : "Give the new participation status, or --remove.")
            }
            try cli.perform(.setParticipation(holder: holder, cohort: cohort,
                                              status: try Arguments.participation(status, "STATUS"),
                                              date: try date.map { try Arguments.day($0, "--date") }, reason: reason))
        }
    }
}
