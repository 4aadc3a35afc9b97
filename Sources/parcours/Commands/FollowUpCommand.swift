import ArgumentParser
import ParcoursDomain
import ParcoursKit

/// `parcours followup`: re-contacting holders after the programme (domain.md F21).
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Follow-up after the programme: plan the waves, record what became of each project.",
        discussion: "Waves count from the end of each holder's participation (terminé or sorti). "
            + "`parcours list followups --due` lists those due.",
        subcommands: [Plan.self, Record.self, Remove.self]
    )

    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a programme's follow-up waves, e.g. --after 6m --after 1y --after 3y (they replace the current ones).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme (name or id).") var programme: String
        @Option(name: .customLong("after"), help: "A wave after the end of the participation: 6m, 18m, 1y, 3y; repeatable.")
        var waves: [String] = []
        @Flag(help: "No follow-up for this programme any more.") var none = false

        func run() throws {
            try CLI.run(global) { cli in
                guard none != !waves.isEmpty else {
                    throw ValidationError(cli.language == .fr ? "Donnez au moins un --after, ou --none."
                                                              : "Give at least one --after, or --none.")
                }
                try cli.perform(.planFollowUps(programme: programme, waves: try waves.map { try Arguments.months($0, "--after") }))
            }
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record what became of a project at one wave (replaces what that wave held).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project (or its holder, when they carry one).") var project: String
        @Option(help: "The wave: 6m, 1y, 3y… (one the project's programme plans).") var wave: String
        @Option(help: "operationnelle, en_developpement, cessee or injoignable.") var activity: String
        @Option(name: .customLong("jobs-created"), parsing: .unconditional, help: "Jobs the activity created.") var jobsCreated: String?
        @Option(name: .customLong("jobs-kept"), parsing: .unconditional, help: "Jobs it kept (already there, still there).")
        var jobsKept: String?
        @Option(help: "The legal structure registered, by name.") var structure: String?
        @Option(help: "When the holder was reached, YYYY-MM-DD (today by default).") var date: String?
        @Option(help: "What was said.") var note: String?

        func run() throws {
            try CLI.run(global) { cli in
                let draft = FollowUpDraft(
                    activity: try Arguments.followUpActivity(activity, "--activity"),
                    jobsCreated: try jobsCreated.map { try Arguments.count($0, "--jobs-created", atLeast: 0, atMost: 100_000) },
                    jobsKept: try jobsKept.map { try Arguments.count($0, "--jobs-kept", atLeast: 0, atMost: 100_000) },
                    structure: structure, date: try date.map { try Arguments.day($0, "--date") }, note: note)
                try cli.perform(.recordFollowUp(project: project, wave: try Arguments.months(wave, "--wave"), draft))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take back a follow-up recorded by mistake.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The project (or its holder).") var project: String
        @Option(help: "The wave: 6m, 1y, 3y…") var wave: String

        func run() throws {
            try CLI.run(global) { cli in
                try cli.perform(.removeFollowUp(project: project, wave: try Arguments.months(wave, "--wave")))
            }
        }
    }
}
