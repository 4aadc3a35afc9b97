/// One match offered when a reference is ambiguous.
public struct Candidate: Hashable, Sendable {
    public var name: String
    public var id: EntityID

    public init(name: String, id: EntityID) {
        self.name = name
        self.id = id
    }
}
