import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

/// `parcours calendar`: the sessions of a week or a month across every cohort, with venue
/// and facilitators; sessions sharing a venue or a facilitator at the same time are marked.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "The sessions of a week (default) or a month across every cohort, with venue and facilitators; overlaps marked ⚠.",
        discussion: "For a calendar application, `parcours export --format ics --out FILE` writes the same sessions as iCalendar.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Flag(help: "The week from Monday (default).") var week = false
    @Flag(help: "The whole month.") var month = false
    @Option(help: "A day in the week or month shown, YYYY-MM-DD (default: today).") var from: String?
    @Option(help: "Only the sessions this person of the directory facilitates.") var facilitator: String?
    @Option(help: "Only this cohort's sessions.") var cohort: String?

    func run() throws {
        try CLI.run(global) { cli in
            if week && month {
                throw InputError(value: "--week --month", option: "calendar", expectedFR: "--week ou --month, pas les deux",
                                 expectedEN: "--week or --month, not both")
            }
            let day = try from.map { try Arguments.day($0, "--from") }
            let workspace = try cli.workspace()
            let state = workspace.state
            let resolver = Resolver(state)
            let person = try facilitator.map { reference throws(DomainError) in try resolver.person(reference) }
            let cohortID = try cohort.map { reference throws(DomainError) in try resolver.cohort(reference).id }
            let span: Agenda.Span = month ? .month : .week
            let (start, end) = Agenda.range(span, around: day ?? workspace.today)
            let entries = Agenda.entries(state, from: start, to: end, cohort: cohortID, facilitator: person?.id, language: cli.language)
            if output.json { return try cli.printJSON(entries) }
            print(CalendarText.lines(entries, span: span, start: start, end: end, language: cli.language).joined(separator: "\n"))
        }
    }
}

/// The calendar in words, grouped by day.
enum CalendarText {
    static func lines(_ entries: [Agenda.Entry], span: Agenda.Span, start: Day, end: Day, language l: Language) -> [String] {
        let fr = l == .fr
        let last = end.adding(days: -1)
        var lines = [span == .week
            ? (fr ? "Semaine du \(Catalog.day(start, l)) au \(Catalog.day(last, l))" : "Week of \(Catalog.day(start, l)) to \(Catalog.day(last, l))")
            : Catalog.month(start, l).prefix(1).uppercased() + Catalog.month(start, l).dropFirst()]
        guard !entries.isEmpty else { return lines + [fr ? "Aucune séance." : "No session."] }
        var current: String?
        for e in entries {
            if e.date != current {
                current = e.date
                lines.append("")
                lines.append(Day(iso: e.date).map { Catalog.day($0, l) } ?? e.date)
            }
            let time = e.time.map { t in e.end.map { "\(t)–\($0)" } ?? t } ?? (fr ? "journée    " : "all day    ")
            var parts = ["\(e.title) — \(e.cohort)"]
            if e.remote { parts.append(fr ? "à distance" : "remote") }
            if let venue = e.venue { parts.append(venue + (e.commune.map { " (\($0))" } ?? "")) }
            let who = e.facilitators + e.organisations
            if !who.isEmpty { parts.append(who.joined(separator: ", ")) }
            if e.status == SessionStatus.cancelled.rawValue { parts.append(Catalog.label(SessionStatus.cancelled, l).uppercased()) }
            lines.append("  \(time)  " + parts.joined(separator: " — "))
            for overlap in e.overlaps { lines.append("    ⚠ " + overlap) }
        }
        return lines
    }
}
