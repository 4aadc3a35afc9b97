/// A person of the people directory: a facilitator (accompagnateur), a coordinator, a
/// thematic referent, a speaker or a witness — someone who runs the programme, not a
/// holder. Staff, session facilitators and holders' referents refer to one by id.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var name: String
    /// The organisation they work for.
    public var organisation: EntityID?
    /// Their job, as they say it ("chargée d'accompagnement").
    public var role: String?
    public var email: String?
    public var phone: String?

    public init(id: EntityID, name: String, organisation: EntityID? = nil, role: String? = nil,
                email: String? = nil, phone: String? = nil) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.role = role
        self.email = email
        self.phone = phone
    }

    /// This person with every personal field emptied (an erasure): name, role, contact.
    public var erased: Person {
        var person = self
        person.name = ""
        person.role = nil
        person.email = nil
        person.phone = nil
        return person
    }
}

/// The fields of a person an edit may change (`person.edited`).
public enum PersonField: String, EntityField {
    case name, organisation, role, email, phone

    public var valueType: FieldValueType { .text }

    public func value(in p: Person) -> FieldValue? {
        switch self {
        case .name: .text(p.name)
        case .organisation: .maybe(p.organisation)
        case .role: .maybe(p.role)
        case .email: .maybe(p.email)
        case .phone: .maybe(p.phone)
        }
    }

    public func set(_ value: FieldValue?, in p: inout Person) {
        switch self {
        case .name: if let v = value?.textValue { p.name = v }
        case .organisation: p.organisation = value?.textValue
        case .role: p.role = value?.textValue
        case .email: p.email = value?.textValue
        case .phone: p.phone = value?.textValue
        }
    }
}
