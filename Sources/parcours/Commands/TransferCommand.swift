import ArgumentParser
import ParcoursDomain

struct TransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Move a holder from their current cohort to another: not a drop-out.",
        discussion: """
        The participation in the cohort left becomes "transféré" (counted apart from drop-outs in \
        reports) and one with the same status starts in COHORT, of the same programme or another. \
        Individual meetings still planned in the cohort left are cancelled; the new cohort's \
        template plans theirs. The message says how many of each.
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder.") var holder: String
    @Argument(help: "The cohort they move to.") var cohort: String
    @Option(help: "The cohort they leave, when they are in several.") var from: String?
    @Option(help: "When, YYYY-MM-DD (today by default; not before their last change in the cohort left).") var date: String?
    @Option(help: "Why.") var reason: String?

    func run() throws {
        try CLI.run(global) { cli in
            try cli.perform(.transfer(holder: holder, cohort: cohort, from: from,
                                      date: try date.map { try Arguments.day($0, "--date") }, reason: reason))
        }
    }
}
