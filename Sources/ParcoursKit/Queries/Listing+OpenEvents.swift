import Foundation
import ParcoursDomain

extension Listing {
    /// One open event as `list events` and `show` give it (field names are the JSON
    /// contract of `list events --json`).
    public struct OpenEventRow: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        /// The kind id (`soiree`, `formation`…).
        public var kind: String
        public var programme: String
        /// Null for an event of the programme as a whole.
        public var cohort: String?
        public var date: String
        public var time: String?
        public var durationMinutes: Int
        public var venue: String?
        public var remote: Bool
        /// `planned`, `held` (its headcount recorded) or `cancelled`.
        public var status: String
        /// Everyone counted (null until the headcount is recorded).
        public var participants: Int?
        /// The categories counted, in the order given.
        public var audiences: [AudienceRow]
        /// Counted beyond the categories (null until the headcount is recorded).
        public var unspecified: Int?
    }

    /// A category of a headcount: a standard one's id (`standard` true) or a free one's
    /// name, and how many came in it.
    public struct AudienceRow: Codable, Hashable, Sendable {
        public var category: String
        public var standard: Bool
        public var count: Int
    }

    /// Open events (of a programme, with its cohorts', or of a cohort), in date order.
    public static func openEvents(_ state: State, programme: EntityID? = nil, cohort: EntityID? = nil) -> [OpenEventRow] {
        let events: [OpenEvent]
        if let cohort { events = state.openEvents(cohort: cohort) }
        else if let programme { events = state.openEvents(programme: programme) }
        else { events = state.openEvents.values.sorted { ($0.date, $0.title, $0.id) < ($1.date, $1.title, $1.id) } }
        return events.map { openEventRow(state, $0) }
    }

    public static func openEventRow(_ state: State, _ e: OpenEvent) -> OpenEventRow {
        OpenEventRow(id: e.id, title: e.title, kind: e.kind.rawValue, programme: state.programmes[e.programme]?.name ?? e.programme,
                     cohort: e.cohort.map { state.cohorts[$0]?.name ?? $0 }, date: e.date.iso, time: e.details.time?.description,
                     durationMinutes: e.duration.minutes, venue: e.details.venue, remote: e.details.remote,
                     status: e.status.rawValue, participants: e.headcount?.total,
                     audiences: (e.headcount?.audiences ?? []).map {
                         AudienceRow(category: $0.category, standard: StandardAudience(rawValue: $0.category) != nil, count: $0.count)
                     },
                     unspecified: e.headcount?.unspecified)
    }
}

extension Details {
    /// An open event and its history (scheduled, changed, counted…), read back from the logs.
    public struct OpenEventDetail: Codable, Hashable, Sendable {
        public var kind = "open_event"
        public var event: Listing.OpenEventRow
        public var history: [ChangeLine]
    }

    public static func openEvent(_ workspace: Workspace, _ e: OpenEvent, language: Language) throws -> OpenEventDetail {
        let state = workspace.state
        let history = try workspace.journal(concerning: [e.id]).map { recorded in
            ChangeLine(date: Day.local(recorded.meta.time).iso, author: recorded.meta.author,
                       text: Catalog.describe(recorded, in: state, language: language, geography: { Workspace.geography }))
        }
        return OpenEventDetail(event: Listing.openEventRow(state, e), history: history)
    }
}

extension Vocabulary {
    public static func openEventKind(_ text: String) -> OpenEventKind? {
        match(text, in: OpenEventKind.self, labels: Catalog.label)
    }

    /// `CATEGORY=NUMBER` (`elus=10`, `bénévoles associatifs=3`) as the command line, the
    /// interface's `:` prompt and its headcount form all take it: the category as typed
    /// (the domain reads it), the number a whole number (the domain checks its bounds).
    /// Nil when there is no `=`, no category before it or no whole number after it.
    public static func audience(_ text: String) -> AudienceInput? {
        guard let sign = text.lastIndex(of: "=") else { return nil }
        let category = text[..<sign].trimmingCharacters(in: .whitespaces)
        guard !category.isEmpty, let count = Int(text[text.index(after: sign)...].trimmingCharacters(in: .whitespaces)) else {
            return nil
        }
        return AudienceInput(category, count)
    }
}
