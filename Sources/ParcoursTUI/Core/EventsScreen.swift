import ParcoursDomain
import TerminalKit

/// The open events of every programme, with the cursor kept while the list changes.
struct EventsScreen: Hashable, Sendable {
    var selection = SelectionState()
}

/// A row of a cohort's calendar (its sessions view): a session, or one of its open events.
enum CalendarRow: Hashable {
    case session(Session)
    case event(OpenEvent)

    var date: Day {
        switch self {
        case .session(let s): s.date
        case .event(let e): e.date
        }
    }

    var time: ClockTime? {
        switch self {
        case .session(let s): s.time
        case .event(let e): e.details.time
        }
    }

    var id: EntityID {
        switch self {
        case .session(let s): s.id
        case .event(let e): e.id
        }
    }

    var event: OpenEvent? {
        if case .event(let e) = self { return e }
        return nil
    }

    var session: Session? {
        if case .session(let s) = self { return s }
        return nil
    }
}

extension Rows {
    /// Every programme's open events in date order, filtered.
    static func openEvents(_ state: State, filter: String, _ l: Language) -> [OpenEvent] {
        state.openEvents.values.filter { e in
            matches(filter, eventTexts(e, state, l))
        }.sorted { ($0.date, $0.details.time?.description ?? "", $0.title, $0.id) < ($1.date, $1.details.time?.description ?? "", $1.title, $1.id) }
    }

    static func eventTexts(_ e: OpenEvent, _ state: State, _ l: Language) -> [String] {
        [e.title, Catalog.label(e.kind, l), UIText.eventKindShort(e.kind, l), e.details.venue ?? "", e.date.iso, owner(e, state)]
    }

    /// "Lance-toi !" for an event of the programme as a whole, the cohort's name otherwise.
    static func owner(_ e: OpenEvent, _ state: State) -> String {
        e.cohort.flatMap { state.cohorts[$0]?.name } ?? state.programmes[e.programme]?.name ?? e.programme
    }

    /// A cohort's sessions and open events, in date (then time) order, filtered.
    static func calendar(_ state: State, cohort: EntityID, filter: String, _ l: Language) -> [CalendarRow] {
        let sessions = Rows.sessions(state, cohort: cohort, filter: filter, l).map(CalendarRow.session)
        let events = state.openEvents(cohort: cohort).filter { matches(filter, eventTexts($0, state, l)) }.map(CalendarRow.event)
        guard !events.isEmpty else { return sessions }
        func minutes(_ row: CalendarRow) -> Int { row.time.map { $0.hour * 60 + $0.minute } ?? -1 }
        // Stable: sessions keep their order among themselves.
        return (sessions + events).enumerated().sorted { a, b in
            (a.element.date, minutes(a.element), a.offset) < (b.element.date, minutes(b.element), b.offset)
        }.map(\.element)
    }
}
