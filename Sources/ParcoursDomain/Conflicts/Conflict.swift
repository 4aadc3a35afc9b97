import Foundation

/// Two writers changed the same thing without seeing each other's change (two
/// facilitators marking the same attendance differently, moving the same project).
/// The fold keeps the later change in merge order (`winner`); the conflict records what
/// it replaced so it is listed, never silent.
public struct Conflict: Hashable, Sendable, Codable {
    /// What was changed twice.
    public var subject: ConflictSubject
    /// The value in force: set by the winning (later in merge order) event.
    public var kept: ConflictValue
    /// The concurrent value the winning event replaced without its writer having seen it.
    public var overwritten: ConflictValue
    /// The value the winning writer believed it was replacing.
    public var expected: ConflictValue
    /// The winning event (later in merge order).
    public var winner: EventMeta
    /// The event that set the overwritten value, as its position in fold order (the
    /// n-th event folded; the workspace reads it back from the logs), nil for a value
    /// set at creation.
    public var loser: Int?

    public init(subject: ConflictSubject, kept: ConflictValue, overwritten: ConflictValue,
                expected: ConflictValue, winner: EventMeta, loser: Int?) {
        self.subject = subject
        self.kept = kept
        self.overwritten = overwritten
        self.expected = expected
        self.winner = winner
        self.loser = loser
    }
}

/// The thing two writers changed: its kind and the ids naming it.
public struct ConflictSubject: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case attendance, stage, status, participation
        case cohortStatus = "cohort_status"
        case sessionStatus = "session_status"
        case sessionDetails = "session_details"
        /// One field of an entity an edit changed (`field` names it).
        case holderField = "holder_field"
        case projectField = "project_field"
        case programmeField = "programme_field"
        case cohortField = "cohort_field"
        case organisationField = "organisation_field"
        /// A programme's follow-up waves.
        case followUpPlan = "follow_up_plan"
        /// A project's follow-up at one wave (`field`: the wave, "1y").
        case followUp = "follow_up"
        /// A project's milestone (`field`: its id).
        case milestone
        /// A need resolved or open again (`entity`: the need).
        case need
        /// A programme's or cohort's funding.
        case funding
    }

    public var kind: Kind
    /// The session (attendance, session status or details), project (stage, status),
    /// cohort (cohort status, participation) or the entity whose field was edited.
    public var entity: EntityID
    /// The holder, for attendance and participation.
    public var holder: EntityID?
    /// The field, for an edit (its name in the log: `email`, `start`…).
    public var field: String?

    public init(kind: Kind, entity: EntityID, holder: EntityID? = nil, field: String? = nil) {
        self.kind = kind
        self.entity = entity
        self.holder = holder
        self.field = field
    }
}

/// A value one side of a conflict set.
public enum ConflictValue: Hashable, Sendable {
    case mark(MarkValue?)
    case stage(Stage)
    case status(ProjectStatus)
    case participation(ParticipationStatus?)
    case cohortStatus(CohortStatus)
    case sessionStatus(SessionStatus)
    case sessionDetails(SessionDetails)
    /// An edited field's value, as plain text (ids as they are; nil: empty).
    case field(String?)

    /// Whether two values mean the same outcome: two facilitators marking the same
    /// holder present at different times agree, whoever wrote it.
    func sameOutcome(as other: ConflictValue) -> Bool {
        switch (self, other) {
        case (.mark(let a), .mark(let b)):
            return a?.mark == b?.mark && a?.remote == b?.remote
        default:
            return self == other
        }
    }
}
