/// What a project lacks to go on (domain.md F16): premises, land, money, expertise.
public enum NeedKind: String, CaseIterable, Sendable, Codable {
    /// Premises (a room, a shop, a workshop).
    case local
    /// Land (farmland, a plot to build on).
    case foncier
    case financement
    /// Legal expertise (statutes, legal form).
    case juridique
    /// Accounting or financial expertise.
    case comptable
    case autre
}

/// One need or blocker of a project: open until resolved.
public struct Need: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var project: EntityID
    public var kind: NeedKind
    /// What is needed, in the facilitator's words ("un local de 50 m² à Annonay").
    public var description: String?
    public var opened: Day
    public var resolved: Day?
    /// How it was resolved.
    public var resolution: String?
    public var author: String

    public init(id: EntityID, project: EntityID, kind: NeedKind, description: String? = nil, opened: Day,
                resolved: Day? = nil, resolution: String? = nil, author: String) {
        self.id = id
        self.project = project
        self.kind = kind
        self.description = description
        self.opened = opened
        self.resolved = resolved
        self.resolution = resolution
        self.author = author
    }

    public var isOpen: Bool { resolved == nil }

    /// Without the free text about the person's project (an erasure).
    public var erased: Need {
        var need = self
        need.description = nil
        need.resolution = nil
        return need
    }
}
