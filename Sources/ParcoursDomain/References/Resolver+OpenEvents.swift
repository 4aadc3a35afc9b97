extension Resolver {
    /// An open event, by its title (or part of it) or id, optionally only among a
    /// programme's (titles repeat: "Soirée-débat" every month).
    public func openEvent(_ reference: String, programme: EntityID? = nil) throws(DomainError) -> OpenEvent {
        let id = try resolve(reference, .openEvent, exact: { id in
            state.openEvents[id].map { programme == nil || $0.programme == programme } ?? false
        }, pool: {
            state.openEvents.values.filter { programme == nil || $0.programme == programme }.map { ($0.id, $0.title) }
        }, shown: { id in
            guard let e = state.openEvents[id] else { return id }
            let owner = e.cohort.flatMap { state.cohorts[$0]?.name } ?? state.programmes[e.programme]?.name ?? e.programme
            return "\(e.title) — \(owner), \(e.date.iso)"
        })
        return state.openEvents[id]!
    }

    /// Where an open event belongs: a cohort (and its programme), or a programme alone.
    /// A reference naming one of each is resolved by an exact id or name, else refused
    /// with both listed.
    public func programmeOrCohort(_ reference: String) throws(DomainError) -> (programme: Programme, cohort: Cohort?) {
        var cohort: Cohort?, programme: Programme?
        var refusal: DomainError?
        do { cohort = try self.cohort(reference) } catch { refusal = error }
        do { programme = try self.programme(reference) } catch {
            if refusal == nil || { if case .ambiguous = error { true } else { false } }() { refusal = error }
        }
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if let c = cohort, let p = programme {
            // Both match: an id or a whole name says which.
            let key = NameKey.of(trimmed)
            let cohortExact = c.id == trimmed || NameKey.of(c.name) == key
            let programmeExact = p.id == trimmed || NameKey.of(p.name) == key
            if cohortExact && !programmeExact { programme = nil }
            else if programmeExact && !cohortExact { cohort = nil }
            else {
                throw .ambiguous(.programmeOrCohort, reference: trimmed, candidates: [
                    Candidate(name: p.name, id: p.id),
                    Candidate(name: "\(c.name) — \(state.programmes[c.programme]?.name ?? c.programme)", id: c.id),
                ])
            }
        }
        if let c = cohort, let p = state.programmes[c.programme] { return (p, c) }
        if let p = programme { return (p, nil) }
        if case .notFound? = refusal { throw .notFound(.programmeOrCohort, reference: trimmed) }
        throw refusal ?? .notFound(.programmeOrCohort, reference: trimmed)
    }
}
