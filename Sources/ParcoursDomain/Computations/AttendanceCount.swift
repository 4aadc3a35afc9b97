/// Marks counted: the rate is present / (present + absent); excused is left out,
/// and there is no rate when nothing counts.
public struct AttendanceCount: Hashable, Sendable {
    public var present = 0
    public var absent = 0
    public var excused = 0

    public init(present: Int = 0, absent: Int = 0, excused: Int = 0) {
        self.present = present
        self.absent = absent
        self.excused = excused
    }

    public var rate: Double? {
        present + absent == 0 ? nil : Double(present) / Double(present + absent)
    }

    mutating func add(_ mark: Mark) {
        switch mark {
        case .present: present += 1
        case .absent: absent += 1
        case .excuse: excused += 1
        }
    }
}
