/// The people erased at their request or by the retention period (RGPD art. 17 and 5),
/// and what went with them. What stays is statistical: counts, marks, stages, statuses,
/// participations, under a neutral label; names, contact details, communes, notes,
/// remarks and every free text about them are gone from the state and, rewritten, from
/// the logs (docs/personal-data.md).
public struct Erasures: Hashable, Sendable, Codable {
    /// Each erased holder, numbered in the order of erasure (the label's number).
    public package(set) var holders: [EntityID: Int] = [:]
    /// Projects whose every holder is erased: their title and texts go too.
    public package(set) var projects: Set<EntityID> = []
    /// Actions that recorded sensitive data under a consent since withdrawn.
    public package(set) var maskedActions: Set<String> = []
    /// Contacts at organisations erased: their name, position, e-mail and phone go.
    public package(set) var contacts: Set<EntityID> = []
    /// Ideas adopted into a project that went with an erased person: their texts go too
    /// (the idea is the project's past; its title is the project's).
    public package(set) var ideas: Set<EntityID> = []

    public init() {}

    public var isEmpty: Bool { holders.isEmpty && maskedActions.isEmpty && contacts.isEmpty }

    /// What has been erased, as keys a shared history lists once it no longer holds them:
    /// the erased people's ids, and the actions whose sensitive data went with a consent.
    public var keys: Set<String> { Set(holders.keys).union(maskedActions).union(contacts) }

    public func covers(holder: EntityID?) -> Bool {
        guard let holder else { return false }
        return holders[holder] != nil
    }

    public func covers(project: EntityID) -> Bool { projects.contains(project) }

    public func covers(idea: EntityID) -> Bool { ideas.contains(idea) }

    /// Whether a note is about someone erased (the holder, or a project that went with them).
    public func covers(note target: NoteTarget) -> Bool {
        switch target {
        case .holder(let id): covers(holder: id)
        case .project(let id): covers(project: id)
        }
    }

    /// Whether an event concerns someone erased (its journal lines are about them).
    public func touches(_ references: [EntityID]) -> Bool {
        references.contains { holders[$0] != nil || projects.contains($0) || contacts.contains($0) || ideas.contains($0) }
    }
}

extension Holder {
    /// This holder with every personal field emptied: name, commune, contact, tags.
    public var erased: Holder {
        var holder = self
        holder.name = ""
        holder.commune = nil
        holder.communeCode = nil
        holder.email = nil
        holder.phone = nil
        holder.tags = []
        return holder
    }
}

extension Project {
    /// This project with its title, commune and every free text emptied; its stage,
    /// status, sectors and their dates stay (they are what reports count).
    public var erased: Project {
        var project = self
        project.title = ""
        project.description = nil
        project.commune = nil
        project.communeCode = nil
        project.legalForm = nil
        project.stageHistory = stageHistory.map { var change = $0; change.note = nil; return change }
        project.statusHistory = statusHistory.map { var change = $0; change.note = nil; return change }
        return project
    }
}

extension MarkValue {
    /// The mark without its remark.
    public var erased: MarkValue {
        var value = self
        value.remark = nil
        return value
    }
}
