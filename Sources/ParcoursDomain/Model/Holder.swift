/// A project holder (porteur): a person, a collective or a structure.
public struct Holder: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var name: String
    public var kind: HolderKind
    public var commune: String?
    public var email: String?
    public var phone: String?
    public var tags: [String]
    /// The organisation that sent them (prescripteur).
    public var referredBy: EntityID?
    /// The day they were recorded (nil in logs written before it was kept): nothing about
    /// them can be dated earlier.
    public var created: Day?
    /// The INSEE code of `commune` (nil for a commune recorded as free text, before the
    /// official list shipped or without it).
    public var communeCode: String?
    /// Their referent: the person of the directory who follows them (référent·e).
    public var referent: EntityID?

    public init(id: EntityID, name: String, kind: HolderKind = .person, commune: String? = nil,
                email: String? = nil, phone: String? = nil, tags: [String] = [], referredBy: EntityID? = nil,
                created: Day? = nil, communeCode: String? = nil, referent: EntityID? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.commune = commune
        self.email = email
        self.phone = phone
        self.tags = tags
        self.referredBy = referredBy
        self.created = created
        self.communeCode = communeCode
        self.referent = referent
    }
}
