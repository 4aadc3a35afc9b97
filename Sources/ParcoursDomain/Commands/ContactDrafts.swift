/// A new contact at an organisation (`organisation contact`).
public struct ContactDraft: Hashable, Sendable {
    public var name: String
    public var role: String?
    public var email: String?
    public var phone: String?
    public var from: Day?
    public var to: Day?

    public init(name: String, role: String? = nil, email: String? = nil, phone: String? = nil, from: Day? = nil, to: Day? = nil) {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.from = from
        self.to = to
    }
}

/// Changes to a contact: nil leaves a field as it is, an empty text clears it, and
/// `.some(nil)` clears a day (`--to ""`: back in the position).
public struct ContactEdit: Hashable, Sendable {
    public var name: String?
    public var role: String?
    public var email: String?
    public var phone: String?
    public var from: Day??
    public var to: Day??

    public init(name: String? = nil, role: String? = nil, email: String? = nil, phone: String? = nil,
                from: Day?? = nil, to: Day?? = nil) {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.from = from
        self.to = to
    }
}
