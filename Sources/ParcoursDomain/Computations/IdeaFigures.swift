/// What ideas (F15) and calls for applications (F4) add up to for a report: the
/// Fabrique's funnel ("quelques 30 pistes … étudiés puis écartés faute de potentiel … ou
/// développés") and each call's applications and eligibility ("parmi 35 porteurs d'idée,
/// 10 ont été retenus").
public struct IdeaFigures: Hashable, Sendable, Codable {
    /// Ideas detected in the period (every idea in scope without one). The other figures
    /// are about these same ideas, as they stood at the end of the period.
    public var detected: Int
    /// Those that went through the opportunity study.
    public var studied: Int
    /// Those set aside.
    public var setAside: Int
    /// Those adopted by a holder (each became a project).
    public var adopted: Int
    /// Status id → ideas (every status listed, zeros included).
    public var byStatus: [String: Int]

    public init(detected: Int = 0, studied: Int = 0, setAside: Int = 0, adopted: Int = 0,
                byStatus: [String: Int] = Dictionary(uniqueKeysWithValues: IdeaStatus.allCases.map { ($0.rawValue, 0) })) {
        self.detected = detected
        self.studied = studied
        self.setAside = setAside
        self.adopted = adopted
        self.byStatus = byStatus
    }

    enum CodingKeys: String, CodingKey {
        case detected, studied, adopted
        case setAside = "set_aside"
        case byStatus = "by_status"
    }

    /// The ideas in scope: every idea for the whole data, a programme's, none for a cohort
    /// (ideas belong to programmes); narrowed to those detected in the period and, with a
    /// commune, to those of the commune.
    public static func make(state: State, scope: ReportScope, filter: ReportFilter) -> IdeaFigures {
        var figures = IdeaFigures()
        let key = filter.commune.map(NameKey.of)
        for idea in state.ideas.values {
            switch scope {
            case .all: break
            case .programme(let id): guard idea.programme == id else { continue }
            case .cohort: continue
            case .operator(let id): guard state.programmes[idea.programme]?.operators.contains(id) == true else { continue }
            }
            guard filter.contains(idea.detected) else { continue }
            if let key, idea.commune.map(NameKey.of) != key { continue }
            let status = filter.to.map(idea.status(asOf:)) ?? idea.status
            figures.detected += 1
            figures.byStatus[status.rawValue, default: 0] += 1
            if idea.wasStudied(by: filter.to) { figures.studied += 1 }
            if status == .ecartee { figures.setAside += 1 }
            if let adoption = idea.adoption, filter.to.map({ adoption.date <= $0 }) ?? true { figures.adopted += 1 }
        }
        return figures
    }
}

/// One call for applications in a report.
public struct CallFigures: Hashable, Sendable, Codable {
    /// One criterion: how many applications meet it, how many do not (the others are
    /// still to be checked).
    public struct Criterion: Hashable, Sendable, Codable {
        public var text: String
        public var met: Int
        public var unmet: Int
    }

    public var id: EntityID
    public var title: String
    /// Programme name.
    public var programme: String
    /// Cohort name (null when it recruits for none).
    public var cohort: String?
    public var source: String?
    public var opens: Day?
    public var closes: Day?
    /// Applications received in the period.
    public var applications: Int
    /// Of those: every criterion met, one not met, some still to check.
    public var eligible: Int
    public var notEligible: Int
    public var pending: Int
    /// Of those, applicants selected in the call's cohort (retenu or beyond); 0 without a cohort.
    public var selected: Int
    public var criteria: [Criterion]

    enum CodingKeys: String, CodingKey {
        case id, title, programme, cohort, source, opens, closes, applications, eligible, pending, selected, criteria
        case notEligible = "not_eligible"
    }

    /// Null fields written as null, so every call has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(programme, forKey: .programme)
        try c.encode(cohort, forKey: .cohort)
        try c.encode(source, forKey: .source)
        try c.encode(opens, forKey: .opens)
        try c.encode(closes, forKey: .closes)
        try c.encode(applications, forKey: .applications)
        try c.encode(eligible, forKey: .eligible)
        try c.encode(notEligible, forKey: .notEligible)
        try c.encode(pending, forKey: .pending)
        try c.encode(selected, forKey: .selected)
        try c.encode(criteria, forKey: .criteria)
    }

    /// The calls in scope — every call, a programme's, or those recruiting for the cohort —
    /// that were open during the period or received an application in it; applications
    /// counted when dated in the period, from holders the filter admits (commune).
    public static func make(state: State, scope: ReportScope, filter: ReportFilter) -> [CallFigures] {
        let calls = State.sortedCalls(state.calls.values.filter { call in
            switch scope {
            case .all: true
            case .programme(let id): call.programme == id
            case .cohort(let id): call.cohort == id
            case .operator(let id): state.programmes[call.programme]?.operators.contains(id) == true
            }
        })
        return calls.compactMap { call in
            let received = (state.applications[call.id] ?? [:]).filter { holder, application in
                state.holders[holder] != nil && filter.contains(application.date) && filter.admits(holder: holder, in: state)
            }
            let start = call.opens ?? call.created, end = call.closes ?? start
            let open = (filter.to.map { start <= $0 } ?? true) && (filter.from.map { end >= $0 } ?? true)
            guard open || !received.isEmpty else { return nil }
            var figures = CallFigures(id: call.id, title: call.title,
                                      programme: state.programmes[call.programme]?.name ?? call.programme,
                                      cohort: call.cohort.map { state.cohorts[$0]?.name ?? $0 }, source: call.source,
                                      opens: call.opens, closes: call.closes, applications: received.count, eligible: 0,
                                      notEligible: 0, pending: 0, selected: 0,
                                      criteria: call.criteria.map { Criterion(text: $0, met: 0, unmet: 0) })
            for (holder, application) in received {
                switch application.eligibility(criteria: call.criteria.count) {
                case .eligible: figures.eligible += 1
                case .notEligible: figures.notEligible += 1
                case .pending: figures.pending += 1
                }
                for index in call.criteria.indices {
                    switch application.check(index) {
                    case true?: figures.criteria[index].met += 1
                    case false?: figures.criteria[index].unmet += 1
                    case nil: break
                    }
                }
                if let cohort = call.cohort, let status = state.participation(holder: holder, cohort: cohort)?.status,
                   status != .candidat, status != .nonRetenu {
                    figures.selected += 1
                }
            }
            return figures
        }
    }
}
