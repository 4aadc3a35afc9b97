import Foundation
import ParcoursDomain

/// The calendar across every cohort (domain.md F9): each session and open event of a week
/// or a month with its venue and facilitators, and the overlaps that share a venue or a
/// facilitator marked. The same rows feed `parcours calendar` and the interface's calendar;
/// the iCalendar export takes the same sessions and events (`all`, `events`).
public enum Agenda {
    public enum Span: String, Sendable, Hashable, CaseIterable {
        case week, month
    }

    public struct Entry: Codable, Hashable, Sendable {
        public var id: String
        public var date: String
        public var time: String?
        /// When it ends ("12:00"), for a session with a start time; on each day when it
        /// takes several (`days`).
        public var end: String?
        public var durationMinutes: Int
        /// Working days it spans from `date` ("2 j": two days at the same hours); 1 mostly.
        public var days: Int
        public var title: String
        /// The session's kind, or the open event's format (`OpenEventKind`).
        public var kind: String
        /// The cohort's name; empty for an open event of the programme as a whole.
        public var cohort: String
        public var programme: String
        public var venue: String?
        public var commune: String?
        public var remote: Bool
        /// The people facilitating it, then the facilitating organisations (none for an
        /// open event: it names no facilitator).
        public var facilitators: [String]
        public var organisations: [String]
        /// planned, held or cancelled (`SessionStatus`), for an open event as for a session.
        public var status: String
        /// The other sessions and open events it overlaps, sharing a venue or a facilitator, in words.
        public var overlaps: [String]
        /// An open event counted by headcount (domain.md F6), not a session.
        public var event: Bool
        /// An open event past and not yet counted ("à compter").
        public var toCount: Bool
        /// An open event's participants, once its headcount is recorded.
        public var headcount: Int?

        /// Where it belongs as people say it: its cohort, else its programme.
        public var group: String { cohort.isEmpty ? programme : cohort }

        public var cancelled: Bool { status == SessionStatus.cancelled.rawValue }
    }

    /// The days a span starting on (or around) `day` covers: the week from its Monday, or
    /// its month from the first; the end is excluded.
    public static func range(_ span: Span, around day: Day) -> (start: Day, end: Day) {
        switch span {
        case .week:
            let monday = day.adding(days: -(Weekday.allCases.firstIndex(of: day.weekday)!))
            return (monday, monday.adding(days: 7))
        case .month:
            let first = Day(year: day.year, month: day.month, day: 1)!
            return (first, first.adding(months: 1))
        }
    }

    /// The sessions and open events from `start` to `end` (excluded), in time order, of
    /// every cohort unless `cohort` (then that cohort's events only, not its programme's),
    /// facilitated by `facilitator` when given (then no open event: they name no
    /// facilitator), with what they overlap; `today` says which events are to count.
    public static func entries(_ state: State, from start: Day, to end: Day, cohort: EntityID? = nil,
                               facilitator: EntityID? = nil, today: Day, language l: Language) -> [Entry] {
        let sessions = state.sessions(from: start, to: end).filter { keeps($0, state, cohort: cohort, facilitator: facilitator) }
        let events = state.openEvents(from: start, to: end).filter { keeps($0, cohort: cohort, facilitator: facilitator) }
        return (sessions.map { entry(state, $0, language: l) } + events.map { entry(state, $0, today: today, language: l) })
            .sorted { order($0) < order($1) }
    }

    /// Every session (of `cohort`, of `facilitator`) whatever its day: what a subscribed
    /// calendar holds.
    public static func all(_ state: State, cohort: EntityID? = nil, facilitator: EntityID? = nil) -> [Session] {
        state.sessions.values.filter { keeps($0, state, cohort: cohort, facilitator: facilitator) }
            .sorted { ($0.date, $0.time.map { $0.hour * 60 + $0.minute } ?? -1, $0.title, $0.id)
                < ($1.date, $1.time.map { $0.hour * 60 + $0.minute } ?? -1, $1.title, $1.id) }
    }

    /// Every open event (of `cohort`; none for a `facilitator`) whatever its day.
    public static func events(_ state: State, cohort: EntityID? = nil, facilitator: EntityID? = nil) -> [OpenEvent] {
        state.openEvents.values.filter { keeps($0, cohort: cohort, facilitator: facilitator) }.sorted(by: State.chronological)
    }

    static func keeps(_ s: Session, _ state: State, cohort: EntityID?, facilitator: EntityID?) -> Bool {
        (cohort == nil || s.cohort == cohort) && (facilitator.map { (state.sessionFacilitators[s.id] ?? []).contains($0) } ?? true)
    }

    /// An open event names no facilitator, so a facilitator's calendar leaves it out.
    static func keeps(_ e: OpenEvent, cohort: EntityID?, facilitator: EntityID?) -> Bool {
        facilitator == nil && (cohort == nil || e.cohort == cohort)
    }

    /// Date, then time (a whole day first), then title, then id: the same order on every run.
    static func order(_ e: Entry) -> (String, String, String, String) { (e.date, e.time ?? "", e.title, e.id) }

    /// "12:00" from a start and a length, on the clock (past midnight, from 00:00).
    static func ending(_ time: ClockTime?, _ duration: TimeSpan) -> String? {
        guard let time else { return nil }
        let minutes = (time.hour * 60 + time.minute + duration.minutesEachDay) % (24 * 60)
        return ClockTime(hour: minutes / 60, minute: minutes % 60)?.description
    }

    public static func entry(_ state: State, _ s: Session, language l: Language) -> Entry {
        let cohort = state.cohorts[s.cohort]
        let venue = s.details.place.flatMap { state.venues[$0] }
        return Entry(id: s.id, date: s.date.iso, time: s.time?.description, end: ending(s.time, s.duration),
                     durationMinutes: s.duration.minutes, days: s.duration.calendarDays, title: s.title, kind: s.kind.rawValue, cohort: cohort?.name ?? s.cohort,
                     programme: cohort.flatMap { state.programmes[$0.programme]?.name } ?? "",
                     venue: state.venueName(of: s), commune: venue?.commune, remote: s.remote,
                     facilitators: state.facilitators(of: s.id).map(\.name),
                     organisations: s.facilitators.map { state.organisations[$0]?.name ?? $0 },
                     status: s.status.rawValue, overlaps: overlapWords(state, state.overlaps(of: s), l),
                     event: false, toCount: false, headcount: nil)
    }

    /// An open event's entry: its venue as typed, with the commune when the directory
    /// knows a venue of that name.
    public static func entry(_ state: State, _ e: OpenEvent, today: Day, language l: Language) -> Entry {
        let place = state.directoryVenue(of: e)
        return Entry(id: e.id, date: e.date.iso, time: e.details.time?.description, end: ending(e.details.time, e.duration),
                     durationMinutes: e.duration.minutes, days: e.duration.calendarDays, title: e.title, kind: e.kind.rawValue,
                     cohort: e.cohort.map { state.cohorts[$0]?.name ?? $0 } ?? "",
                     programme: state.programmes[e.programme]?.name ?? e.programme,
                     venue: place?.name ?? e.details.venue, commune: place?.commune, remote: e.details.remote,
                     facilitators: [], organisations: [], status: e.status.rawValue,
                     overlaps: overlapWords(state, state.overlaps(of: e), l),
                     event: true, toCount: e.awaitsHeadcount(today: today), headcount: e.headcount?.total)
    }

    /// What the calendar says after an entry: an event's format first, "sur 2 jours" for
    /// several days, then "annulée" ("annulé" for an event), "à compter" or an event's
    /// participants; nothing for a session of one day planned or held.
    public static func notes(_ e: Entry, _ l: Language) -> [String] {
        var notes = e.event ? OpenEventKind(rawValue: e.kind).map { [Catalog.label($0, l)] } ?? [] : []
        if e.days > 1 { notes.append(daysNote(e.days, l)) }
        guard e.event else { return e.cancelled ? notes + [Catalog.label(SessionStatus.cancelled, l)] : notes }
        if e.cancelled {
            notes.append(Catalog.eventStatus(.cancelled, l))
        } else if e.toCount {
            notes.append(Catalog.eventToCount(l))
        } else if let n = e.headcount {
            notes.append(l == .fr ? "\(n) participant\(n > 1 ? "s" : "")" : "\(n) participant\(n == 1 ? "" : "s")")
        }
        return notes
    }

    /// "sur 2 jours" / "over 2 days".
    public static func daysNote(_ days: Int, _ l: Language) -> String { l == .fr ? "sur \(days) jours" : "over \(days) days" }

    /// "même lieu que « Atelier 2 » (Promo B)", "Camille Dubois aussi à « Atelier 2 » (Promo B)".
    static func overlapWords(_ state: State, _ overlaps: [SessionOverlap], _ l: Language) -> [String] {
        overlaps.compactMap { overlap in
            guard let other = state.calendarItem(overlap.other) else { return nil }
            switch overlap.shared {
            case .venue:
                return l == .fr ? "même lieu que « \(other.title) » (\(other.group))" : "same venue as “\(other.title)” (\(other.group))"
            case .person(let id):
                let who = state.personName(id)
                return l == .fr ? "\(who) aussi à « \(other.title) » (\(other.group))" : "\(who) also at “\(other.title)” (\(other.group))"
            }
        }
    }
}
