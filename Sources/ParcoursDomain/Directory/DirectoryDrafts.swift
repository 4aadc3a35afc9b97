/// A new person of the directory (`person add`).
public struct PersonDraft: Hashable, Sendable {
    public var name: String
    /// The organisation they work for, by name (created on first use).
    public var organisationName: String?
    public var role: String?
    public var email: String?
    public var phone: String?

    public init(name: String, organisationName: String? = nil, role: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.organisationName = organisationName
        self.role = role
        self.email = email
        self.phone = phone
    }
}

/// Changes to a person (`person edit`): nil leaves a field as it is, "" clears it.
public struct PersonEdit: Hashable, Sendable {
    public var name: String?
    public var organisationName: String?
    public var role: String?
    public var email: String?
    public var phone: String?

    public init(name: String? = nil, organisationName: String? = nil, role: String? = nil, email: String? = nil,
                phone: String? = nil) {
        self.name = name
        self.organisationName = organisationName
        self.role = role
        self.email = email
        self.phone = phone
    }
}

/// A new venue (`venue add`).
public struct VenueDraft: Hashable, Sendable {
    public var name: String
    public var commune: String?
    public var kind: VenueKind?
    /// The organisation that lends it, by name (created on first use).
    public var lenderName: String?

    public init(name: String, commune: String? = nil, kind: VenueKind? = nil, lenderName: String? = nil) {
        self.name = name
        self.commune = commune
        self.kind = kind
        self.lenderName = lenderName
    }
}

/// Changes to a venue (`venue edit`): nil leaves a field as it is, "" clears it.
public struct VenueEdit: Hashable, Sendable {
    public var name: String?
    public var commune: String?
    /// `.some(nil)` clears the kind.
    public var kind: VenueKind??
    public var lenderName: String?

    public init(name: String? = nil, commune: String? = nil, kind: VenueKind?? = nil, lenderName: String? = nil) {
        self.name = name
        self.commune = commune
        self.kind = kind
        self.lenderName = lenderName
    }
}
