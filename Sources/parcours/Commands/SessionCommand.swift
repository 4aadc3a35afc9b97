import ArgumentParser
import ParcoursDomain

struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Schedule, change and cancel sessions (ateliers, individual meetings, bilans…).",
        subcommands: [Add.self, Edit.self, Cancel.self, Held.self, Facilitator.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Schedule a session of a cohort.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The cohort.") var cohort: String
        @Argument(help: "The session's title.") var title: String
        @Option(help: "Day, YYYY-MM-DD.") var date: String
        @Option(help: "Start time, HH:MM.") var time: String?
        @Option(parsing: .unconditional, help: "Duration: 3h (default), 3h30, 90m, 1j; at most 24h.") var duration: String?
        @Option(help: "atelier (default), individuel, bilan, visite, reunion.") var kind: String?
        @Option(help: "Where it takes place: a venue of the directory (added to it on first use).") var venue: String?
        @Flag(help: "Held remotely.") var remote = false
        @Option(name: .customLong("facilitator"), help: "A person facilitating it (directory; added on first use); repeatable.")
        var facilitators: [String] = []
        @Option(name: .customLong("by"), help: "The facilitating organisation.") var by: String?
        @Option(help: "The holder met (individual meetings).") var holder: String?

        func run() throws {
            try CLI.run(global) { cli in
                let draft = SessionDraft(
                    title: title, date: try Arguments.day(date, "--date"),
                    time: try time.map { try Arguments.time($0, "--time") },
                    duration: try duration.map { try Arguments.duration($0, "--duration") },
                    kind: try kind.map { try Arguments.sessionKind($0, "--kind") } ?? (holder == nil ? .atelier : .individuel),
                    venue: venue, remote: remote, byOrganisationName: by, holder: holder, facilitators: facilitators)
                try cli.perform(.addSession(cohort: cohort, draft))
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a session's title, date, time, duration, kind or venue.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session (title or id).") var session: String
        @Option(help: "New title.") var title: String?
        @Option(help: "New day, YYYY-MM-DD.") var date: String?
        @Option(help: "New start time, HH:MM.") var time: String?
        @Option(parsing: .unconditional, help: "New duration (at most 24h).") var duration: String?
        @Option(help: "New kind.") var kind: String?
        @Option(help: "New venue: a venue of the directory (added on first use; \"\" clears it).") var venue: String?

        func run() throws {
            try CLI.run(global) { cli in
                var edit = SessionEdit()
                edit.title = title
                edit.date = try date.map { try Arguments.day($0, "--date") }
                if let time { edit.time = .some(try Arguments.time(time, "--time")) }
                edit.duration = try duration.map { try Arguments.duration($0, "--duration") }
                edit.kind = try kind.map { try Arguments.sessionKind($0, "--kind") }
                if let venue { edit.venue = .some(venue) }
                try cli.perform(.updateSession(session: session, edit))
            }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel a session (it stays in the calendar, marked cancelled).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session (title or id).") var session: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.cancelSession(session: session)) }
        }
    }

    struct Held: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say a past session nobody was expected at took place (where holders are expected, take the attendance).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The session (title or id).") var session: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.holdSession(session: session)) }
        }
    }
}
