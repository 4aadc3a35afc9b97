import ArgumentParser
import ParcoursDomain

struct ParticipationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participation",
        abstract: "Change a holder's participation in a cohort (candidat → retenu | non_retenu → inscrit → en_cours → termine | sorti).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder.") var holder: String
    @Argument(help: "The cohort.") var cohort: String
    @Argument(help: "The new participation status.") var status: String

    func run() throws {
        try CLI.run(global) { cli in
            try cli.perform(.setParticipation(holder: holder, cohort: cohort,
                                              status: try Arguments.participation(status, "STATUS")))
        }
    }
}
