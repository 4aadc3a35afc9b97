/// The fields of a holder an edit may change (`holder.edited`).
public enum HolderField: String, EntityField {
    case name, kind, commune, email, phone, tags
    case referredBy = "referred_by"
    /// The INSEE code of the commune, changed with it.
    case communeCode = "commune_code"
    /// The person of the directory who follows them (an id).
    case referent

    public var valueType: FieldValueType { self == .tags ? .list : .text }

    public func value(in h: Holder) -> FieldValue? {
        switch self {
        case .name: .text(h.name)
        case .kind: .text(h.kind.rawValue)
        case .commune: .maybe(h.commune)
        case .email: .maybe(h.email)
        case .phone: .maybe(h.phone)
        case .tags: h.tags.isEmpty ? nil : .list(h.tags)
        case .referredBy: .maybe(h.referredBy)
        case .communeCode: .maybe(h.communeCode)
        case .referent: .maybe(h.referent)
        }
    }

    public func set(_ value: FieldValue?, in h: inout Holder) {
        switch self {
        case .name: if let v = value?.textValue { h.name = v }
        case .kind: if let v = value?.textValue.flatMap(HolderKind.init(rawValue:)) { h.kind = v }
        case .commune: h.commune = value?.textValue
        case .email: h.email = value?.textValue
        case .phone: h.phone = value?.textValue
        case .tags: h.tags = value?.listValue ?? []
        case .referredBy: h.referredBy = value?.textValue
        case .communeCode: h.communeCode = value?.textValue
        case .referent: h.referent = value?.textValue
        }
    }
}
