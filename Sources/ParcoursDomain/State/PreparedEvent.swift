/// What the fold needs from an event that depends on the event alone: worked out ahead,
/// on any thread, so the thread that folds (the critical path of opening a large log)
/// does only what depends on the state.
package struct PreparedEvent: Sendable {
    /// The fingerprint of the event's conflict subject, when it has one.
    package let conflictKey: Fingerprint?

    package init(_ event: DomainEvent) {
        conflictKey = event.conflictSubject.map(Fingerprint.init)
    }
}
