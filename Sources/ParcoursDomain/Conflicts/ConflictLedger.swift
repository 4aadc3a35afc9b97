/// The concurrent changes found while folding, and the last event that changed each
/// subject (to name the overwritten side), by its position in fold order: an integer per
/// subject instead of the event's metadata keeps the ledger small at a million events. Rebuilt with the state on every refold, so
/// every machine lists the same conflicts for the same events.
public struct ConflictLedger: Sendable {
    /// Conflicts in fold (merge) order.
    public internal(set) var conflicts: [Conflict] = []
    var lastChange = LastChanges()

    public init() {}
}
