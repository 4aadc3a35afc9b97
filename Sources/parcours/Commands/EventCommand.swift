import ArgumentParser
import ParcoursDomain
import ParcoursKit

/// `parcours event`: open events (evening debates, awareness half-days, trainings for
/// professionals, learning visits, launch meetings, webinars), counted by headcount
/// (`parcours headcount`), never by holders.
struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Open events of a programme or cohort, counted by headcount (evening debates, trainings…).",
        subcommands: [Add.self, Edit.self, Cancel.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Plan an open event of a cohort, or of a programme (an awareness programme may have no cohort).",
            discussion: """
            KIND: sensibilisation (awareness half-day), soiree (evening debate), visite (learning
            visit), formation (training), lancement (launch meeting), webinaire. Without
            --duration: 3h30 for an awareness half-day or a visit, 2h for an evening, a launch or
            a webinar, 1j for a training. The event is held once its headcount is recorded.
            """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The cohort or the programme.") var target: String
        @Argument(help: "The event's title.") var title: String
        @Option(help: "Day, YYYY-MM-DD.") var date: String
        @Option(help: "Start time, HH:MM.") var time: String?
        @Option(parsing: .unconditional, help: "Duration: 2h, 3h30, 1j, 2j; at most 24h.") var duration: String?
        @Option(help: "sensibilisation, soiree, visite, formation, lancement or webinaire.") var kind: String
        @Option(help: "Where it takes place.") var venue: String?
        @Flag(help: "Held remotely (videoconference).") var remote = false

        func run() throws {
            try CLI.run(global) { cli in
                let draft = OpenEventDraft(title: title, kind: try Arguments.openEventKind(kind, "--kind"),
                                           date: try Arguments.day(date, "--date"),
                                           time: try time.map { try Arguments.time($0, "--time") },
                                           duration: try duration.map { try Arguments.duration($0, "--duration") },
                                           venue: venue, remote: remote)
                try cli.perform(.addOpenEvent(target: target, draft))
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change an open event's title, kind, day, time, duration, venue or remote flag.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The event (title or id).") var event: String
        @Option(help: "New title.") var title: String?
        @Option(help: "New kind.") var kind: String?
        @Option(help: "New day, YYYY-MM-DD.") var date: String?
        @Option(help: "New start time, HH:MM (\"\" clears it).") var time: String?
        @Option(parsing: .unconditional, help: "New duration (at most 24h).") var duration: String?
        @Option(help: "New venue (\"\" clears it).") var venue: String?
        @Option(help: "yes or no: held remotely.") var remote: String?

        func run() throws {
            try CLI.run(global) { cli in
                var edit = OpenEventEdit()
                edit.title = title
                edit.kind = try kind.map { try Arguments.openEventKind($0, "--kind") }
                edit.date = try date.map { try Arguments.day($0, "--date") }
                if let time { edit.time = .some(time.isEmpty ? nil : try Arguments.time(time, "--time")) }
                edit.duration = try duration.map { try Arguments.duration($0, "--duration") }
                if let venue { edit.venue = .some(venue) }
                edit.remote = try remote.map { try Arguments.yesNo($0, "--remote") }
                try cli.perform(.editOpenEvent(event: event, edit))
            }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel a planned open event (it stays listed, cancelled).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The event (title or id).") var event: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.cancelOpenEvent(event: event)) }
        }
    }
}

/// `parcours headcount`: who came to an open event, by audience category.
struct HeadcountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "headcount",
        abstract: "Record who came to an open event, by audience category: the event is held.",
        discussion: """
        Each --audience is CATEGORY=NUMBER. Categories: elus (elected officials), techniciens
        (local authority staff), professionnels (support professionals), habitants (residents),
        porteurs (project holders, not enrolled), autres (others) — French or English labels
        work too — or any category of your own ("bénévoles associatifs=3"). --total counts
        everyone when some came in no category given (it may not be below the categories' sum).
        Recording again replaces the headcount (undo brings the earlier one back); --clear takes
        it away (the event is planned again). Counts only: nobody is named.
        """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The event (title or id).") var event: String
    @Option(help: "CATEGORY=NUMBER (repeat).") var audience: [String] = []
    @Option(parsing: .unconditional, help: "Everyone who came, when more than the categories.") var total: String?
    @Flag(help: "Take the headcount away.") var clear = false

    func run() throws {
        try CLI.run(global) { cli in
            if clear {
                guard audience.isEmpty, total == nil else {
                    throw ValidationError(cli.language == .fr ? "--clear ne prend ni --audience ni --total."
                                                              : "--clear takes neither --audience nor --total.")
                }
                try cli.perform(.clearHeadcount(event: event))
                return
            }
            let input = HeadcountInput(audiences: try audience.map { try Arguments.audience($0, "--audience") },
                                       total: try total.map { try Arguments.integer($0, "--total") })
            try cli.perform(.recordHeadcount(event: event, input))
        }
    }
}
