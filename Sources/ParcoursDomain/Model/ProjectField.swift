/// The fields of a project an edit may change (`project.edited`). Stage and status have
/// their own events (they carry a history).
public enum ProjectField: String, EntityField {
    case title, description, sectors, commune
    case legalForm = "legal_form"
    case alreadyCreated = "already_created"
    /// The INSEE code of the commune, changed with it.
    case communeCode = "commune_code"

    public var valueType: FieldValueType {
        switch self {
        case .sectors: .list
        case .alreadyCreated: .flag
        default: .text
        }
    }

    public func value(in p: Project) -> FieldValue? {
        switch self {
        case .title: .text(p.title)
        case .description: .maybe(p.description)
        case .sectors: p.sectors.isEmpty ? nil : .list(p.sectors)
        case .commune: .maybe(p.commune)
        case .legalForm: .maybe(p.legalForm)
        case .alreadyCreated: p.alreadyCreated.map(FieldValue.flag)
        case .communeCode: .maybe(p.communeCode)
        }
    }

    public func set(_ value: FieldValue?, in p: inout Project) {
        switch self {
        case .title: if let v = value?.textValue { p.title = v }
        case .description: p.description = value?.textValue
        case .sectors: p.sectors = value?.listValue ?? []
        case .commune: p.commune = value?.textValue
        case .legalForm: p.legalForm = value?.textValue
        case .alreadyCreated: p.alreadyCreated = value?.flagValue
        case .communeCode: p.communeCode = value?.textValue
        }
    }
}
