/// One move of a participation.
public struct ParticipationChange: Hashable, Sendable, Codable {
    public var date: Day
    public var from: ParticipationStatus?
    public var to: ParticipationStatus
    public var author: String
    /// Why, when the facilitator said it.
    public var reason: String?

    public init(date: Day, from: ParticipationStatus?, to: ParticipationStatus, author: String, reason: String? = nil) {
        self.date = date
        self.from = from
        self.to = to
        self.author = author
        self.reason = reason
    }
}

/// A holder in a cohort.
public struct Participation: Hashable, Sendable, Codable {
    public var holder: EntityID
    public var cohort: EntityID
    public var status: ParticipationStatus
    public var history: [ParticipationChange]

    public init(holder: EntityID, cohort: EntityID, status: ParticipationStatus, history: [ParticipationChange]) {
        self.holder = holder
        self.cohort = cohort
        self.status = status
        self.history = history
    }
}
