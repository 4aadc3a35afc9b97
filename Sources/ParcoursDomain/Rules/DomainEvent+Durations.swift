extension DomainEvent {
    /// The durations this event sets (a session's, a template workshop's): what an event
    /// arriving from outside a command (a JSON export loaded back) is checked against,
    /// with the same rule `decide` applies (`InputRules.duration`).
    public var durationsSet: [TimeSpan] {
        switch self {
        case .programmeCreated(let p): p.entity.template.compactMap(\.duration)
        case .workshopAdded(let p): p.workshop.duration.map { [$0] } ?? []
        case .sessionScheduled(let p): [p.entity.details.duration]
        case .sessionUpdated(let p): [p.after.duration]
        default: []
        }
    }
}
