import ArgumentParser
import ParcoursDomain
import ParcoursKit

/// `parcours call`: calls for applications (appel à projets, AMI), their eligibility
/// criteria, each holder's application and checklist.
struct CallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "Calls for applications (AMI): their source and criteria, each applicant's eligibility checklist.",
        discussion: "`list calls`, `show CALL` (applicants and their checklists); the report counts applications and eligibility.",
        subcommands: [Add.self, Apply.self, Check.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a call for applications of a programme.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme.") var programme: String
        @Argument(help: "The call's title.") var title: String
        @Option(help: "The cohort it recruits for (applicants become its candidates).") var cohort: String?
        @Option(help: "When it opens, YYYY-MM-DD.") var opens: String?
        @Option(help: "When it closes, YYYY-MM-DD.") var closes: String?
        @Option(help: "Who launched or relayed it.") var source: String?
        @Option(help: "An eligibility criterion (repeat for each, in order).") var criterion: [String] = []

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.addCall(programme: programme, CallDraft(
                    title: title, cohort: cohort, opens: try opens.map { try Arguments.day($0, "--opens") },
                    closes: try closes.map { try Arguments.day($0, "--closes") }, source: source, criteria: criterion)))
            }
        }
    }

    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a holder's application (dossier) to a call (--remove takes one recorded by mistake away).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The call (title or id).") var call: String
        @Argument(help: "The holder applying.") var holder: String
        @Option(help: "When it came in, YYYY-MM-DD (today by default; not before the call opened).") var date: String?
        @Flag(help: "Take the application away.") var remove = false

        func run() throws {
            try CLI.run(global) { cli in
                if remove {
                    try cli.perform(.removeApplication(call: call, holder: holder))
                } else {
                    try cli.perform(.applyToCall(call: call, holder: holder, date: try date.map { try Arguments.day($0, "--date") }))
                }
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check an application against the call's criteria.",
            discussion: """
            Criteria are named by number (1, 2…) or words of their text. --met and --unmet
            record a check, --unchecked takes one back; the others keep theirs. Eligible:
            every criterion met.
            """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The call.") var call: String
        @Argument(help: "The applicant.") var holder: String
        @Option(help: "A criterion met (repeat).") var met: [String] = []
        @Option(help: "A criterion not met (repeat).") var unmet: [String] = []
        @Option(help: "A criterion to check again (repeat).") var unchecked: [String] = []

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.checkApplication(call: call, holder: holder, met: met, unmet: unmet, unchecked: unchecked))
            }
        }
    }
}
