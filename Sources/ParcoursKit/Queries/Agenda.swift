import Foundation
import ParcoursDomain

/// The calendar across every cohort (domain.md F9): each session of a week or a month with
/// its venue and facilitators, and the overlaps that share a venue or a facilitator marked.
/// The same rows feed `parcours calendar`, the interface's calendar and the iCalendar export.
public enum Agenda {
    public enum Span: String, Sendable, Hashable, CaseIterable {
        case week, month
    }

    public struct Entry: Codable, Hashable, Sendable {
        public var id: String
        public var date: String
        public var time: String?
        /// When it ends ("12:00"), for a session with a start time.
        public var end: String?
        public var durationMinutes: Int
        public var title: String
        public var kind: String
        public var cohort: String
        public var programme: String
        public var venue: String?
        public var commune: String?
        public var remote: Bool
        /// The people facilitating it, then the facilitating organisations.
        public var facilitators: [String]
        public var organisations: [String]
        public var status: String
        /// The other sessions it overlaps, sharing a venue or a facilitator, in words.
        public var overlaps: [String]
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

    /// The sessions from `start` to `end` (excluded), of every cohort unless `cohort`,
    /// facilitated by `facilitator` when given, with what they overlap.
    public static func entries(_ state: State, from start: Day, to end: Day, cohort: EntityID? = nil,
                               facilitator: EntityID? = nil, language l: Language) -> [Entry] {
        state.sessions(from: start, to: end).filter { s in
            (cohort == nil || s.cohort == cohort) && (facilitator == nil || (state.sessionFacilitators[s.id] ?? []).contains(facilitator!))
        }.map { entry(state, $0, language: l) }
    }

    /// Every session (of `cohort`, of `facilitator`) whatever its day: what a subscribed
    /// calendar holds.
    public static func all(_ state: State, cohort: EntityID? = nil, facilitator: EntityID? = nil) -> [Session] {
        state.sessions.values.filter { s in
            (cohort == nil || s.cohort == cohort) && (facilitator == nil || (state.sessionFacilitators[s.id] ?? []).contains(facilitator!))
        }.sorted { ($0.date, $0.time.map { $0.hour * 60 + $0.minute } ?? -1, $0.title, $0.id)
            < ($1.date, $1.time.map { $0.hour * 60 + $0.minute } ?? -1, $1.title, $1.id) }
    }

    public static func entry(_ state: State, _ s: Session, language l: Language) -> Entry {
        let cohort = state.cohorts[s.cohort]
        let venue = s.details.place.flatMap { state.venues[$0] }
        var end: String?
        if let time = s.time {
            let minutes = (time.hour * 60 + time.minute + s.duration.minutes) % (24 * 60)
            end = ClockTime(hour: minutes / 60, minute: minutes % 60)?.description
        }
        return Entry(id: s.id, date: s.date.iso, time: s.time?.description, end: end, durationMinutes: s.duration.minutes,
                     title: s.title, kind: s.kind.rawValue, cohort: cohort?.name ?? s.cohort,
                     programme: cohort.flatMap { state.programmes[$0.programme]?.name } ?? "",
                     venue: state.venueName(of: s), commune: venue?.commune, remote: s.remote,
                     facilitators: state.facilitators(of: s.id).map(\.name),
                     organisations: s.facilitators.map { state.organisations[$0]?.name ?? $0 },
                     status: s.status.rawValue, overlaps: overlapWords(state, s, l))
    }

    /// "même lieu que « Atelier 2 » (Promo B)", "Camille Dubois aussi à « Atelier 2 » (Promo B)".
    static func overlapWords(_ state: State, _ s: Session, _ l: Language) -> [String] {
        state.overlaps(of: s).compactMap { overlap in
            guard let other = state.sessions[overlap.other] else { return nil }
            let cohort = state.cohorts[other.cohort]?.name ?? other.cohort
            switch overlap.shared {
            case .venue:
                return l == .fr ? "même lieu que « \(other.title) » (\(cohort))" : "same venue as “\(other.title)” (\(cohort))"
            case .person(let id):
                let who = state.personName(id)
                return l == .fr ? "\(who) aussi à « \(other.title) » (\(cohort))" : "\(who) also at “\(other.title)” (\(cohort))"
            }
        }
    }
}
