/// What `decide` returns: the events to append, warnings to show, and a summary.
public struct Decision: Hashable, Sendable {
    public var events: [DomainEvent]
    public var warnings: [DomainWarning]
    public var summary: Message

    public init(events: [DomainEvent], warnings: [DomainWarning] = [], summary: Message) {
        self.events = events
        self.warnings = warnings
        self.summary = summary
    }
}
