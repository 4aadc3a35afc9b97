/// The fields of a programme an edit may change (`programme.edited`). Partners and the
/// template have their own events.
public enum ProgrammeField: String, EntityField {
    case name
    case targetPublic = "target_public"
    /// Stage ids, in the stages' order.
    case targetStages = "target_stages"
    /// Organisation ids.
    case operators
    /// A `ProgrammeType` id.
    case type
    /// Area keys of the geographic code.
    case territory

    public var valueType: FieldValueType {
        switch self {
        case .name, .targetPublic: .text
        case .targetStages, .operators, .territory: .list
        case .type: .text
        }
    }

    public func value(in p: Programme) -> FieldValue? {
        switch self {
        case .name: .text(p.name)
        case .targetPublic: .maybe(p.targetPublic)
        case .targetStages: p.targetStages.isEmpty ? nil : .list(p.targetStages.map(\.rawValue))
        case .operators: p.operators.isEmpty ? nil : .list(p.operators)
        case .type: p.type.map { .text($0.rawValue) }
        case .territory: (p.territory ?? []).isEmpty ? nil : .list(p.territory ?? [])
        }
    }

    public func set(_ value: FieldValue?, in p: inout Programme) {
        switch self {
        case .name: if let v = value?.textValue { p.name = v }
        case .targetPublic: p.targetPublic = value?.textValue
        case .targetStages: p.targetStages = (value?.listValue ?? []).compactMap(Stage.init(rawValue:))
        case .operators: p.operators = value?.listValue ?? []
        case .type: p.type = value?.textValue.flatMap(ProgrammeType.init(rawValue:))
        case .territory: p.territory = value?.listValue
        }
    }
}
