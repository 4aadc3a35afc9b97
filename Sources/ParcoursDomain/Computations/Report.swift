import Foundation

/// The figures funders and networks ask for, over all data, a programme or a cohort.
/// Its JSON (snake_case keys, `rate` null when nothing counts) is a stable export shape.
public struct Report: Hashable, Sendable, Codable {
    public struct Scope: Hashable, Sendable, Codable {
        /// "all", "programme" or "cohort".
        public var kind: String
        public var id: EntityID?
        public var name: String?

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
        }
    }

    public struct Sessions: Hashable, Sendable, Codable {
        public var planned: Int
        public var held: Int
        public var cancelled: Int
    }

    public struct Attendance: Hashable, Sendable, Codable {
        public var present: Int
        public var absent: Int
        public var excused: Int
        public var rate: Double?

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(present, forKey: .present)
            try c.encode(absent, forKey: .absent)
            try c.encode(excused, forKey: .excused)
            try c.encode(rate, forKey: .rate)
        }
    }

    public struct Stalled: Hashable, Sendable, Codable {
        /// Holder names (joined with ", " when several take part).
        public var holder: String
        /// Project title.
        public var project: String
        public var days: Int
    }

    public struct Pending: Hashable, Sendable, Codable {
        /// Session id.
        public var session: EntityID
        public var title: String
        public var date: Day
        /// Cohort name.
        public var cohort: String
    }

    public var scope: Scope
    /// Holders taking part.
    public var holders: Int
    /// Every participation recorded in scope.
    public var candidates: Int
    public var sessions: Sessions
    public var hoursDelivered: Double
    public var attendance: Attendance
    /// Every stage id → projects of holders taking part (each project once).
    public var stages: [String: Int]
    public var macroStages: [String: Int]
    public var statuses: [String: Int]
    public var stalled: [Stalled]
    public var pendingSessions: [Pending]

    enum CodingKeys: String, CodingKey {
        case scope, holders, candidates, sessions, attendance, stages, statuses, stalled
        case hoursDelivered = "hours_delivered"
        case macroStages = "macro_stages"
        case pendingSessions = "pending_sessions"
    }

    /// Builds the report as of `today` (stalled: 30 days without activity).
    public static func make(state: State, scope: ReportScope, today: Day, stalledAfter days: Int = 30) -> Report {
        let cohortIDs: Set<EntityID>
        let header: Scope
        switch scope {
        case .all:
            cohortIDs = Set(state.cohorts.keys)
            header = Scope(kind: "all", id: nil, name: nil)
        case .programme(let id):
            cohortIDs = Set(state.cohorts.values.filter { $0.programme == id }.map(\.id))
            header = Scope(kind: "programme", id: id, name: state.programmes[id]?.name)
        case .cohort(let id):
            cohortIDs = state.cohorts[id] == nil ? [] : [id]
            header = Scope(kind: "cohort", id: id, name: state.cohorts[id]?.name)
        }
        let taking = state.holdersTakingPart(cohorts: cohortIDs)
        let candidates = cohortIDs.reduce(0) { $0 + (state.participations[$1]?.count ?? 0) }

        var sessions = Sessions(planned: 0, held: 0, cancelled: 0)
        var count = AttendanceCount()
        for session in state.sessions.values where cohortIDs.contains(session.cohort) {
            switch session.status {
            case .planned: sessions.planned += 1
            case .held: sessions.held += 1
            case .cancelled: sessions.cancelled += 1
            }
            if session.status != .cancelled {
                for value in (state.marks[session.id] ?? [:]).values { count.add(value.mark) }
            }
        }

        var stages = Dictionary(uniqueKeysWithValues: Stage.allCases.map { ($0.rawValue, 0) })
        var macro = Dictionary(uniqueKeysWithValues: MacroStage.allCases.map { ($0.rawValue, 0) })
        var statuses = Dictionary(uniqueKeysWithValues: ProjectStatus.allCases.map { ($0.rawValue, 0) })
        for project in state.projects.values where project.holders.contains(where: taking.contains) {
            stages[project.stage.rawValue, default: 0] += 1
            macro[project.stage.macro.rawValue, default: 0] += 1
            statuses[project.status.rawValue, default: 0] += 1
        }

        let stalled = state.stalledProjects(asOf: today, days: days, cohorts: cohortIDs).map { s in
            Stalled(holder: s.holders.map(state.holderName).joined(separator: ", "),
                    project: state.projects[s.project]?.title ?? s.project, days: s.days)
        }
        let pending = state.pastPlannedSessions(today: today, cohorts: cohortIDs).map { s in
            Pending(session: s.id, title: s.title, date: s.date, cohort: state.cohorts[s.cohort]?.name ?? s.cohort)
        }
        return Report(scope: header, holders: taking.count, candidates: candidates, sessions: sessions,
                      hoursDelivered: state.hoursDelivered(cohorts: cohortIDs).hours,
                      attendance: Attendance(present: count.present, absent: count.absent,
                                             excused: count.excused, rate: count.rate),
                      stages: stages, macroStages: macro, statuses: statuses,
                      stalled: stalled, pendingSessions: pending)
    }

    /// Stable JSON bytes (sorted keys).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return try encoder.encode(self)
    }
}
