extension DomainEvent {
    /// How undo takes back an open event's events: a scheduling by a removal carrying the
    /// event as it is now (so a redo brings its headcount back too), an edit by the
    /// opposite edit, a cancellation by a reopening, a headcount by the one it replaced.
    func openEventInverse(action: String, in state: State) -> DomainEvent? {
        switch self {
        case .openEventScheduled(let p):
            return .openEventRemoved(EntityPayload(action: action, entity: state.openEvents[p.entity.id] ?? p.entity))
        case .openEventRemoved(let p):
            return .openEventScheduled(EntityPayload(action: action, entity: p.entity))
        case .openEventUpdated(let p):
            return .openEventUpdated(OpenEventUpdatePayload(action: action, event: p.event, before: p.after, after: p.before))
        case .openEventCancelled(let p):
            return .openEventReopened(OpenEventStatusPayload(action: action, event: p.event))
        case .openEventReopened(let p):
            return .openEventCancelled(OpenEventStatusPayload(action: action, event: p.event))
        case .headcountRecorded(let p), .headcountCleared(let p):
            let back = HeadcountPayload(action: action, event: p.event, headcount: p.previous, previous: p.headcount)
            return back.headcount == nil ? .headcountCleared(back) : .headcountRecorded(back)
        default:
            return nil
        }
    }
}
