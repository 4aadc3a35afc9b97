import ParcoursDomain
import ParcoursKit
import TerminalKit

extension DashboardView {
    /// The week's lines: planned sessions and open events of the next seven days, in date
    /// (then time) order.
    static func weekLines(_ m: Model) -> [String] {
        let sessions = m.weekSessions.map { (day: $0.date, time: $0.time, line: weekLine(m, $0)) }
        let events = m.state.openEvents(from: m.today, to: m.today.adding(days: 7)).filter { $0.status == .planned }
            .map { (day: $0.date, time: $0.details.time, line: eventWeekLine(m, $0)) }
        guard !events.isEmpty else { return sessions.map(\.line) }
        func minutes(_ t: ClockTime?) -> Int { t.map { $0.hour * 60 + $0.minute } ?? -1 }
        return (sessions + events).enumerated()
            .sorted { ($0.element.day, minutes($0.element.time), $0.offset) < ($1.element.day, minutes($1.element.time), $1.offset) }
            .map(\.element.line)
    }

    /// "jeu. 12/03 19:00  soirée · AMESUD · « Projets coopératifs »".
    static func eventWeekLine(_ m: Model, _ e: OpenEvent) -> String {
        let l = m.language
        let weekday = Catalog.day(e.date, l).split(separator: " ").first.map(String.init) ?? ""
        let when = "\(weekday) \(Texts.shortDay(e.date, l)) \(e.details.time?.description ?? "     ")"
        return "\(when)  \(UIText.eventKindShort(e.kind, l)) · \(Rows.owner(e, m.state)) · \(Texts.quoted(e.title, l))"
    }

    /// What follows a programme's name: the past open events still to count (an alert,
    /// of its cohorts' too: a closed cohort shows no alerts), then its `ideas` (a
    /// Fabrique's), the events held and their participants, those to come; "no cohort" for
    /// one with none of these.
    static func programmeNote(_ m: Model, _ programme: Programme, noCohort: Bool, ideas: String? = nil) -> (alert: String, rest: String) {
        let l = m.language
        let events = m.state.openEvents(programme: programme.id)
        let pending = m.state.pastEventsWithoutHeadcount(today: m.today, programmes: [programme.id]).count
        let held = events.filter { $0.status == .held }
        let summary = UIText.eventsSummary(held: held.count, planned: events.filter { $0.status == .planned && $0.date >= m.today }.count,
                                           participants: held.reduce(0) { $0 + ($1.headcount?.total ?? 0) }, l)
        var rest = [ideas ?? "", summary].filter { !$0.isEmpty }.joined(separator: " · ")
        if rest.isEmpty && noCohort && events.isEmpty { rest = UIText.noCohort.text(l) }
        // The alert first: a long programme name leaves little room at 80 columns.
        return (pending > 0 ? "⚠ " + UIText.eventsToCount(pending, l) : "", rest)
    }

    /// Draws the programme's note after its name (ending at `col`): the alert in the
    /// alert colour, the rest dim.
    static func drawProgrammeNote(_ note: (alert: String, rest: String), row: Int, col: Int, right: Int, into c: inout Canvas) {
        var col = col
        if !note.alert.isEmpty, right - col - 1 > 2 {
            col = c.put("  " + note.alert, row: row, col: col, style: Palette.alert, maxWidth: right - col - 1, overflow: .ellipsis)
        }
        if !note.rest.isEmpty, right - col - 1 > 3 {
            c.put((note.alert.isEmpty ? "  " : " · ") + note.rest, row: row, col: col, style: Palette.dim,
                  maxWidth: right - col - 1, overflow: .ellipsis)
        }
    }
}
