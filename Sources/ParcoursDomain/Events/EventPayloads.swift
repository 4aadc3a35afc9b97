// Payloads of `DomainEvent` cases. Every payload carries the `action` id shared by all
// events of one command; events that overwrite carry the previous value, so undo
// needs only the event.

/// An entity added or removed as a whole; written flat: {"action": …, "id": …, "name": …}.
public struct EntityPayload<Entity: Hashable & Sendable & Codable>: EventPayload {
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
public struct PartnerPayload: EventPayload {
    public var action: String
    public var programme: EntityID
    public var partner: Partner

    public init(action: String, programme: EntityID, partner: Partner) {
        self.action = action
        self.programme = programme
        self.partner = partner
    }
}

/// A workshop inserted in (or removed from) a programme's template at `index`. The
/// cohorts' sessions made from the template follow their workshop's position; `sessions`
/// are the ones made from this workshop when it was removed (they lose their link, and
/// find it again when it is put back).
public struct WorkshopPayload: EventPayload {
    public var action: String
    public var programme: EntityID
    public var index: Int
    public var workshop: WorkshopTemplate
    public var sessions: [EntityID]?

    public init(action: String, programme: EntityID, index: Int, workshop: WorkshopTemplate, sessions: [EntityID]? = nil) {
        self.action = action
        self.programme = programme
        self.index = index
        self.workshop = workshop
        self.sessions = sessions
    }
}

/// A template workshop's details replaced, with what they were.
public struct WorkshopEditPayload: EventPayload {
    public var action: String
    public var programme: EntityID
    public var index: Int
    public var before: WorkshopTemplate
    public var after: WorkshopTemplate

    public init(action: String, programme: EntityID, index: Int, before: WorkshopTemplate, after: WorkshopTemplate) {
        self.action = action
        self.programme = programme
        self.index = index
        self.before = before
        self.after = after
    }
}

/// A template workshop moved from one position to another (0-based); the others close up.
public struct WorkshopMovePayload: EventPayload {
    public var action: String
    public var programme: EntityID
    public var from: Int
    public var to: Int

    public init(action: String, programme: EntityID, from: Int, to: Int) {
        self.action = action
        self.programme = programme
        self.from = from
        self.to = to
    }
}

/// Fields of an entity changed: only those changed, each with what it held before, so
/// undo needs only the event and a concurrent edit of the same field is seen.
public struct EditPayload<Field: EntityField>: EventPayload {
    public var action: String
    /// The entity edited.
    public var id: EntityID
    public var changes: [FieldChange<Field>]

    public init(action: String, id: EntityID, changes: [FieldChange<Field>]) {
        self.action = action
        self.id = id
        self.changes = changes
    }

    /// The edit that takes this one back, under `action`.
    public func reversed(action: String) -> EditPayload {
        EditPayload(action: action, id: id, changes: changes.reversed().map(\.reversed))
    }
}

/// A holder taken out of the lists (`holder.discarded`) or put back (`holder.restored`):
/// the whole holder, so it comes back as it was.
public struct HolderRemovalPayload: EventPayload {
    public var action: String
    public var holder: Holder
    /// Why it was removed (an entry made by mistake); nil for the duplicate of a merge.
    public var reason: String?
    /// For a merge, the holder that took over every reference.
    public var mergedInto: EntityID?
    public var date: Day

    public init(action: String, holder: Holder, reason: String?, mergedInto: EntityID? = nil, date: Day) {
        self.action = action
        self.holder = holder
        self.reason = reason
        self.mergedInto = mergedInto
        self.date = date
    }
}

/// Every reference to `duplicate` moved to `keep` (`holder.merged`), or moved back
/// (`holder.unmerged`): the lists say exactly what moved, so the move back is exact.
public struct HolderMergePayload: EventPayload {
    public var action: String
    public var keep: EntityID
    public var duplicate: EntityID
    /// Cohorts whose participation moved.
    public var cohorts: [EntityID]
    /// Sessions whose attendance mark moved.
    public var sessions: [EntityID]
    /// Notes about the duplicate, now about `keep`.
    public var notes: [EntityID]
    /// Projects the duplicate carried, now carried by `keep` in its place.
    public var projects: [EntityID]
    /// Projects both carried: the duplicate is dropped from them.
    public var sharedProjects: [EntityID]
    /// Individual meetings with the duplicate, now with `keep`.
    public var meetings: [EntityID]

    public init(action: String, keep: EntityID, duplicate: EntityID, cohorts: [EntityID] = [], sessions: [EntityID] = [],
                notes: [EntityID] = [], projects: [EntityID] = [], sharedProjects: [EntityID] = [], meetings: [EntityID] = []) {
        self.action = action
        self.keep = keep
        self.duplicate = duplicate
        self.cohorts = cohorts
        self.sessions = sessions
        self.notes = notes
        self.projects = projects
        self.sharedProjects = sharedProjects
        self.meetings = meetings
    }
}

/// A participation removed whole (`participation.removed`: an enrolment made by mistake,
/// or a holder removed with their history) or put back (`participation.restored`).
public struct ParticipationRecordPayload: EventPayload {
    public var action: String
    public var participation: Participation
    public var reason: String?

    public init(action: String, participation: Participation, reason: String?) {
        self.action = action
        self.participation = participation
        self.reason = reason
    }
}

/// A cohort's status moved.
public struct CohortStatusPayload: EventPayload {
    public var action: String
    public var cohort: EntityID
    public var from: CohortStatus
    public var to: CohortStatus

    public init(action: String, cohort: EntityID, from: CohortStatus, to: CohortStatus) {
        self.action = action
        self.cohort = cohort
        self.from = from
        self.to = to
    }
}

/// A staff member added to (or removed from) a cohort.
public struct StaffPayload: EventPayload {
    public var action: String
    public var cohort: EntityID
    public var member: StaffMember

    public init(action: String, cohort: EntityID, member: StaffMember) {
        self.action = action
        self.cohort = cohort
        self.member = member
    }
}

/// A holder joined (or left) a project. `index`: their place among the project's
/// holders when they left (so undo puts them back there); a join without it appends.
public struct ProjectHolderPayload: EventPayload {
    public var action: String
    public var project: EntityID
    public var holder: EntityID
    public var index: Int?

    public init(action: String, project: EntityID, holder: EntityID, index: Int? = nil) {
        self.action = action
        self.project = project
        self.holder = holder
        self.index = index
    }
}

/// A participation moved; `from` nil means it was created, `to` nil that it was removed (undo).
public struct ParticipationPayload: EventPayload {
    public var action: String
    public var holder: EntityID
    public var cohort: EntityID
    public var from: ParticipationStatus?
    public var to: ParticipationStatus?
    public var date: Day
    /// Why, when the facilitator said it.
    public var reason: String?
    /// True when this takes a previous change back (undo): the history entry is dropped.
    public var revert: Bool

    public init(action: String, holder: EntityID, cohort: EntityID, from: ParticipationStatus?, to: ParticipationStatus?,
                date: Day, reason: String? = nil, revert: Bool = false) {
        self.action = action
        self.holder = holder
        self.cohort = cohort
        self.from = from
        self.to = to
        self.date = date
        self.reason = reason
        self.revert = revert
    }
}

/// A session's details replaced.
public struct SessionUpdatePayload: EventPayload {
    public var action: String
    public var session: EntityID
    public var before: SessionDetails
    public var after: SessionDetails

    public init(action: String, session: EntityID, before: SessionDetails, after: SessionDetails) {
        self.action = action
        self.session = session
        self.before = before
        self.after = after
    }
}

/// A session's status moved (held, cancelled, or back to planned).
public struct SessionStatusPayload: EventPayload {
    public var action: String
    public var session: EntityID
    public var from: SessionStatus
    public var to: SessionStatus

    public init(action: String, session: EntityID, from: SessionStatus, to: SessionStatus) {
        self.action = action
        self.session = session
        self.from = from
        self.to = to
    }
}

/// A mark set (`mark` non-nil) or cleared (`mark` nil), with what it replaced.
public struct AttendancePayload: EventPayload {
    public var action: String
    public var session: EntityID
    public var holder: EntityID
    public var mark: MarkValue?
    public var previous: MarkValue?

    public init(action: String, session: EntityID, holder: EntityID, mark: MarkValue?, previous: MarkValue?) {
        self.action = action
        self.session = session
        self.holder = holder
        self.mark = mark
        self.previous = previous
    }
}

/// A project's stage moved.
public struct StagePayload: EventPayload {
    public var action: String
    public var project: EntityID
    public var from: Stage
    public var to: Stage
    public var date: Day
    public var note: String?
    /// True when this takes a previous change back (undo): the history entry is dropped.
    public var revert: Bool

    public init(action: String, project: EntityID, from: Stage, to: Stage, date: Day, note: String? = nil, revert: Bool = false) {
        self.action = action
        self.project = project
        self.from = from
        self.to = to
        self.date = date
        self.note = note
        self.revert = revert
    }
}

/// A project's status moved.
public struct StatusPayload: EventPayload {
    public var action: String
    public var project: EntityID
    public var from: ProjectStatus
    public var to: ProjectStatus
    public var date: Day
    public var destination: EntityID?
    public var note: String?
    /// True when this takes a previous change back (undo): the history entry is dropped.
    public var revert: Bool

    public init(action: String, project: EntityID, from: ProjectStatus, to: ProjectStatus, date: Day, destination: EntityID? = nil, note: String? = nil, revert: Bool = false) {
        self.action = action
        self.project = project
        self.from = from
        self.to = to
        self.date = date
        self.destination = destination
        self.note = note
        self.revert = revert
    }
}

/// An action taken back (undo) or put back (redo).
public struct UndoPayload: EventPayload {
    public var action: String
    /// The action id undone or redone.
    public var target: String

    public init(action: String, target: String) {
        self.action = action
        self.target = target
    }
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
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
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

/// A person erased: who (an id), why; nothing else, so the receipt holds no personal data.
public struct ErasurePayload: EventPayload {
    public var action: String
    public var holder: EntityID
    /// Why (a request, the retention period): checked to hold none of the person's data.
    public var reason: String

    public init(action: String, holder: EntityID, reason: String) {
        self.action = action
        self.holder = holder
        self.reason = reason
    }
}

/// The data directory's settings, as changed: the new values and the ones they replaced.
public struct SettingsPayload: EventPayload {
    public var action: String
    public var settings: Settings
    public var previous: Settings

    public init(action: String, settings: Settings, previous: Settings) {
        self.action = action
        self.settings = settings
        self.previous = previous
    }
}

/// A consent given (`given`) or withdrawn (`withdrawn`) for one scope; `previous` is the
/// consent date it replaced.
public struct ConsentPayload: EventPayload {
    public var action: String
    public var holder: EntityID
    public var scope: ConsentScope
    public var given: Day?
    public var withdrawn: Day?
    public var previous: Day?

    public init(action: String, holder: EntityID, scope: ConsentScope, given: Day?, withdrawn: Day?, previous: Day?) {
        self.action = action
        self.holder = holder
        self.scope = scope
        self.given = given
        self.withdrawn = withdrawn
        self.previous = previous
    }
}

/// A scope of sensitive data set: the values (obstacle or profile ids) and those replaced.
public struct SensitivePayload: EventPayload {
    public var action: String
    public var holder: EntityID
    public var scope: ConsentScope
    public var values: [String]
    public var previous: [String]

    public init(action: String, holder: EntityID, scope: ConsentScope, values: [String], previous: [String]) {
        self.action = action
        self.holder = holder
        self.scope = scope
        self.values = values
        self.previous = previous
    }
}

/// A holder's answers to a questionnaire recorded (`questionnaire.answered`, `response`
/// set) or taken away (`questionnaire.answer_cleared`, `response` nil), with the answers
/// they replace, so undo needs only the event.
public struct ResponsePayload: EventPayload {
    public var action: String
    public var questionnaire: EntityID
    public var holder: EntityID
    public var response: QuestionnaireResponse?
    public var previous: QuestionnaireResponse?

    public init(action: String, questionnaire: EntityID, holder: EntityID, response: QuestionnaireResponse?,
                previous: QuestionnaireResponse?) {
        self.action = action
        self.questionnaire = questionnaire
        self.holder = holder
        self.response = response
        self.previous = previous
    }
}

/// A member added to (or removed from) a review session's jury.
public struct JuryMemberPayload: EventPayload {
    public var action: String
    public var session: EntityID
    public var member: JuryMember

    public init(action: String, session: EntityID, member: JuryMember) {
        self.action = action
        self.session = session
        self.member = member
    }
}

/// The jury's evaluation of a holder set (`jury.evaluated`) or taken away
/// (`jury.evaluation_cleared`, `evaluation` nil), with the one it replaces.
public struct JuryEvaluationPayload: EventPayload {
    public var action: String
    public var session: EntityID
    public var holder: EntityID
    public var evaluation: JuryEvaluation?
    public var previous: JuryEvaluation?

    public init(action: String, session: EntityID, holder: EntityID, evaluation: JuryEvaluation?, previous: JuryEvaluation?) {
        self.action = action
        self.session = session
        self.holder = holder
        self.evaluation = evaluation
        self.previous = previous
    }
}

// MARK: Follow-up, the project's path, money (issue 17)

/// A programme's follow-up waves set (months after the end of each holder's
/// participation), with those they replaced; an empty list means no follow-up.
public struct FollowUpPlanPayload: EventPayload {
    public var action: String
    public var programme: EntityID
    public var waves: [Int]
    public var previous: [Int]

    public init(action: String, programme: EntityID, waves: [Int], previous: [Int]) {
        self.action = action
        self.programme = programme
        self.waves = waves
        self.previous = previous
    }
}

/// A project's follow-up at one wave recorded (`record` set) or removed (`record` nil),
/// with the one it replaced.
public struct FollowUpPayload: EventPayload {
    public var action: String
    public var project: EntityID
    public var wave: Int
    public var record: FollowUp?
    public var previous: FollowUp?

    public init(action: String, project: EntityID, wave: Int, record: FollowUp?, previous: FollowUp?) {
        self.action = action
        self.project = project
        self.wave = wave
        self.record = record
        self.previous = previous
    }
}

/// A milestone a programme adds to the standard list (or takes away, by undo).
public struct ProgrammeMilestonePayload: EventPayload {
    public var action: String
    public var programme: EntityID
    public var milestone: CustomMilestone

    public init(action: String, programme: EntityID, milestone: CustomMilestone) {
        self.action = action
        self.programme = programme
        self.milestone = milestone
    }
}

/// A project's milestone reached on `date` (`project.milestone_reached`) or cleared
/// (`date` nil), with the day it held before. `milestone` is a standard milestone's id
/// or a programme's own milestone's id.
public struct MilestonePayload: EventPayload {
    public var action: String
    public var project: EntityID
    public var milestone: String
    public var date: Day?
    public var previous: Day?

    public init(action: String, project: EntityID, milestone: String, date: Day?, previous: Day?) {
        self.action = action
        self.project = project
        self.milestone = milestone
        self.date = date
        self.previous = previous
    }
}

/// A need resolved on `date` (`project.need_resolved`), or opened again (`project.need_reopened`, by undo).
public struct NeedResolutionPayload: EventPayload {
    public var action: String
    public var need: EntityID
    public var project: EntityID
    public var date: Day
    public var note: String?

    public init(action: String, need: EntityID, project: EntityID, date: Day, note: String?) {
        self.action = action
        self.need = need
        self.project = project
        self.date = date
        self.note = note
    }
}

/// A project's legal form changed on `date` (its history), with the form it replaced.
public struct LegalFormPayload: EventPayload {
    public var action: String
    public var project: EntityID
    public var from: String?
    public var to: String?
    public var date: Day
    /// True when this takes a previous change back (undo): the history entry is dropped.
    public var revert: Bool

    public init(action: String, project: EntityID, from: String?, to: String?, date: Day, revert: Bool = false) {
        self.action = action
        self.project = project
        self.from = from
        self.to = to
        self.date = date
        self.revert = revert
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        action = try c.decode(String.self, forKey: .action)
        project = try c.decode(EntityID.self, forKey: .project)
        from = try c.decodeIfPresent(String.self, forKey: .from)
        to = try c.decodeIfPresent(String.self, forKey: .to)
        date = try c.decode(Day.self, forKey: .date)
        revert = try c.decodeIfPresent(Bool.self, forKey: .revert) ?? false
    }
}

/// A programme's or a cohort's funding set (`funding` nil: removed), with what it replaced.
public struct FundingPayload: EventPayload {
    public var action: String
    /// The programme or cohort.
    public var target: EntityID
    public var funding: Funding?
    public var previous: Funding?

    public init(action: String, target: EntityID, funding: Funding?, previous: Funding?) {
        self.action = action
        self.target = target
        self.funding = funding
        self.previous = previous
    }
}

/// A contact erased (RGPD art. 17): the receipt, with the contact's id and why — the
/// reason may not quote them.
public struct ContactErasurePayload: EventPayload {
    public var action: String
    public var contact: EntityID
    public var organisation: EntityID
    public var reason: String

    public init(action: String, contact: EntityID, organisation: EntityID, reason: String) {
        self.action = action
        self.contact = contact
        self.organisation = organisation
        self.reason = reason
    }
}
