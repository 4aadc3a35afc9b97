import ParcoursDomain
import ParcoursKit
import TerminalKit

/// The calendar across every cohort (domain.md F9): a week or a month from its first day,
/// and the cursor on its sessions.
struct CalendarScreen: Hashable, Sendable {
    var span: Agenda.Span = .week
    /// The span's first day (a Monday, or the first of the month).
    var start: Day
    var selection = SelectionState()

    /// The week (or month) holding `day`.
    init(span: Agenda.Span = .week, around day: Day) {
        self.span = span
        start = Agenda.range(span, around: day).start
    }

    /// The first day after the span.
    var end: Day { Agenda.range(span, around: start).end }
}

/// The span's sessions with their venue, facilitators and overlaps, as `parcours calendar`
/// lists them (`Agenda.entries`): made once per state, span and language.
struct CalendarRows: Sendable {
    struct Key: Hashable, Sendable {
        var span: Agenda.Span
        var start: Day
        var language: Language
        /// "My holders": the person chosen, nil for every session.
        var referent: EntityID?
    }

    var key: Key
    var entries: [Agenda.Entry]

    /// With a referent ("my holders"), the sessions they facilitate and those their holders
    /// are expected at (their cohorts' sessions, their individual meetings).
    init(_ state: State, _ key: Key, mine: Set<EntityID>? = nil) {
        self.key = key
        let range = Agenda.range(key.span, around: key.start)
        entries = Agenda.entries(state, from: range.start, to: range.end, language: key.language)
        if let person = key.referent, let mine {
            let theirs = Set(Rows.thisWeek(state, from: range.start, to: range.end, mine: mine, planned: false).map(\.id))
            entries = entries.filter { theirs.contains($0.id) || (state.sessionFacilitators[$0.id] ?? []).contains(person) }
        }
    }
}

extension Model {
    /// The calendar's rows as shown: its span, the `/` filter (title, cohort, programme,
    /// venue, commune, facilitators).
    func calendarEntries(_ cal: CalendarScreen) -> [Agenda.Entry] {
        let key = CalendarRows.Key(span: cal.span, start: cal.start, language: language, referent: referent)
        let entries = derived.calendar?.key == key ? derived.calendar!.entries : CalendarRows(state, key, mine: myHolders).entries
        guard !filter.isEmpty else { return entries }
        return entries.filter { e in
            Rows.matches(filter, [e.title, e.cohort, e.programme, e.venue ?? "", e.commune ?? ""] + e.facilitators + e.organisations)
        }
    }
}
