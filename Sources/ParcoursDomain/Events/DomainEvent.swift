import Foundation

/// One past-tense fact. The state a screen shows is the fold of these (`State.apply`).
/// Removal cases exist for undo, which appends compensating events instead of erasing.
public enum DomainEvent: Hashable, Sendable {
    case organisationAdded(EntityPayload<Organisation>)
    case organisationRemoved(EntityPayload<Organisation>)
    case programmeCreated(EntityPayload<Programme>)
    case programmeRemoved(EntityPayload<Programme>)
    case partnerAdded(PartnerPayload)
    case partnerRemoved(PartnerPayload)
    case workshopAdded(WorkshopPayload)
    case workshopRemoved(WorkshopPayload)
    case cohortCreated(EntityPayload<Cohort>)
    case cohortRemoved(EntityPayload<Cohort>)
    case cohortStatusChanged(CohortStatusPayload)
    case staffAdded(StaffPayload)
    case staffRemoved(StaffPayload)
    case holderAdded(EntityPayload<Holder>)
    case holderRemoved(EntityPayload<Holder>)
    case projectCreated(EntityPayload<Project>)
    case projectRemoved(EntityPayload<Project>)
    case projectHolderAdded(ProjectHolderPayload)
    case projectHolderRemoved(ProjectHolderPayload)
    case participationChanged(ParticipationPayload)
    case sessionScheduled(EntityPayload<Session>)
    case sessionRemoved(EntityPayload<Session>)
    case sessionUpdated(SessionUpdatePayload)
    case sessionHeld(SessionStatusPayload)
    case sessionCancelled(SessionStatusPayload)
    case sessionReopened(SessionStatusPayload)
    case attendanceMarked(AttendancePayload)
    case attendanceCleared(AttendancePayload)
    case stageChanged(StagePayload)
    case statusChanged(StatusPayload)
    case noteAdded(EntityPayload<Note>)
    case noteRemoved(EntityPayload<Note>)
    case actionUndone(UndoPayload)
    case actionRedone(UndoPayload)
    /// A type this version does not know (written by a newer one): kept, never dropped.
    case unknown(type: String, payload: Data)

    /// The dotted type name written in the log.
    public var typeName: String {
        switch self {
        case .organisationAdded: "organisation.added"
        case .organisationRemoved: "organisation.removed"
        case .programmeCreated: "programme.created"
        case .programmeRemoved: "programme.removed"
        case .partnerAdded: "programme.partner_added"
        case .partnerRemoved: "programme.partner_removed"
        case .workshopAdded: "programme.workshop_added"
        case .workshopRemoved: "programme.workshop_removed"
        case .cohortCreated: "cohort.created"
        case .cohortRemoved: "cohort.removed"
        case .cohortStatusChanged: "cohort.status_changed"
        case .staffAdded: "cohort.staff_added"
        case .staffRemoved: "cohort.staff_removed"
        case .holderAdded: "holder.added"
        case .holderRemoved: "holder.removed"
        case .projectCreated: "project.created"
        case .projectRemoved: "project.removed"
        case .projectHolderAdded: "project.holder_added"
        case .projectHolderRemoved: "project.holder_removed"
        case .participationChanged: "participation.changed"
        case .sessionScheduled: "session.scheduled"
        case .sessionRemoved: "session.removed"
        case .sessionUpdated: "session.updated"
        case .sessionHeld: "session.held"
        case .sessionCancelled: "session.cancelled"
        case .sessionReopened: "session.reopened"
        case .attendanceMarked: "attendance.marked"
        case .attendanceCleared: "attendance.cleared"
        case .stageChanged: "project.stage_changed"
        case .statusChanged: "project.status_changed"
        case .noteAdded: "note.added"
        case .noteRemoved: "note.removed"
        case .actionUndone: "action.undone"
        case .actionRedone: "action.redone"
        case .unknown(let type, _): type
        }
    }

    /// Every type name this version knows.
    public static let knownTypes: Set<String> = [
        "organisation.added", "organisation.removed", "programme.created", "programme.removed",
        "programme.partner_added", "programme.partner_removed", "programme.workshop_added",
        "programme.workshop_removed", "cohort.created", "cohort.removed", "cohort.status_changed",
        "cohort.staff_added", "cohort.staff_removed", "holder.added", "holder.removed",
        "project.created", "project.removed", "project.holder_added", "project.holder_removed",
        "participation.changed", "session.scheduled", "session.removed", "session.updated",
        "session.held", "session.cancelled", "session.reopened", "attendance.marked",
        "attendance.cleared", "project.stage_changed", "project.status_changed", "note.added",
        "note.removed", "action.undone", "action.redone",
    ]

    /// The action id shared by every event of one command (empty for an unknown event
    /// whose payload has none).
    public var action: String {
        switch self {
        case .organisationAdded(let p), .organisationRemoved(let p): p.action
        case .programmeCreated(let p), .programmeRemoved(let p): p.action
        case .partnerAdded(let p), .partnerRemoved(let p): p.action
        case .workshopAdded(let p), .workshopRemoved(let p): p.action
        case .cohortCreated(let p), .cohortRemoved(let p): p.action
        case .cohortStatusChanged(let p): p.action
        case .staffAdded(let p), .staffRemoved(let p): p.action
        case .holderAdded(let p), .holderRemoved(let p): p.action
        case .projectCreated(let p), .projectRemoved(let p): p.action
        case .projectHolderAdded(let p), .projectHolderRemoved(let p): p.action
        case .participationChanged(let p): p.action
        case .sessionScheduled(let p), .sessionRemoved(let p): p.action
        case .sessionUpdated(let p): p.action
        case .sessionHeld(let p), .sessionCancelled(let p), .sessionReopened(let p): p.action
        case .attendanceMarked(let p), .attendanceCleared(let p): p.action
        case .stageChanged(let p): p.action
        case .statusChanged(let p): p.action
        case .noteAdded(let p), .noteRemoved(let p): p.action
        case .actionUndone(let p), .actionRedone(let p): p.action
        case .unknown(_, let payload):
            ((try? JSONSerialization.jsonObject(with: payload)) as? [String: Any])?["action"] as? String ?? ""
        }
    }

    /// The ids this event concerns directly (for filtering a journal).
    public var references: [EntityID] {
        switch self {
        case .organisationAdded(let p), .organisationRemoved(let p): [p.entity.id]
        case .programmeCreated(let p), .programmeRemoved(let p): [p.entity.id] + p.entity.operators
        case .partnerAdded(let p), .partnerRemoved(let p): [p.programme, p.partner.organisation]
        case .workshopAdded(let p), .workshopRemoved(let p): [p.programme]
        case .cohortCreated(let p), .cohortRemoved(let p): [p.entity.id, p.entity.programme]
        case .cohortStatusChanged(let p): [p.cohort]
        case .staffAdded(let p), .staffRemoved(let p): [p.cohort]
        case .holderAdded(let p), .holderRemoved(let p): [p.entity.id] + (p.entity.referredBy.map { [$0] } ?? [])
        case .projectCreated(let p), .projectRemoved(let p): [p.entity.id] + p.entity.holders
        case .projectHolderAdded(let p), .projectHolderRemoved(let p): [p.project, p.holder]
        case .participationChanged(let p): [p.holder, p.cohort]
        case .sessionScheduled(let p), .sessionRemoved(let p):
            [p.entity.id, p.entity.cohort] + (p.entity.details.holder.map { [$0] } ?? [])
        case .sessionUpdated(let p): [p.session]
        case .sessionHeld(let p), .sessionCancelled(let p), .sessionReopened(let p): [p.session]
        case .attendanceMarked(let p), .attendanceCleared(let p): [p.session, p.holder]
        case .stageChanged(let p): [p.project]
        case .statusChanged(let p): [p.project] + (p.destination.map { [$0] } ?? [])
        case .noteAdded(let p), .noteRemoved(let p): [p.entity.id, p.entity.target.id]
        case .actionUndone(let p), .actionRedone(let p): [p.target]
        case .unknown: []
        }
    }
}
