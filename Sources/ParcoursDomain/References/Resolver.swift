/// Finds the entity a facilitator means by a reference: an id, an id prefix (4 characters
/// or more), or a name/title compared with `NameKey`. An exact name beats a name that
/// merely starts with the reference, which beats a name that contains it.
/// Unknown or ambiguous references are errors that list the candidates.
public struct Resolver {
    public let state: State

    /// The shortest id prefix accepted as a reference.
    public static let minimumPrefix = 4

    public init(_ state: State) { self.state = state }

    public func holder(_ reference: String) throws(DomainError) -> Holder {
        let id = try resolve(reference, .holder, state.holders.values.map { ($0.id, $0.name, $0.name) })
        return state.holders[id]!
    }

    public func project(_ reference: String) throws(DomainError) -> Project {
        let id = try resolve(reference, .project, state.projects.values.map { ($0.id, $0.title, $0.title) })
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
        let id = try resolve(reference, .cohort, state.cohorts.values.map { c in
            (c.id, c.name, "\(c.name) — \(state.programmes[c.programme]?.name ?? c.programme)")
        })
        return state.cohorts[id]!
    }

    public func programme(_ reference: String) throws(DomainError) -> Programme {
        let id = try resolve(reference, .programme, state.programmes.values.map { ($0.id, $0.name, $0.name) })
        return state.programmes[id]!
    }

    public func organisation(_ reference: String) throws(DomainError) -> Organisation {
        let id = try resolve(reference, .organisation, state.organisations.values.map { ($0.id, $0.name, $0.name) })
        return state.organisations[id]!
    }

    /// A session, optionally only among a cohort's sessions (titles repeat across cohorts).
    public func session(_ reference: String, cohort: EntityID? = nil) throws(DomainError) -> Session {
        let pool = state.sessions.values.filter { cohort == nil || $0.cohort == cohort }
        let id = try resolve(reference, .session, pool.map { s in
            let who = s.holder.flatMap { state.holders[$0]?.name }.map { " (\($0))" } ?? ""
            return (s.id, s.title, "\(s.title)\(who) — \(state.cohorts[s.cohort]?.name ?? s.cohort), \(s.date.iso)")
        })
        return state.sessions[id]!
    }

    /// A holder or a project (the target of a note).
    public func holderOrProject(_ reference: String) throws(DomainError) -> NoteTarget {
        let pool = state.holders.values.map { ($0.id, $0.name, $0.name) }
            + state.projects.values.map { ($0.id, $0.title, $0.title) }
        let id = try resolve(reference, .holderOrProject, pool)
        return state.holders[id] != nil ? .holder(id) : .project(id)
    }

    /// `pool`: (id, name compared, name shown to choose).
    private func resolve(_ reference: String, _ kind: EntityKind,
                         _ pool: [(id: EntityID, name: String, shown: String)]) throws(DomainError) -> EntityID {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .notFound(kind, reference: reference) }
        if let exact = pool.first(where: { $0.id == trimmed }) { return exact.id }

        func pick(_ matches: [(id: EntityID, name: String, shown: String)]) throws(DomainError) -> EntityID? {
            if matches.count == 1 { return matches[0].id }
            if matches.count > 1 {
                let candidates = matches.map { Candidate(name: $0.shown, id: $0.id) }
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
