/// A person on a cohort's staff (a person of the directory, not a holder; its name as
/// it was when added, for logs written before the directory).
public struct StaffMember: Hashable, Sendable, Codable {
    public var name: String
    public var role: StaffRole
    /// The person of the directory (nil for staff entered before it: a name only).
    public var person: EntityID?

    public init(name: String, role: StaffRole, person: EntityID? = nil) {
        self.name = name
        self.role = role
        self.person = person
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
