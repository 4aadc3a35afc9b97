import Foundation

/// The figures funders and networks ask for, over all data, a programme or a cohort.
/// Its JSON (snake_case keys, `rate` null when nothing counts) is a stable export shape.
public struct Report: Hashable, Sendable, Codable {
    public struct Scope: Hashable, Sendable, Codable {
        /// "all", "programme", "cohort" or "operator".
        public var kind: String
        public var id: EntityID?
        public var name: String?
        /// The period and commune the report was narrowed to (null when not).
        public var from: Day?
        public var to: Day?
        public var commune: String?
        /// The organisations running the programme(s) in scope, by name.
        public var operators: [String] = []
        /// Their partners (funders, venues, prescribers…) with each one's role.
        public var partners: [ScopePartner] = []

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
            try c.encode(commune, forKey: .commune)
            try c.encode(operators, forKey: .operators)
            try c.encode(partners, forKey: .partners)
        }
    }

    /// A partner organisation named in the report's heading.
    public struct ScopePartner: Hashable, Sendable, Codable {
        public var name: String
        public var role: String
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
    /// The day the figures stand at.
    public var asOf: Day
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
    /// Projects without activity while their holders are still in a running cohort.
    public var stalledCount: Int
    /// Which ones (empty in an anonymous report: it names nobody).
    public var stalled: [Stalled]
    public var pendingSessions: [Pending]
    /// One line per holder taking part: attendance, stage at entry and now, status.
    public var perHolder: [FunderFigures.HolderLine]
    /// Stage at entry → stage now, projects per pair.
    public var stageMoves: [FunderFigures.StageMove]
    public var outcomes: FunderFigures.Outcomes
    public var launchRate: FunderFigures.LaunchRate
    /// Session kind id → hours of held sessions (kinds with none left out).
    public var hoursByKind: [String: Double]
    public var breakdowns: ReportBreakdowns
    /// Per questionnaire in scope, per question: answers counted (`EvaluationFigures`).
    public var questionnaires: [EvaluationFigures.QuestionnaireFigures]
    /// The end-of-programme survey's headline figures (recommendation /10, % continuing,
    /// % confirmed to settle).
    public var exitSurvey: EvaluationFigures.ExitSurvey
    /// The review sessions' juries: evaluations by level and decisions.
    public var jury: EvaluationFigures.JuryFigures
    /// Open events held (counted by headcount), their hours and participants by category.
    public var events: EventFigures
    /// Made to leave the structure: no holder's name, no project's title, no per-holder line.
    public var anonymous: Bool = false
    /// Ideas before holders (a Fabrique's funnel), and the calls for applications in scope.
    public var ideas = IdeaFigures()
    public var calls: [CallFigures] = []
    /// After the programme: survival at each follow-up wave, jobs, structures created.
    public var followUp: FollowUpFigures
    /// The projects' path: milestones, needs, already-created vs new.
    public var path: PathFigures
    /// Cost, funding split, participant fees, in kind, cost per holder.
    public var funding: FundingFigures
    /// Holders and projects by commune, EPCI, département or région (one level).
    public var territory: TerritoryFigures
    /// Holders per prescriber (the organisation that referred them).
    public var referrals: ReferralFigures
    /// One line per programme, when the report spans several (all data, an operator);
    /// empty for a programme or a cohort.
    public var programmes: [ProgrammeFigures]

    enum CodingKeys: String, CodingKey {
        case scope, holders, candidates, sessions, attendance, stages, statuses, stalled, outcomes, breakdowns, anonymous
        case questionnaires, jury, events
        case ideas, calls
        case exitSurvey = "exit_survey"
        case stalledCount = "stalled_count"
        case asOf = "as_of"
        case perHolder = "per_holder"
        case stageMoves = "stage_moves"
        case launchRate = "launch_rate"
        case hoursByKind = "hours_by_kind"
        case hoursDelivered = "hours_delivered"
        case macroStages = "macro_stages"
        case pendingSessions = "pending_sessions"
        case followUp = "follow_up"
        case path, funding, territory, referrals, programmes
    }

    /// Builds the report as of `today` (stalled: 30 days without activity), over the
    /// scope narrowed by `filter` (sessions dated in the period, cohorts running during it,
    /// holders of the commune), its territory grouped at `level` by `geography` (without
    /// it every commune counts as not placed).
    public static func make(state: State, scope: ReportScope, today: Day, stalledAfter days: Int = 30,
                            filter: ReportFilter = ReportFilter(), by level: TerritoryLevel = .departement,
                            geography: Geography = .none) -> Report {
        var cohortIDs: Set<EntityID>
        var header: Scope
        // The programmes the report covers whole (their own funding counts).
        let wholeProgrammes: Set<EntityID>
        switch scope {
        case .all:
            cohortIDs = Set(state.cohorts.keys)
            header = Scope(kind: "all", id: nil, name: nil)
            wholeProgrammes = Set(state.programmes.keys)
        case .programme(let id):
            cohortIDs = Set(state.cohorts.values.filter { $0.programme == id }.map(\.id))
            header = Scope(kind: "programme", id: id, name: state.programmes[id]?.name)
            wholeProgrammes = state.programmes[id] == nil ? [] : [id]
        case .cohort(let id):
            cohortIDs = state.cohorts[id] == nil ? [] : [id]
            header = Scope(kind: "cohort", id: id, name: state.cohorts[id]?.name)
            wholeProgrammes = []
        case .operator(let id):
            wholeProgrammes = Set(state.programmes.values.filter { $0.operators.contains(id) }.map(\.id))
            cohortIDs = Set(state.cohorts.values.filter { wholeProgrammes.contains($0.programme) }.map(\.id))
            header = Scope(kind: "operator", id: id, name: state.organisations[id]?.name)
        }
        cohortIDs = cohortIDs.filter { state.cohorts[$0].map { filter.admits(cohort: $0, in: state) } ?? false }
        var programmeIDs = Set(cohortIDs.compactMap { state.cohorts[$0]?.programme })
        if case .programme(let id) = scope { programmeIDs.insert(id) }
        // An operator's programme with no cohort in the period still belongs to its bilan.
        if case .operator = scope { programmeIDs.formUnion(wholeProgrammes) }
        let programmes = programmeIDs.compactMap { state.programmes[$0] }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        header.operators = unique(programmes.flatMap(\.operators).map { state.organisations[$0]?.name ?? $0 })
        header.partners = unique(programmes.flatMap(\.partners).map {
            ScopePartner(name: state.organisations[$0.organisation]?.name ?? $0.organisation, role: $0.role)
        })
        header.from = filter.from
        header.to = filter.to
        header.commune = filter.commune
        let taking = state.holdersTakingPart(cohorts: cohortIDs).filter { filter.admits(holder: $0, in: state) }
        let candidates = cohortIDs.reduce(0) { sum, cohort in
            sum + (state.participations[cohort] ?? [:]).keys.filter { filter.admits(holder: $0, in: state) }.count
        }

        var sessions = Sessions(planned: 0, held: 0, cancelled: 0)
        var count = AttendanceCount()
        var hours = TimeSpan.zero
        for session in state.sessions.values where cohortIDs.contains(session.cohort) && filter.contains(session.date) {
            switch session.status {
            case .planned: sessions.planned += 1
            case .held:
                sessions.held += 1
                hours = hours + session.duration
            case .cancelled: sessions.cancelled += 1
            }
            if session.status != .cancelled {
                for (holder, value) in state.marks[session.id] ?? [:] where filter.commune == nil || taking.contains(holder) {
                    count.add(value.mark)
                }
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

        let stalled = state.stalledProjects(asOf: today, days: days, cohorts: cohortIDs).compactMap { s -> Stalled? in
            let holders = s.holders.filter(taking.contains)
            guard !holders.isEmpty else { return nil }
            return Stalled(holder: holders.map(state.holderName).joined(separator: ", "),
                    project: state.projects[s.project]?.title ?? s.project, days: s.days)
        }
        let pending = state.pastPlannedSessions(today: today, cohorts: cohortIDs).filter { filter.contains($0.date) }.map { s in
            Pending(session: s.id, title: s.title, date: s.date, cohort: state.cohorts[s.cohort]?.name ?? s.cohort)
        }
        let spansSeveral: Bool
        switch scope {
        case .all, .operator: spansSeveral = true
        case .programme, .cohort: spansSeveral = false
        }
        let figures = FunderFigures.make(state: state, cohorts: cohortIDs, taking: taking, filter: filter)
        let breakdowns = ReportBreakdowns.make(state: state, cohorts: cohortIDs, taking: taking, filter: filter)
        let evaluations = EvaluationFigures.make(state: state, cohorts: cohortIDs, filter: filter)
        // Hours delivered: the held sessions' and the held open events' (`EventFigures`).
        let events = EventFigures.make(state: state, scope: scope, today: today, filter: filter)
        var report = Report(scope: header, asOf: today, holders: taking.count, candidates: candidates, sessions: sessions,
                      hoursDelivered: (hours + TimeSpan(minutes: events.minutes)).hours,
                      attendance: Attendance(present: count.present, absent: count.absent,
                                             excused: count.excused, rate: count.rate),
                      stages: stages, macroStages: macro, statuses: statuses,
                      stalledCount: stalled.count, stalled: stalled, pendingSessions: pending,
                      perHolder: figures.holders, stageMoves: figures.stageMoves, outcomes: figures.outcomes,
                      launchRate: figures.launchRate, hoursByKind: figures.hoursByKind, breakdowns: breakdowns,
                      questionnaires: evaluations.questionnaires, exitSurvey: evaluations.exitSurvey, jury: evaluations.jury,
                      events: events,
                      followUp: FollowUpFigures.make(state: state, cohorts: cohortIDs, taking: taking, today: today),
                      path: PathFigures.make(state: state, cohorts: cohortIDs, taking: taking),
                      funding: FundingFigures.make(state: state, cohorts: cohortIDs, programmes: wholeProgrammes, filter: filter),
                      territory: TerritoryFigures.make(state: state, taking: taking, level: level, geography: geography),
                      referrals: ReferralFigures.make(state: state, taking: taking),
                      programmes: spansSeveral
                          ? ProgrammeFigures.make(state: state, programmes: programmes, cohorts: cohortIDs, taking: taking, filter: filter)
                          : [])
        report.ideas = IdeaFigures.make(state: state, scope: scope, filter: filter)
        report.calls = CallFigures.make(state: state, scope: scope, filter: filter)
        return report
    }

    /// The same report naming nobody, to send outside the structure: counts and rates
    /// only. The per-holder lines and the stalled projects' names go; organisations,
    /// sessions and cohorts stay (they are not people).
    public func anonymized() -> Report {
        var copy = self
        copy.perHolder = []
        copy.stalled = []
        copy.anonymous = true
        return copy
    }

    /// Each name once, in first-seen order.
    private static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }

    /// Stable JSON bytes (sorted keys).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return try encoder.encode(self)
    }
}
