/// What became of the projects after the programme (domain.md §4.1, §4.3, F21): survival
/// at each follow-up wave, jobs, structures created. Over the report's projects: those of
/// the holders taking part in its cohorts (narrowed by period and commune, as the rest of
/// the report), each wave counted once per project.
///
/// At a wave, a project whose wave has come (`FollowUpSchedule`: the end of its holder's
/// participation plus the wave, on or before the report's day) or that was recorded at
/// that wave is *followed*, and counted once as:
/// - **operational** or **developing** (recorded so): *active*;
/// - **ceased**: recorded so; or not recorded but known, because the latest earlier
///   follow-up found it ceased (`ceased_earlier`), or its status on the due day had ended
///   it — abandoned, redirected, ceased (`ceased_by_status`);
/// - **unreachable** (recorded so): nothing is known, counted apart;
/// - **not recorded**: due, nothing known, counted apart.
///
/// *Reached* is active plus ceased, and the survival rate at a wave is active ÷ reached
/// (null when nobody was reached): unreachable and not recorded projects are in neither
/// term, and the counts beside the rate say how many there are.
public struct FollowUpFigures: Hashable, Sendable, Codable {
    public struct Wave: Hashable, Sendable, Codable {
        /// "6m", "1y", "3y".
        public var wave: String
        public var months: Int
        public var followed: Int
        public var operational: Int
        public var developing: Int
        public var ceased: Int
        /// Of `ceased`: known from an earlier follow-up.
        public var ceasedEarlier: Int
        /// Of `ceased`: known from the project's status on the due day.
        public var ceasedByStatus: Int
        public var unreachable: Int
        public var notRecorded: Int
        /// Operational plus developing plus ceased.
        public var reached: Int
        /// Operational plus developing.
        public var active: Int
        /// Active ÷ reached.
        public var survivalRate: Double?
        /// Jobs created and kept, as recorded at this wave (summed over its follow-ups).
        public var jobsCreated: Int
        public var jobsKept: Int

        enum CodingKeys: String, CodingKey {
            case wave, months, followed, operational, developing, ceased, unreachable, reached, active
            case ceasedEarlier = "ceased_earlier"
            case ceasedByStatus = "ceased_by_status"
            case notRecorded = "not_recorded"
            case survivalRate = "survival_rate"
            case jobsCreated = "jobs_created"
            case jobsKept = "jobs_kept"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(wave, forKey: .wave)
            try c.encode(months, forKey: .months)
            try c.encode(followed, forKey: .followed)
            try c.encode(operational, forKey: .operational)
            try c.encode(developing, forKey: .developing)
            try c.encode(ceased, forKey: .ceased)
            try c.encode(ceasedEarlier, forKey: .ceasedEarlier)
            try c.encode(ceasedByStatus, forKey: .ceasedByStatus)
            try c.encode(unreachable, forKey: .unreachable)
            try c.encode(notRecorded, forKey: .notRecorded)
            try c.encode(reached, forKey: .reached)
            try c.encode(active, forKey: .active)
            try c.encode(survivalRate, forKey: .survivalRate)
            try c.encode(jobsCreated, forKey: .jobsCreated)
            try c.encode(jobsKept, forKey: .jobsKept)
        }
    }

    /// Jobs at each project's latest follow-up that gave the figure (never summed across
    /// waves: a job counted at 6 months and still there at a year is one job).
    public struct Jobs: Hashable, Sendable, Codable {
        public var created: Int
        public var kept: Int
        /// Projects whose follow-ups gave either figure.
        public var projects: Int
    }

    public var waves: [Wave]
    public var jobs: Jobs
    /// Projects that created their structure: not already created when they came, and
    /// a follow-up naming the structure or the milestone "structure immatriculée" reached
    /// (a name an erasure emptied still counts).
    public var structuresCreated: Int
    /// Follow-ups due and not recorded (every wave): who to call.
    public var due: Int

    enum CodingKeys: String, CodingKey {
        case waves, jobs, due
        case structuresCreated = "structures_created"
    }

    /// The figures for the projects of `taking`, from the follow-ups planned for their
    /// participations in `cohorts`, as of `today`.
    static func make(state: State, cohorts: Set<EntityID>, taking: Set<EntityID>, today: Day) -> FollowUpFigures {
        let projects = state.projects.values.filter { $0.holders.contains(where: taking.contains) }
        let inScope = Set(projects.map(\.id))

        // One standing per project and wave: the schedule's (the latest due of the
        // programmes planning it), else a follow-up recorded outside any schedule.
        struct Key: Hashable { var project: EntityID; var wave: Int }
        let schedule = state.followUpSchedule(today: today, cohorts: cohorts, holders: taking)
        // Where each standing comes from, not the standing itself: a schedule item, or a
        // project's recorded follow-up (by index). Holding whole follow-ups, this table
        // was most of a network report's peak memory.
        enum Source { case item(Int), record(Int) }
        var standing: [Key: Source] = Dictionary(minimumCapacity: schedule.count)
        for (index, item) in schedule.enumerated() where inScope.contains(item.project) {
            let key = Key(project: item.project, wave: item.wave)
            if case .item(let known)? = standing[key], schedule[known].dueDay >= item.dueDay { continue }
            standing[key] = .item(index)
        }
        for project in inScope {
            for (index, record) in (state.followUps[project] ?? []).enumerated()
            where standing[Key(project: project, wave: record.wave)] == nil {
                standing[Key(project: project, wave: record.wave)] = .record(index)
            }
        }

        var waves: [Int: Wave] = [:]
        var due = 0
        for (key, source) in standing {
            let found: (due: Day?, standing: FollowUpItem.Standing)
            switch source {
            case .item(let index): found = (schedule[index].dueDay, schedule[index].standing)
            case .record(let index): found = (nil, .recorded(state.followUps[key.project]![index]))
            }
            var w = waves[key.wave] ?? Wave(wave: FollowUpWave.id(key.wave), months: key.wave, followed: 0, operational: 0,
                                            developing: 0, ceased: 0, ceasedEarlier: 0, ceasedByStatus: 0, unreachable: 0,
                                            notRecorded: 0, reached: 0, active: 0, survivalRate: nil, jobsCreated: 0, jobsKept: 0)
            let come = found.due.map { $0 <= today } ?? true
            switch found.standing {
            case .recorded(let record):
                w.followed += 1
                switch record.activity {
                case .operationnelle: w.operational += 1
                case .enDeveloppement: w.developing += 1
                case .cessee: w.ceased += 1
                case .injoignable: w.unreachable += 1
                }
                w.jobsCreated += record.jobsCreated ?? 0
                w.jobsKept += record.jobsKept ?? 0
            case .ceasedEarlier where come:
                w.followed += 1
                w.ceased += 1
                w.ceasedEarlier += 1
            case .endedByStatus:
                w.followed += 1
                w.ceased += 1
                w.ceasedByStatus += 1
            case .due:
                w.followed += 1
                w.notRecorded += 1
                due += 1
            case .ceasedEarlier, .upcoming:
                break
            }
            waves[key.wave] = w
        }
        let rows = waves.values.sorted { $0.months < $1.months }.map { row -> Wave in
            var w = row
            w.active = w.operational + w.developing
            w.reached = w.active + w.ceased
            w.survivalRate = w.reached == 0 ? nil : Double(w.active) / Double(w.reached)
            return w
        }

        var jobs = Jobs(created: 0, kept: 0, projects: 0)
        var structures = 0
        for project in projects {
            let records = state.followUps[project.id] ?? []
            let created = records.last { $0.jobsCreated != nil }?.jobsCreated
            let kept = records.last { $0.jobsKept != nil }?.jobsKept
            if created != nil || kept != nil { jobs.projects += 1 }
            jobs.created += created ?? 0
            jobs.kept += kept ?? 0
            let registered = records.contains { $0.structure != nil }
                || state.milestones[project.id]?[StandardMilestone.structureImmatriculee.rawValue] != nil
            if registered, project.alreadyCreated != true { structures += 1 }
        }
        return FollowUpFigures(waves: rows, jobs: jobs, structuresCreated: structures, due: due)
    }
}
