import Foundation
import ParcoursDomain

/// The people and venue directories as both interfaces show them (`list people`,
/// `list venues`, `show PERSON`, `show VENUE`). Field names are the JSON contract.
public enum DirectoryListing {
    public struct PersonRow: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var organisation: String?
        public var role: String?
        public var email: String?
        public var phone: String?
        /// Cohorts they are on the staff of, with the role there ("Promo 2026 (referent)").
        public var staff: [String]
        public var sessions: Int
        public var holders: Int
    }

    public struct VenueRow: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var commune: String?
        public var kind: String?
        public var lender: String?
        public var sessions: Int
    }

    public struct PersonDetail: Codable, Hashable, Sendable {
        public var kind = "person"
        public var person: PersonRow
        /// The sessions they facilitate, in date order.
        public var sessions: [Listing.SessionRow]
        /// The holders they are the referent of.
        public var holders: [String]
        public var changes: [Details.ChangeLine] = []
    }

    public struct VenueDetail: Codable, Hashable, Sendable {
        public var kind = "venue"
        public var venue: VenueRow
        public var sessions: [Listing.SessionRow]
        public var changes: [Details.ChangeLine] = []
    }

    public static func people(_ state: State) -> [PersonRow] { state.directoryPeople.map { personRow(state, $0) } }

    public static func personRow(_ state: State, _ p: Person) -> PersonRow {
        PersonRow(id: p.id, name: p.name, organisation: p.organisation.map { state.organisations[$0]?.name ?? $0 },
                  role: p.role, email: p.email, phone: p.phone,
                  staff: state.staffing(of: p.id).map { "\($0.cohort.name) (\($0.role.rawValue))" },
                  sessions: state.sessions(facilitatedBy: p.id).count, holders: state.holders(referent: p.id).count)
    }

    public static func venues(_ state: State) -> [VenueRow] { state.directoryVenues.map { venueRow(state, $0) } }

    public static func venueRow(_ state: State, _ v: Venue) -> VenueRow {
        VenueRow(id: v.id, name: v.name, commune: v.commune, kind: v.kind?.rawValue,
                 lender: v.lender.map { state.organisations[$0]?.name ?? $0 },
                 sessions: state.sessions.values.filter { $0.details.place == v.id }.count)
    }

    public static func person(_ state: State, _ p: Person) -> PersonDetail {
        PersonDetail(person: personRow(state, p), sessions: rows(state, state.sessions(facilitatedBy: p.id)),
                     holders: state.holders(referent: p.id).map(\.name))
    }

    public static func venue(_ state: State, _ v: Venue) -> VenueDetail {
        VenueDetail(venue: venueRow(state, v),
                    sessions: rows(state, state.sessions.values.filter { $0.details.place == v.id }.sorted {
                        ($0.date, $0.time.map { $0.hour * 60 + $0.minute } ?? -1, $0.id) < ($1.date, $1.time.map { $0.hour * 60 + $0.minute } ?? -1, $1.id)
                    }))
    }

    static func rows(_ state: State, _ sessions: [Session]) -> [Listing.SessionRow] {
        sessions.compactMap { s in Listing.sessions(state, cohort: s.cohort).first { $0.id == s.id } }
    }
}
