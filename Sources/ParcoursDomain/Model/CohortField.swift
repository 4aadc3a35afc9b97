/// The fields of a cohort an edit may change (`cohort.edited`). Status and staff have
/// their own events.
public enum CohortField: String, EntityField {
    case name, start, end, capacity

    public var valueType: FieldValueType {
        switch self {
        case .name: .text
        case .start, .end: .day
        case .capacity: .number
        }
    }

    public func value(in c: Cohort) -> FieldValue? {
        switch self {
        case .name: .text(c.name)
        case .start: .day(c.start)
        case .end: c.end.map(FieldValue.day)
        case .capacity: c.capacity.map(FieldValue.number)
        }
    }

    public func set(_ value: FieldValue?, in c: inout Cohort) {
        switch self {
        case .name: if let v = value?.textValue { c.name = v }
        case .start: if let v = value?.dayValue { c.start = v }
        case .end: c.end = value?.dayValue
        case .capacity: c.capacity = value?.numberValue
        }
    }
}
