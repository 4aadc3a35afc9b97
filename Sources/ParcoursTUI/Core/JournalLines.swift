import ParcoursDomain

/// A cohort's journal lines as read back from the logs (the state holds what events add
/// up to, not the events), with the number of events the workspace had folded then.
struct JournalLines: Sendable {
    var cohort: EntityID
    var eventCount: Int
    /// Oldest first.
    var events: [RecordedEvent]
}

/// A journal read asked for: one cohort, as of one state.
struct JournalRequest: Hashable, Sendable {
    var cohort: EntityID
    var eventCount: Int
}
