/// The figures a funder's bilan asks for beyond counts (domain.md §4): each holder's
/// attendance and progress, where projects started and where they are now, how the
/// accompaniment ended, and the hours delivered by kind of session.
public struct FunderFigures: Hashable, Sendable, Codable {
    /// One holder taking part.
    public struct HolderLine: Hashable, Sendable, Codable {
        public var holder: EntityID
        public var name: String
        public var commune: String?
        /// Project titles (joined with ", " when several).
        public var project: String
        /// Present marks.
        public var attended: Int
        /// Present plus absent marks (excused are not counted).
        public var counted: Int
        public var rate: Double?
        /// Stage of the project the day the holder entered the cohort (stage ids).
        public var stageAtEntry: String?
        public var stageNow: String?
        /// Project status id.
        public var status: String?
        /// Participation status id (the latest cohort in scope).
        public var participation: String

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(holder, forKey: .holder)
            try c.encode(name, forKey: .name)
            try c.encode(commune, forKey: .commune)
            try c.encode(project, forKey: .project)
            try c.encode(attended, forKey: .attended)
            try c.encode(counted, forKey: .counted)
            try c.encode(rate, forKey: .rate)
            try c.encode(stageAtEntry, forKey: .stageAtEntry)
            try c.encode(stageNow, forKey: .stageNow)
            try c.encode(status, forKey: .status)
            try c.encode(participation, forKey: .participation)
        }

        enum CodingKeys: String, CodingKey {
            case holder, name, commune, project, attended, counted, rate, status, participation
            case stageAtEntry = "stage_at_entry"
            case stageNow = "stage_now"
        }
    }

    /// How many projects went from one stage (at entry) to another (now).
    public struct StageMove: Hashable, Sendable, Codable {
        public var from: String
        public var to: String
        public var projects: Int
    }

    public struct Outcomes: Hashable, Sendable, Codable {
        /// Projects at `creation` or beyond.
        public var created: Int
        public var oriented: Int
        /// Destination organisation name → projects oriented there.
        public var destinations: [String: Int]
        public var abandoned: Int
        public var reoriented: Int
        /// Holders whose participation (the latest in scope) is `sorti`: they left the
        /// accompaniment before its end.
        public var droppedOut: Int
        /// Holders whose participation (the latest in scope) is `transfere`: they carry on
        /// in a cohort outside the scope, which is not a drop-out.
        public var transferred: Int

        public init(created: Int, oriented: Int, destinations: [String: Int], abandoned: Int, reoriented: Int,
                    droppedOut: Int = 0, transferred: Int = 0) {
            self.created = created
            self.oriented = oriented
            self.destinations = destinations
            self.abandoned = abandoned
            self.reoriented = reoriented
            self.droppedOut = droppedOut
            self.transferred = transferred
        }

        enum CodingKeys: String, CodingKey {
            case created, oriented, destinations, abandoned, reoriented, transferred
            case droppedOut = "dropped_out"
        }
    }

    public struct LaunchRate: Hashable, Sendable, Codable {
        /// Projects that finished (participation terminé) or exited, at `creation` or beyond.
        public var launched: Int
        /// Projects that finished or exited.
        public var ended: Int
        public var rate: Double?

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(launched, forKey: .launched)
            try c.encode(ended, forKey: .ended)
            try c.encode(rate, forKey: .rate)
        }
    }

    public var holders: [HolderLine]
    public var stageMoves: [StageMove]
    public var outcomes: Outcomes
    public var launchRate: LaunchRate
    /// Session kind id → hours of held sessions (kinds with none left out).
    public var hoursByKind: [String: Double]

    enum CodingKeys: String, CodingKey {
        case holders, outcomes
        case stageMoves = "stage_moves"
        case launchRate = "launch_rate"
        case hoursByKind = "hours_by_kind"
    }

    /// Computes the figures over `cohorts` (already narrowed by the filter), for the holders
    /// in `taking`, counting sessions dated in the filter's period.
    static func make(state: State, cohorts: Set<EntityID>, taking: Set<EntityID>, filter: ReportFilter) -> FunderFigures {
        let sessions = state.sessions.values.filter { cohorts.contains($0.cohort) && filter.contains($0.date) && $0.status != .cancelled }

        // The day each holder entered: the first move to a taking-part status in scope.
        // Cohorts in id order: of two participations changed the same day, the same one
        // gives the holder's status on every run.
        var entry: [EntityID: Day] = [:]
        var participation: [EntityID: (Day, ParticipationStatus)] = [:]
        for cohort in cohorts.sorted() {
            for (holder, p) in state.participations[cohort] ?? [:] where taking.contains(holder) {
                if let first = p.history.first(where: { $0.to.isTakingPart })?.date {
                    entry[holder] = min(entry[holder] ?? first, first)
                }
                let since = p.history.last?.date ?? Day(year: 1, month: 1, day: 1)!
                // A transfer's two participations share a day: the one it led to is the
                // holder's status, not the one it left.
                if let known = participation[holder],
                   (known.0, known.1 == .transfere ? 0 : 1) > (since, p.status == .transfere ? 0 : 1) { continue }
                participation[holder] = (since, p.status)
            }
        }

        // One pass over the marks and one over the projects, so the table stays linear
        // in the size of the network rather than holders × sessions.
        var counts: [EntityID: AttendanceCount] = Dictionary(minimumCapacity: taking.count)
        for session in sessions {
            for (holder, value) in state.marks[session.id] ?? [:] where taking.contains(holder) {
                counts[holder, default: AttendanceCount()].add(value.mark)
            }
        }
        var carried: [EntityID: [Project]] = Dictionary(minimumCapacity: taking.count)
        for project in state.projects.values {
            for holder in project.holders where taking.contains(holder) { carried[holder, default: []].append(project) }
        }
        var lines: [HolderLine] = []
        for holder in state.byHolderName(Array(taking), { $0 }) {
            let count = counts[holder] ?? AttendanceCount()
            let projects = (carried[holder] ?? []).sorted { (NameKey.of($0.title), $0.id) < (NameKey.of($1.title), $1.id) }
            let main = projects.first
            lines.append(HolderLine(
                holder: holder, name: state.holderName(holder), commune: state.holders[holder]?.commune,
                project: projects.map(\.title).joined(separator: ", "),
                attended: count.present, counted: count.present + count.absent, rate: count.rate,
                stageAtEntry: main.map { stage(of: $0, on: entry[holder]).rawValue },
                stageNow: main?.stage.rawValue, status: main?.status.rawValue,
                participation: participation[holder]?.1.rawValue ?? ""))
        }

        let projects = state.projects.values.filter { $0.holders.contains(where: taking.contains) }
        var moves: [String: Int] = [:]
        var outcomes = Outcomes(created: 0, oriented: 0, destinations: [:], abandoned: 0, reoriented: 0,
                                droppedOut: participation.values.filter { $0.1 == .sorti }.count,
                                transferred: participation.values.filter { $0.1 == .transfere }.count)
        var launch = LaunchRate(launched: 0, ended: 0, rate: nil)
        for project in projects {
            let entered = project.holders.compactMap { entry[$0] }.min()
            let from = stage(of: project, on: entered)
            moves["\(from.rawValue)>\(project.stage.rawValue)", default: 0] += 1
            if project.stage >= .creation { outcomes.created += 1 }
            switch project.status {
            case .oriente:
                outcomes.oriented += 1
                let destination = project.statusHistory.last(where: { $0.to == .oriente })?.destination
                let name = destination.flatMap { state.organisations[$0]?.name } ?? "—"
                outcomes.destinations[name, default: 0] += 1
            case .abandonne: outcomes.abandoned += 1
            case .reoriente: outcomes.reoriented += 1
            default: break
            }
            let finished = project.holders.contains { participation[$0].map { $0.1 == .termine || $0.1 == .sorti } ?? false }
            if finished || project.status.isExit {
                launch.ended += 1
                if project.stage >= .creation { launch.launched += 1 }
            }
        }
        launch.rate = launch.ended == 0 ? nil : Double(launch.launched) / Double(launch.ended)
        let stageMoves = moves.map { key, count -> StageMove in
            let parts = key.split(separator: ">").map(String.init)
            return StageMove(from: parts[0], to: parts[1], projects: count)
        }.sorted { (Stage(rawValue: $0.from)!, Stage(rawValue: $0.to)!) < (Stage(rawValue: $1.from)!, Stage(rawValue: $1.to)!) }

        // Minutes are summed as integers, then turned into hours: adding fractions of an
        // hour in the sessions' (unordered) order could round differently from run to run.
        var minutes = Dictionary(uniqueKeysWithValues: SessionKind.allCases.map { ($0.rawValue, 0) })
        for session in sessions where session.status == .held {
            minutes[session.kind.rawValue, default: 0] += session.duration.minutes
        }
        // Kinds with no held session are left out: "0 h of visits" is not a figure.
        let hours = minutes.filter { $0.value > 0 }.mapValues { TimeSpan(minutes: $0).hours }
        return FunderFigures(holders: lines, stageMoves: stageMoves, outcomes: outcomes, launchRate: launch, hoursByKind: hours)
    }

    /// The project's stage on `day`: the last move dated on or before it, else the stage
    /// it was recorded with. No day (never entered) gives that first stage too.
    static func stage(of project: Project, on day: Day?) -> Stage {
        let initial = project.stageHistory.first?.from ?? project.stage
        guard let day else { return initial }
        return project.stageHistory.last(where: { $0.date <= day })?.to ?? initial
    }
}
