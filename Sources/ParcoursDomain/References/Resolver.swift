/// Finds the entity a facilitator means by a reference: an id, an id prefix (4 characters
/// or more), or a name/title compared with `NameKey`. An exact name beats a name that
/// merely starts with the reference, which beats a name that contains it.
/// Unknown or ambiguous references are errors that list the candidates.
public struct Resolver {
    public let state: State

    /// The shortest id prefix accepted as a reference.
    static let minimumPrefix = 4

    public init(_ state: State) { self.state = state }

    /// The holder meant; someone erased is refused (nothing more is recorded about
    /// them) unless `allowingErased` (reading what remains).
    public func holder(_ reference: String, allowingErased: Bool = false) throws(DomainError) -> Holder {
        let id = try resolve(reference, .holder, exact: { state.holders[$0] != nil },
                             pool: { state.holders.values.map { ($0.id, $0.name) } }, shown: { state.holders[$0]?.name ?? $0 })
        if !allowingErased, let number = state.erasures.holders[id] { throw .personErased(number: number) }
        return state.holders[id]!
    }

    public func project(_ reference: String) throws(DomainError) -> Project {
        let id = try resolve(reference, .project, exact: { state.projects[$0] != nil },
                             pool: { state.projects.values.map { ($0.id, $0.title) } }, shown: { state.projects[$0]?.title ?? $0 })
        try refuseErased(.project(id))
        return state.projects[id]!
    }

    /// The project meant by a holder-or-project reference (`parcours stage Léa etude`):
    /// a project by its title, or the project of a holder who carries exactly one.
    /// A holder with several projects is ambiguous and lists them.
    public func projectOrHoldersProject(_ reference: String) throws(DomainError) -> Project {
        let target = try holderOrProject(reference)
        switch target {
        case .project(let id):
            return state.projects[id]!
        case .holder(let id):
            let carried = state.projects(holder: id)
            if carried.count == 1 { return carried[0] }
            if carried.isEmpty { throw .notFound(.project, reference: reference) }
            throw .ambiguous(.project, reference: reference,
                             candidates: carried.map { Candidate(name: $0.title, id: $0.id) })
        }
    }

    public func cohort(_ reference: String) throws(DomainError) -> Cohort {
        let id = try resolve(reference, .cohort, exact: { state.cohorts[$0] != nil },
                             pool: { state.cohorts.values.map { ($0.id, $0.name) } }, shown: { id in
            guard let c = state.cohorts[id] else { return id }
            return "\(c.name) — \(state.programmes[c.programme]?.name ?? c.programme)"
        })
        return state.cohorts[id]!
    }

    public func programme(_ reference: String) throws(DomainError) -> Programme {
        let id = try resolve(reference, .programme, exact: { state.programmes[$0] != nil },
                             pool: { state.programmes.values.map { ($0.id, $0.name) } }, shown: { state.programmes[$0]?.name ?? $0 })
        return state.programmes[id]!
    }

    public func organisation(_ reference: String) throws(DomainError) -> Organisation {
        let id = try resolve(reference, .organisation, exact: { state.organisations[$0] != nil },
                             pool: { state.organisations.values.map { ($0.id, $0.name) } },
                             shown: { state.organisations[$0]?.name ?? $0 })
        return state.organisations[id]!
    }

    /// A questionnaire, by its title or id, or by its kind ("exit", "sortie", "suivi"…)
    /// when one questionnaire of that kind is meant. With `answeredBy`, only those of the
    /// programmes the holder takes part in are meant (every programme names its exit
    /// questionnaire alike), when they have any.
    public func questionnaire(_ reference: String, answeredBy holder: EntityID? = nil) throws(DomainError) -> Questionnaire {
        var pool = Array(state.questionnaires.values)
        if let holder {
            let programmes = Set(state.participations(holder: holder).compactMap { state.cohorts[$0.cohort]?.programme })
            let theirs = pool.filter { programmes.contains($0.programme) }
            if !theirs.isEmpty { pool = theirs }
        }
        let ids = Set(pool.map(\.id))
        let shown = { (id: EntityID) -> String in
            guard let q = state.questionnaires[id] else { return id }
            return "\(q.title) — \(state.programmes[q.programme]?.name ?? q.programme)"
        }
        do {
            let id = try resolve(reference, .questionnaire, exact: { ids.contains($0) }, pool: { pool.map { ($0.id, $0.title) } },
                                 shown: shown)
            return state.questionnaires[id]!
        } catch {
            guard case .notFound = error else { throw error }
            let key = Question.fold(reference)
            guard let kind = QuestionnaireKind.allCases.first(where: { kind in
                [kind.rawValue, Catalog.label(kind, .fr), Catalog.label(kind, .en)].contains { Question.fold($0) == key }
                    || (kind == .intake && ["entree", "accueil", "preaccompagnement"].contains(key))
                    || (kind == .exit && ["sortie", "fin", "findeparcours"].contains(key))
                    || (kind == .followUp && ["suivi"].contains(key))
            }) else { throw error }
            let matches = pool.filter { $0.kind == kind }
            if matches.count == 1 { return matches[0] }
            guard matches.isEmpty else {
                throw .ambiguous(.questionnaire, reference: reference.trimmingCharacters(in: .whitespacesAndNewlines),
                                 candidates: matches.map { Candidate(name: shown($0.id), id: $0.id) }.sorted { ($0.name, $0.id) < ($1.name, $1.id) })
            }
            throw error
        }
    }

    /// A session, optionally only among a cohort's sessions (titles repeat across cohorts).
    public func session(_ reference: String, cohort: EntityID? = nil) throws(DomainError) -> Session {
        let id = try resolve(reference, .session, exact: { id in
            state.sessions[id].map { cohort == nil || $0.cohort == cohort } ?? false
        }, pool: {
            let pool = cohort.map { state.sessions(cohort: $0) } ?? Array(state.sessions.values)
            return pool.map { ($0.id, $0.title) }
        }, shown: { id in
            guard let s = state.sessions[id] else { return id }
            let who = s.holder.flatMap { state.holders[$0]?.name }.map { " (\($0))" } ?? ""
            return "\(s.title)\(who) — \(state.cohorts[s.cohort]?.name ?? s.cohort), \(s.date.iso)"
        })
        return state.sessions[id]!
    }

    /// A programme or a cohort (what funding is recorded for), among both by name.
    public func programmeOrCohort(_ reference: String) throws(DomainError) -> FundingTarget {
        let id = try resolve(reference, .programmeOrCohort, exact: { state.programmes[$0] != nil || state.cohorts[$0] != nil },
                             pool: {
                                 state.programmes.values.map { ($0.id, $0.name) } + state.cohorts.values.map { ($0.id, $0.name) }
                             }, shown: { id in
            if let c = state.cohorts[id] { return "\(c.name) — \(state.programmes[c.programme]?.name ?? c.programme)" }
            return state.programmes[id]?.name ?? id
        })
        if let cohort = state.cohorts[id] { return .cohort(cohort) }
        return .programme(state.programmes[id]!)
    }

    /// A milestone for a project: a standard one by its id or its French or English label,
    /// or the own milestone of a programme the project went through (of any programme when
    /// those have none) by its title. Returns its id and its name.
    public func milestone(_ reference: String, project: Project) throws(DomainError) -> (id: String, name: MilestoneName) {
        let own = state.milestones(available: project.id)
        let id = try resolve(reference, .milestone, exact: { id in
            StandardMilestone(rawValue: id) != nil || own.contains { $0.id == id }
        }, pool: {
            StandardMilestone.allCases.flatMap { m in
                [(m.rawValue, m.rawValue), (m.rawValue, Catalog.label(m, .fr)), (m.rawValue, Catalog.label(m, .en))]
            } + own.map { ($0.id, $0.title) }
        }, shown: { id in
            StandardMilestone(rawValue: id).map { Catalog.label($0, .fr) } ?? own.first { $0.id == id }?.title ?? id
        })
        if let standard = StandardMilestone(rawValue: id) { return (id, .standard(standard)) }
        return (id, .custom(own.first { $0.id == id }?.title ?? id))
    }

    /// A holder or a project (the target of a note).
    public func holderOrProject(_ reference: String) throws(DomainError) -> NoteTarget {
        let id = try resolve(reference, .holderOrProject, exact: { state.holders[$0] != nil || state.projects[$0] != nil },
                             pool: {
                                 state.holders.values.map { ($0.id, $0.name) } + state.projects.values.map { ($0.id, $0.title) }
                             }, shown: { state.holders[$0]?.name ?? state.projects[$0]?.title ?? $0 })
        let target: NoteTarget = state.holders[id] != nil ? .holder(id) : .project(id)
        try refuseErased(target)
        return target
    }

    /// Nothing more is recorded about someone erased, nor about a project that went
    /// with them.
    private func refuseErased(_ target: NoteTarget) throws(DomainError) {
        let erasures = state.erasures
        guard !erasures.isEmpty, erasures.covers(note: target) else { return }
        switch target {
        case .holder(let id): throw .personErased(number: erasures.holders[id] ?? 0)
        case .project(let id):
            let number = state.projects[id]?.holders.compactMap { erasures.holders[$0] }.min() ?? 0
            throw .personErased(number: number)
        }
    }

    /// `exact`: whether an id names one of the entities meant (looked up, not searched);
    /// `pool`: (id, name compared) of every entity meant, made only when the reference is
    /// not an id; `shown`: the name to choose by, made only for the candidates listed.
    func resolve(_ reference: String, _ kind: EntityKind, exact: (EntityID) -> Bool,
                         pool makePool: () -> [(id: EntityID, name: String)],
                         shown: (EntityID) -> String) throws(DomainError) -> EntityID {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .notFound(kind, reference: reference) }
        if exact(trimmed) { return trimmed }
        let pool = makePool()

        func pick(_ found: [(id: EntityID, name: String)]) throws(DomainError) -> EntityID? {
            // One entity may answer to several names (a milestone's id and labels): once.
            var seen = Set<EntityID>()
            let matches = found.filter { seen.insert($0.id).inserted }
            if matches.count == 1 { return matches[0].id }
            if matches.count > 1 {
                let candidates = matches.map { Candidate(name: shown($0.id), id: $0.id) }
                    .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
                throw .ambiguous(kind, reference: trimmed, candidates: candidates)
            }
            return nil
        }
        if trimmed.count >= Resolver.minimumPrefix {
            let lower = trimmed.lowercased()
            if let id = try pick(pool.filter { $0.id.lowercased().hasPrefix(lower) }) { return id }
        }
        let key = NameKey.of(trimmed)
        let keyed = pool.map { (entry: $0, key: NameKey.of($0.name)) }
        if let id = try pick(keyed.filter { $0.key == key }.map(\.entry)) { return id }
        if let id = try pick(keyed.filter { $0.key.hasPrefix(key) }.map(\.entry)) { return id }
        if let id = try pick(keyed.filter { $0.key.contains(key) }.map(\.entry)) { return id }
        throw .notFound(kind, reference: trimmed)
    }
}
