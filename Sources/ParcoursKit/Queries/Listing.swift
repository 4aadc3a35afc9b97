import Foundation
import ParcoursDomain

/// The rows the `list` command and the interface's tables show, computed once here so
/// both say the same thing. Field names are the JSON contract of `list --json`.
public enum Listing {
    public struct ProgrammeRow: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var operators: [String]
        public var targetStages: [String]
        public var workshops: Int
        public var cohorts: Int
        /// The programme's type id (nil: not said).
        public var type: String?
        /// The areas it serves, as keys of the geographic code ("departement:07").
        public var territory: [String]
    }

    public struct CohortRow: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var programme: String
        public var start: String
        public var end: String?
        public var capacity: Int?
        public var status: String
        public var holders: Int
        public var candidates: Int
        public var sessionsHeld: Int
        public var sessionsPlanned: Int
        public var attendanceRate: Double?
    }

    public struct HolderRow: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var commune: String?
        public var email: String?
        public var phone: String?
        public var projects: [String]
        public var stage: String?
        public var status: String?
        public var cohorts: [String]
        /// Their referent (a person of the directory).
        public var referent: String? = nil
    }

    public struct SessionRow: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var cohort: String
        public var kind: String
        public var date: String
        public var time: String?
        public var durationMinutes: Int
        public var venue: String?
        public var remote: Bool
        public var status: String
        public var holder: String?
        public var present: Int
        public var absent: Int
        public var excused: Int
        /// The people facilitating it (the directory's names), and its venue's id in the directory.
        public var facilitators: [String] = []
        public var venueId: String?
    }

    public struct OrganisationRow: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var kind: String
    }

    public static func programmes(_ state: State) -> [ProgrammeRow] {
        state.programmes.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map { p in
            ProgrammeRow(id: p.id, name: p.name,
                         operators: p.operators.map { state.organisations[$0]?.name ?? $0 },
                         targetStages: p.targetStages.map(\.rawValue),
                         workshops: p.template.count,
                         cohorts: state.cohorts(programme: p.id).count,
                         type: p.type?.rawValue, territory: p.territory ?? [])
        }
    }

    public static func cohorts(_ state: State, programme: EntityID? = nil) -> [CohortRow] {
        state.cohorts.values
            .filter { programme == nil || $0.programme == programme }
            .sorted { ($0.start, $0.name, $0.id) < ($1.start, $1.name, $1.id) }
            .map { cohortRow(state, $0) }
    }

    public static func cohortRow(_ state: State, _ c: Cohort) -> CohortRow {
        let sessions = state.sessions(cohort: c.id)
        let participations = state.participations(cohort: c.id)
        return CohortRow(id: c.id, name: c.name, programme: state.programmes[c.programme]?.name ?? c.programme,
                         start: c.start.iso, end: c.end?.iso, capacity: c.capacity, status: c.status.rawValue,
                         holders: participations.filter(\.status.isTakingPart).count,
                         candidates: participations.count,
                         sessionsHeld: sessions.filter { $0.status == .held }.count,
                         sessionsPlanned: sessions.filter { $0.status == .planned }.count,
                         attendanceRate: state.attendance(cohort: c.id).rate)
    }

    public static func holders(_ state: State, cohort: EntityID? = nil) -> [HolderRow] {
        let chosen: [Holder]
        if let cohort {
            chosen = state.participations(cohort: cohort).compactMap { state.holders[$0.holder] }
        } else {
            chosen = state.holders.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        }
        return chosen.map { h in
            let projects = state.projects(holder: h.id)
            let main = projects.first
            return HolderRow(id: h.id, name: h.name, kind: h.kind.rawValue, commune: h.commune, email: h.email,
                             phone: h.phone, projects: projects.map(\.title), stage: main?.stage.rawValue,
                             status: main?.status.rawValue,
                             cohorts: state.participations(holder: h.id).compactMap { state.cohorts[$0.cohort]?.name },
                             referent: h.referent.map(state.personName))
        }
    }

    public static func sessions(_ state: State, cohort: EntityID? = nil) -> [SessionRow] {
        let chosen: [Session]
        if let cohort {
            chosen = state.sessions(cohort: cohort)
        } else {
            chosen = state.sessions.values.sorted { ($0.date, $0.title, $0.id) < ($1.date, $1.title, $1.id) }
        }
        return chosen.map { s in
            let marks = (state.marks[s.id] ?? [:]).values
            return SessionRow(id: s.id, title: s.title, cohort: state.cohorts[s.cohort]?.name ?? s.cohort,
                              kind: s.kind.rawValue, date: s.date.iso, time: s.time?.description,
                              durationMinutes: s.duration.minutes, venue: state.venueName(of: s), remote: s.remote,
                              status: s.status.rawValue, holder: s.holder.flatMap { state.holders[$0]?.name },
                              present: marks.filter { $0.mark == .present }.count,
                              absent: marks.filter { $0.mark == .absent }.count,
                              excused: marks.filter { $0.mark == .excuse }.count,
                              facilitators: state.facilitators(of: s.id).map(\.name), venueId: s.details.place)
        }
    }

    public static func organisations(_ state: State) -> [OrganisationRow] {
        state.organisations.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            .map(organisationRow)
    }

    public static func organisationRow(_ o: Organisation) -> OrganisationRow {
        OrganisationRow(id: o.id, name: o.name, kind: o.kind.rawValue)
    }

    /// A person at an organisation (`organisation contact`).
    public struct ContactRow: Codable, Hashable, Sendable {
        public var id: String
        public var organisation: String
        public var name: String
        public var role: String?
        public var email: String?
        public var phone: String?
        public var from: String?
        public var to: String?
        /// Whether they hold the position today.
        public var current: Bool
    }

    /// The contacts of every organisation (or of one), by organisation, the current ones
    /// first; erased ones are left out (nothing is left to show of them).
    public static func contacts(_ state: State, organisation: EntityID? = nil, today: Day) -> [ContactRow] {
        let organisations = state.organisations.values
            .filter { organisation == nil || $0.id == organisation }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        return organisations.flatMap { o in
            state.contacts(of: o.id, on: today).filter { !state.erasures.contacts.contains($0.id) }.map { c in
                ContactRow(id: c.id, organisation: o.name, name: c.name, role: c.role, email: c.email, phone: c.phone,
                           from: c.from?.iso, to: c.to?.iso, current: c.isCurrent(on: today))
            }
        }
    }
}
