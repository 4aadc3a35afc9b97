extension State {
    /// Folds the events of open events (`State.apply`'s part for them).
    mutating func applyOpenEvent(_ event: DomainEvent) {
        switch event {
        case .openEventScheduled(let p):
            openEvents[p.entity.id] = p.entity
        case .openEventRemoved(let p):
            if openEvents.removeValue(forKey: p.entity.id) == nil { anomalies += 1 }
        case .openEventUpdated(let p):
            updateOpenEvent(p.event) { $0.details = p.after }
        case .openEventCancelled(let p):
            updateOpenEvent(p.event) { $0.cancelled = true }
        case .openEventReopened(let p):
            updateOpenEvent(p.event) { $0.cancelled = false }
        case .headcountRecorded(let p):
            guard let headcount = p.headcount else { anomalies += 1; return }
            updateOpenEvent(p.event) { $0.headcount = headcount }
        case .headcountCleared(let p):
            updateOpenEvent(p.event) { $0.headcount = nil }
        default:
            break
        }
    }

    private mutating func updateOpenEvent(_ id: EntityID, _ change: (inout OpenEvent) -> Void) {
        guard var event = openEvents[id] else { anomalies += 1; return }
        change(&event)
        openEvents[id] = event
    }
}
