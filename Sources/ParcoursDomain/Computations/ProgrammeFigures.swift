/// One line per programme of a report that spans several (all data, or an operator's
/// programmes, domain.md F32): what each one did, so an operator can set them side by side
/// in one bilan. The figures follow the report's own rules over that programme's cohorts.
public struct ProgrammeFigures: Hashable, Sendable, Codable {
    public var id: EntityID
    public var name: String
    /// The programme's type id (nil: not said).
    public var type: String?
    /// Cohorts of the programme in the report (narrowed by its period).
    public var cohorts: Int
    public var holders: Int
    public var sessionsHeld: Int
    public var hoursDelivered: Double
    /// Present marks over present and absent ones, excused left out (nil when none), as the report's.
    public var attendanceRate: Double?
    /// Projects of its holders at the Launch stage or beyond.
    public var created: Int

    enum CodingKeys: String, CodingKey {
        case id, name, type, cohorts, holders, created
        case sessionsHeld = "sessions_held"
        case hoursDelivered = "hours_delivered"
        case attendanceRate = "attendance_rate"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(type, forKey: .type)
        try c.encode(cohorts, forKey: .cohorts)
        try c.encode(holders, forKey: .holders)
        try c.encode(sessionsHeld, forKey: .sessionsHeld)
        try c.encode(hoursDelivered, forKey: .hoursDelivered)
        try c.encode(attendanceRate, forKey: .attendanceRate)
        try c.encode(created, forKey: .created)
    }

    /// The lines of `programmes`, over the report's cohorts (`cohorts`, already narrowed by
    /// the filter) and its holders (`taking`), in name order.
    static func make(state: State, programmes: [Programme], cohorts: Set<EntityID>, taking: Set<EntityID>,
                     filter: ReportFilter) -> [ProgrammeFigures] {
        programmes.map { programme in
            let own = Set(cohorts.filter { state.cohorts[$0]?.programme == programme.id })
            let holders = state.holdersTakingPart(cohorts: own).intersection(taking)
            var held = 0, minutes = 0
            var count = AttendanceCount()
            for session in state.sessions.values where own.contains(session.cohort) && filter.contains(session.date) {
                if session.status == .held {
                    held += 1
                    minutes += session.duration.minutes
                }
                guard session.status != .cancelled else { continue }
                for (holder, value) in state.marks[session.id] ?? [:] where filter.commune == nil || holders.contains(holder) {
                    count.add(value.mark)
                }
            }
            let created = state.projects.values.filter { project in
                project.stage >= .creation && project.holders.contains(where: holders.contains)
            }.count
            return ProgrammeFigures(id: programme.id, name: programme.name, type: programme.type?.rawValue, cohorts: own.count,
                                    holders: holders.count, sessionsHeld: held, hoursDelivered: TimeSpan(minutes: minutes).hours,
                                    attendanceRate: count.rate, created: created)
        }
    }
}
