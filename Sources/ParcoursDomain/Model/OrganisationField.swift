/// The fields of an organisation an edit may change (`organisation.edited`).
public enum OrganisationField: String, EntityField {
    case name, kind

    public var valueType: FieldValueType { .text }

    public func value(in o: Organisation) -> FieldValue? {
        switch self {
        case .name: .text(o.name)
        case .kind: .text(o.kind.rawValue)
        }
    }

    public func set(_ value: FieldValue?, in o: inout Organisation) {
        switch self {
        case .name: if let v = value?.textValue { o.name = v }
        case .kind: if let v = value?.textValue.flatMap(OrganisationKind.init(rawValue:)) { o.kind = v }
        }
    }
}
