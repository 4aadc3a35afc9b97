import ArgumentParser
import ParcoursDomain

struct CohortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "Open cohorts (promotions) of a programme; correct them.",
        subcommands: [Add.self, Status.self, Staff.self, Complete.self, Edit.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a cohort, optionally with all its sessions from the template.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme (name or id).") var programme: String
        @Argument(help: "The cohort's name, e.g. \"Promotion 2026\".") var name: String
        @Option(help: "First day, YYYY-MM-DD.") var start: String
        @Option(help: "Last day, YYYY-MM-DD.") var end: String?
        // Unconditional: "--capacity -3" reaches the check below instead of reading as a missing value.
        @Option(parsing: .unconditional, help: "How many holders it can take (exceeding it is only a warning).")
        var capacity: String?
        @Flag(name: .customLong("from-template"), help: "Schedule one session per template workshop, weekly from the start.")
        var fromTemplate = false

        func run() throws {
            try CLI.run(global) { cli in
                let startDay = try Arguments.day(start, "--start")
                let endDay = try end.map { try Arguments.day($0, "--end") }
                let places = try capacity.map { try Arguments.count($0, "--capacity", atLeast: 1) }
                try cli.perform(.addCohort(programme: programme, name: name, start: startDay, end: endDay,
                                           capacity: places, fromTemplate: fromTemplate))
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Move a cohort: planned, recruiting, running, closed.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The cohort (name or id).") var cohort: String
        @Argument(help: "planned, recruiting, running or closed.") var status: String

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.setCohortStatus(cohort: cohort, status: try Arguments.cohortStatus(status, "STATUS")))
            }
        }
    }

    struct Staff: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a staff member to a cohort.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The cohort (name or id).") var cohort: String
        @Argument(help: "The person's name.") var name: String
        @Option(help: "coordinator, referent, facilitator or intervenant.") var role: String = "facilitator"

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.addStaff(cohort: cohort, name: name, role: try Arguments.staffRole(role, "--role")))
            }
        }
    }

    struct Complete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "complete",
            abstract: "Create the template sessions a cohort does not have yet.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The cohort (name or id).") var cohort: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.createMissingTemplateSessions(cohort: cohort)) }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a cohort's name, dates or capacity; the journal and show keep what they were.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The cohort (name or id).") var cohort: String
        @Option(help: "The right name.") var name: String?
        @Option(help: "First day, YYYY-MM-DD.") var start: String?
        @Option(help: "Last day, YYYY-MM-DD (\"\" clears it).") var end: String?
        @Option(parsing: .unconditional, help: "How many holders it can take (\"\" clears it).") var capacity: String?

        func run() throws {
            try CLI.run(global) { cli in
                var edit = CohortEdit(name: name, start: try start.map { try Arguments.day($0, "--start") })
                if let end { edit.end = .some(try Arguments.clearableDay(end, "--end")) }
                if let capacity { edit.capacity = .some(try Arguments.clearableCount(capacity, "--capacity", atLeast: 1)) }
                try cli.perform(.editCohort(cohort: cohort, edit))
            }
        }
    }
}
