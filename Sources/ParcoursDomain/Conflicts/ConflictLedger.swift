/// The concurrent changes found while folding, and the last event that changed each
/// subject (to name the overwritten side). Rebuilt with the state on every refold, so
/// every machine lists the same conflicts for the same events.
public struct ConflictLedger: Sendable {
    /// Conflicts in fold (merge) order.
    public internal(set) var conflicts: [Conflict] = []
    var lastChange: [ConflictSubject: EventMeta] = [:]

    public init() {}
}
