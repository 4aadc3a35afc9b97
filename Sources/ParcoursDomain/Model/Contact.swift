/// A person at an organisation (domain.md F27): their role there and since when, until
/// when — staff change ("les techniciens changent"), so a contact ends rather than goes.
/// Personal data: correctable (`organisation.contact_edited`) and erasable
/// (`organisation.contact_erased`, docs/personal-data.md).
public struct Contact: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var organisation: EntityID
    public var name: String
    /// Their position there, in plain words ("chargée de mission ESS").
    public var role: String?
    public var email: String?
    public var phone: String?
    /// The day they took the position (nil: not said).
    public var from: Day?
    /// The day they left it (nil: still there).
    public var to: Day?

    public init(id: EntityID, organisation: EntityID, name: String, role: String? = nil, email: String? = nil,
                phone: String? = nil, from: Day? = nil, to: Day? = nil) {
        self.id = id
        self.organisation = organisation
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.from = from
        self.to = to
    }

    /// Whether they hold the position on `day`.
    public func isCurrent(on day: Day) -> Bool { (from.map { $0 <= day } ?? true) && (to.map { $0 >= day } ?? true) }

    /// This contact with everything about the person emptied; the organisation and the
    /// dates stay (they say nothing about who).
    public var erased: Contact {
        var contact = self
        contact.name = ""
        contact.role = nil
        contact.email = nil
        contact.phone = nil
        return contact
    }
}

/// The fields of a contact an edit may change (`organisation.contact_edited`).
public enum ContactField: String, EntityField {
    case name, role, email, phone, from, to

    public var valueType: FieldValueType {
        switch self {
        case .from, .to: .day
        default: .text
        }
    }

    public func value(in c: Contact) -> FieldValue? {
        switch self {
        case .name: .text(c.name)
        case .role: .maybe(c.role)
        case .email: .maybe(c.email)
        case .phone: .maybe(c.phone)
        case .from: c.from.map(FieldValue.day)
        case .to: c.to.map(FieldValue.day)
        }
    }

    public func set(_ value: FieldValue?, in c: inout Contact) {
        switch self {
        case .name: if let v = value?.textValue { c.name = v }
        case .role: c.role = value?.textValue
        case .email: c.email = value?.textValue
        case .phone: c.phone = value?.textValue
        case .from: c.from = value?.dayValue
        case .to: c.to = value?.dayValue
        }
    }
}
