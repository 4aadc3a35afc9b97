/// A person on a cohort's staff (a name, not a holder).
public struct StaffMember: Hashable, Sendable, Codable {
    public var name: String
    public var role: StaffRole

    public init(name: String, role: StaffRole) {
        self.name = name
        self.role = role
    }
}

/// A cohort (promotion, édition): one run of a programme.
public struct Cohort: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var programme: EntityID
    public var name: String
    public var start: Day
    public var end: Day?
    public var capacity: Int?
    public var staff: [StaffMember]
    public var status: CohortStatus

    public init(id: EntityID, programme: EntityID, name: String, start: Day, end: Day? = nil,
                capacity: Int? = nil, staff: [StaffMember] = [], status: CohortStatus = .planned) {
        self.id = id
        self.programme = programme
        self.name = name
        self.start = start
        self.end = end
        self.capacity = capacity
        self.staff = staff
        self.status = status
    }
}
