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

    /// Where an open event belongs: a cohort (and its programme), or a programme alone —
    /// found as funding's target is (`programmeOrCohort`), among both by name.
    public func eventOwner(_ reference: String) throws(DomainError) -> (programme: Programme, cohort: Cohort?) {
        switch try programmeOrCohort(reference) {
        case .programme(let p): return (p, nil)
        case .cohort(let c):
            guard let p = state.programmes[c.programme] else { throw .notFound(.programme, reference: c.programme) }
            return (p, c)
        }
    }
}
