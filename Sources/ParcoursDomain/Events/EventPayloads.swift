// Payloads of `DomainEvent` cases. Every payload carries the `action` id shared by all
// events of one command; events that overwrite carry the previous value, so undo
// needs only the event.

/// An entity added or removed as a whole; written flat: {"action": …, "id": …, "name": …}.
public struct EntityPayload<Entity: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    public var action: String
    public var entity: Entity

    public init(action: String, entity: Entity) {
        self.action = action
        self.entity = entity
    }

    private enum CodingKeys: String, CodingKey { case action }

    public init(from decoder: any Decoder) throws {
        action = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .action)
        entity = try Entity(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(action, forKey: .action)
        try entity.encode(to: encoder)
    }
}

/// A partner added to (or removed from) a programme.
public struct PartnerPayload: Hashable, Sendable, Codable {
    public var action: String
    public var programme: EntityID
    public var partner: Partner
}

/// A workshop inserted in (or removed from) a programme's template at `index`.
public struct WorkshopPayload: Hashable, Sendable, Codable {
    public var action: String
    public var programme: EntityID
    public var index: Int
    public var workshop: WorkshopTemplate
}

/// A cohort's status moved.
public struct CohortStatusPayload: Hashable, Sendable, Codable {
    public var action: String
    public var cohort: EntityID
    public var from: CohortStatus
    public var to: CohortStatus
}

/// A staff member added to (or removed from) a cohort.
public struct StaffPayload: Hashable, Sendable, Codable {
    public var action: String
    public var cohort: EntityID
    public var member: StaffMember
}

/// A holder joined (or left) a project.
public struct ProjectHolderPayload: Hashable, Sendable, Codable {
    public var action: String
    public var project: EntityID
    public var holder: EntityID
}

/// A participation moved; `from` nil means it was created, `to` nil that it was removed (undo).
public struct ParticipationPayload: Hashable, Sendable, Codable {
    public var action: String
    public var holder: EntityID
    public var cohort: EntityID
    public var from: ParticipationStatus?
    public var to: ParticipationStatus?
    public var date: Day
    /// True when this takes a previous change back (undo): the history entry is dropped.
    public var revert: Bool
}

/// A session's details replaced.
public struct SessionUpdatePayload: Hashable, Sendable, Codable {
    public var action: String
    public var session: EntityID
    public var before: SessionDetails
    public var after: SessionDetails
}

/// A session's status moved (held, cancelled, or back to planned).
public struct SessionStatusPayload: Hashable, Sendable, Codable {
    public var action: String
    public var session: EntityID
    public var from: SessionStatus
    public var to: SessionStatus
}

/// A mark set (`mark` non-nil) or cleared (`mark` nil), with what it replaced.
public struct AttendancePayload: Hashable, Sendable, Codable {
    public var action: String
    public var session: EntityID
    public var holder: EntityID
    public var mark: MarkValue?
    public var previous: MarkValue?
}

/// A project's stage moved.
public struct StagePayload: Hashable, Sendable, Codable {
    public var action: String
    public var project: EntityID
    public var from: Stage
    public var to: Stage
    public var date: Day
    public var note: String?
    /// True when this takes a previous change back (undo): the history entry is dropped.
    public var revert: Bool
}

/// A project's status moved.
public struct StatusPayload: Hashable, Sendable, Codable {
    public var action: String
    public var project: EntityID
    public var from: ProjectStatus
    public var to: ProjectStatus
    public var date: Day
    public var destination: EntityID?
    public var note: String?
    /// True when this takes a previous change back (undo): the history entry is dropped.
    public var revert: Bool
}

/// An action taken back (undo) or put back (redo).
public struct UndoPayload: Hashable, Sendable, Codable {
    public var action: String
    /// The action id undone or redone.
    public var target: String
}

// `revert` is read as false when absent, so hand-written or imported events need not
// spell it out.
extension ParticipationPayload {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        action = try c.decode(String.self, forKey: .action)
        holder = try c.decode(EntityID.self, forKey: .holder)
        cohort = try c.decode(EntityID.self, forKey: .cohort)
        from = try c.decodeIfPresent(ParticipationStatus.self, forKey: .from)
        to = try c.decodeIfPresent(ParticipationStatus.self, forKey: .to)
        date = try c.decode(Day.self, forKey: .date)
        revert = try c.decodeIfPresent(Bool.self, forKey: .revert) ?? false
    }
}

extension StagePayload {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        action = try c.decode(String.self, forKey: .action)
        project = try c.decode(EntityID.self, forKey: .project)
        from = try c.decode(Stage.self, forKey: .from)
        to = try c.decode(Stage.self, forKey: .to)
        date = try c.decode(Day.self, forKey: .date)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        revert = try c.decodeIfPresent(Bool.self, forKey: .revert) ?? false
    }
}

extension StatusPayload {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        action = try c.decode(String.self, forKey: .action)
        project = try c.decode(EntityID.self, forKey: .project)
        from = try c.decode(ProjectStatus.self, forKey: .from)
        to = try c.decode(ProjectStatus.self, forKey: .to)
        date = try c.decode(Day.self, forKey: .date)
        destination = try c.decodeIfPresent(EntityID.self, forKey: .destination)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        revert = try c.decodeIfPresent(Bool.self, forKey: .revert) ?? false
    }
}
