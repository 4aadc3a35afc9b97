/// A workshop, individual meeting, review, visit or meeting of a cohort.
@dynamicMemberLookup
public struct Session: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var cohort: EntityID
    public var details: SessionDetails
    public var status: SessionStatus
    /// Position in the programme's template when created from it.
    public var templateIndex: Int?

    public init(id: EntityID, cohort: EntityID, details: SessionDetails,
                status: SessionStatus = .planned, templateIndex: Int? = nil) {
        self.id = id
        self.cohort = cohort
        self.details = details
        self.status = status
        self.templateIndex = templateIndex
    }

    public subscript<T>(dynamicMember path: KeyPath<SessionDetails, T>) -> T { details[keyPath: path] }
}
