/// An operator, partner, funder, prescriber or venue owner.
public struct Organisation: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var name: String
    public var kind: OrganisationKind

    public init(id: EntityID, name: String, kind: OrganisationKind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}
