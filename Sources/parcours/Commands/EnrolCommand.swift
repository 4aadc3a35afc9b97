import ArgumentParser
import ParcoursDomain

struct EnrolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "enrol", abstract: "Enrol a holder in a cohort.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder.") var holder: String
    @Argument(help: "The cohort.") var cohort: String
    @Option(help: "candidat, retenu, inscrit (default) or en_cours.") var status: String?
    @Option(help: "When they entered, YYYY-MM-DD (today by default; not before they were recorded).") var date: String?

    func run() throws {
        try CLI.run(global) { cli in
            let value = try status.map { try Arguments.participation($0, "--status") } ?? .inscrit
            try cli.perform(.enrol(holder: holder, cohort: cohort, status: value,
                                   date: try date.map { try Arguments.day($0, "--date") }))
        }
    }
}
