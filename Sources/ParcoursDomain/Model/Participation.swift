/// One move of a participation.
public struct ParticipationChange: Hashable, Sendable, Codable {
    public var date: Day
    public var from: ParticipationStatus?
    public var to: ParticipationStatus
    public var author: String
}

/// A holder in a cohort.
public struct Participation: Hashable, Sendable, Codable {
    public var holder: EntityID
    public var cohort: EntityID
    public var status: ParticipationStatus
    public var history: [ParticipationChange]
}
