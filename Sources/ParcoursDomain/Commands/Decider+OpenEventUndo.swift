extension Decider {
    /// Undo of an open event's change starts from what the change left: refused when
    /// someone changed the event since (its details, whether it is cancelled, its headcount).
    func checkOpenEventUnchanged(_ compensation: DomainEvent) throws(DomainError) {
        func conflict(_ id: EntityID) -> DomainError { .undoConflict(what: state.openEvents[id]?.title ?? id) }
        switch compensation {
        case .openEventUpdated(let p):
            if state.openEvents[p.event]?.details != p.before { throw conflict(p.event) }
        case .openEventCancelled(let p):
            // Cancelling again (undoing a reopening): the event must be planned.
            if state.openEvents[p.event]?.status != .planned { throw conflict(p.event) }
        case .openEventReopened(let p):
            if state.openEvents[p.event]?.cancelled != true { throw conflict(p.event) }
        case .headcountRecorded(let p), .headcountCleared(let p):
            guard let event = state.openEvents[p.event], event.headcount == p.previous else { throw conflict(p.event) }
            if event.cancelled { throw conflict(p.event) }
        default:
            break
        }
    }

    /// Refuses to remove an open event whose headcount or cancellation was recorded later
    /// (and is not taken back in the same undo), and a programme or cohort that open
    /// events still belong to.
    func checkOpenEventsFree(_ removed: Set<EntityID>, _ compensation: [DomainEvent]) throws(DomainError) {
        var clearedHeadcounts = Set<EntityID>()
        var reopened = Set<EntityID>()
        for event in compensation {
            switch event {
            case .headcountCleared(let p): clearedHeadcounts.insert(p.event)
            case .openEventReopened(let p): reopened.insert(p.event)
            default: break
            }
        }
        for id in removed {
            if let event = state.openEvents[id] {
                if event.headcount != nil && !clearedHeadcounts.contains(id) || event.cancelled && !reopened.contains(id) {
                    throw .undoBlocked(what: event.title)
                }
            }
            let owned = state.openEvents.values.filter { ($0.programme == id || $0.cohort == id) && !removed.contains($0.id) }
            guard !owned.isEmpty else { continue }
            throw .undoBlocked(what: state.programmes[id]?.name ?? state.cohorts[id]?.name ?? id)
        }
    }
}
