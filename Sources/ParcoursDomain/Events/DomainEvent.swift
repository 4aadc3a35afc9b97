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
    /// A person erased (RGPD art. 17, or the retention period): the receipt, holding who
    /// was erased (an id), why, and no personal data.
    case personErased(ErasurePayload)
    /// A setting of the data directory changed (the retention period).
    case settingsChanged(SettingsPayload)
    /// A person's consent to a scope of sensitive data given or withdrawn.
    case consentChanged(ConsentPayload)
    /// A person's sensitive data of one scope (obstacles, profile) set.
    case sensitiveSet(SensitivePayload)
    /// A type this version does not know (written by a newer one): kept, never dropped.
    case unknown(type: String, payload: Data)

    /// The kind of this event, nil for a type this version does not know.
    public var kind: EventKind? {
        switch self {
        case .organisationAdded: .organisationAdded
        case .organisationRemoved: .organisationRemoved
        case .programmeCreated: .programmeCreated
        case .programmeRemoved: .programmeRemoved
        case .partnerAdded: .partnerAdded
        case .partnerRemoved: .partnerRemoved
        case .workshopAdded: .workshopAdded
        case .workshopRemoved: .workshopRemoved
        case .cohortCreated: .cohortCreated
        case .cohortRemoved: .cohortRemoved
        case .cohortStatusChanged: .cohortStatusChanged
        case .staffAdded: .staffAdded
        case .staffRemoved: .staffRemoved
        case .holderAdded: .holderAdded
        case .holderRemoved: .holderRemoved
        case .projectCreated: .projectCreated
        case .projectRemoved: .projectRemoved
        case .projectHolderAdded: .projectHolderAdded
        case .projectHolderRemoved: .projectHolderRemoved
        case .participationChanged: .participationChanged
        case .sessionScheduled: .sessionScheduled
        case .sessionRemoved: .sessionRemoved
        case .sessionUpdated: .sessionUpdated
        case .sessionHeld: .sessionHeld
        case .sessionCancelled: .sessionCancelled
        case .sessionReopened: .sessionReopened
        case .attendanceMarked: .attendanceMarked
        case .attendanceCleared: .attendanceCleared
        case .stageChanged: .stageChanged
        case .statusChanged: .statusChanged
        case .noteAdded: .noteAdded
        case .noteRemoved: .noteRemoved
        case .actionUndone: .actionUndone
        case .actionRedone: .actionRedone
        case .personErased: .personErased
        case .settingsChanged: .settingsChanged
        case .consentChanged: .consentChanged
        case .sensitiveSet: .sensitiveSet
        case .unknown: nil
        }
    }

    /// The dotted type name written in the log.
    public var typeName: String {
        if case .unknown(let type, _) = self { return type }
        return kind!.rawValue
    }

    /// Every type name this version knows.
    public static let knownTypes: Set<String> = Set(EventKind.allCases.map(\.rawValue))

    /// The event's data (nil for an unknown type, whose payload stays as written).
    public var payload: (any EventPayload)? {
        switch self {
        case .organisationAdded(let p): p
        case .organisationRemoved(let p): p
        case .programmeCreated(let p): p
        case .programmeRemoved(let p): p
        case .partnerAdded(let p): p
        case .partnerRemoved(let p): p
        case .workshopAdded(let p): p
        case .workshopRemoved(let p): p
        case .cohortCreated(let p): p
        case .cohortRemoved(let p): p
        case .cohortStatusChanged(let p): p
        case .staffAdded(let p): p
        case .staffRemoved(let p): p
        case .holderAdded(let p): p
        case .holderRemoved(let p): p
        case .projectCreated(let p): p
        case .projectRemoved(let p): p
        case .projectHolderAdded(let p): p
        case .projectHolderRemoved(let p): p
        case .participationChanged(let p): p
        case .sessionScheduled(let p): p
        case .sessionRemoved(let p): p
        case .sessionUpdated(let p): p
        case .sessionHeld(let p): p
        case .sessionCancelled(let p): p
        case .sessionReopened(let p): p
        case .attendanceMarked(let p): p
        case .attendanceCleared(let p): p
        case .stageChanged(let p): p
        case .statusChanged(let p): p
        case .noteAdded(let p): p
        case .noteRemoved(let p): p
        case .actionUndone(let p): p
        case .actionRedone(let p): p
        case .personErased(let p): p
        case .settingsChanged(let p): p
        case .consentChanged(let p): p
        case .sensitiveSet(let p): p
        case .unknown: nil
        }
    }

    /// The event of `kind` carrying the payload `read` gives: which payload type each
    /// kind carries, and which case it makes. `read` is the codec's (JSON, a snapshot).
    public static func make(_ kind: EventKind, reading read: some EventPayloadReader) throws -> DomainEvent {
        switch kind {
        case .organisationAdded: .organisationAdded(try read(EntityPayload<Organisation>.self))
        case .organisationRemoved: .organisationRemoved(try read(EntityPayload<Organisation>.self))
        case .programmeCreated: .programmeCreated(try read(EntityPayload<Programme>.self))
        case .programmeRemoved: .programmeRemoved(try read(EntityPayload<Programme>.self))
        case .partnerAdded: .partnerAdded(try read(PartnerPayload.self))
        case .partnerRemoved: .partnerRemoved(try read(PartnerPayload.self))
        case .workshopAdded: .workshopAdded(try read(WorkshopPayload.self))
        case .workshopRemoved: .workshopRemoved(try read(WorkshopPayload.self))
        case .cohortCreated: .cohortCreated(try read(EntityPayload<Cohort>.self))
        case .cohortRemoved: .cohortRemoved(try read(EntityPayload<Cohort>.self))
        case .cohortStatusChanged: .cohortStatusChanged(try read(CohortStatusPayload.self))
        case .staffAdded: .staffAdded(try read(StaffPayload.self))
        case .staffRemoved: .staffRemoved(try read(StaffPayload.self))
        case .holderAdded: .holderAdded(try read(EntityPayload<Holder>.self))
        case .holderRemoved: .holderRemoved(try read(EntityPayload<Holder>.self))
        case .projectCreated: .projectCreated(try read(EntityPayload<Project>.self))
        case .projectRemoved: .projectRemoved(try read(EntityPayload<Project>.self))
        case .projectHolderAdded: .projectHolderAdded(try read(ProjectHolderPayload.self))
        case .projectHolderRemoved: .projectHolderRemoved(try read(ProjectHolderPayload.self))
        case .participationChanged: .participationChanged(try read(ParticipationPayload.self))
        case .sessionScheduled: .sessionScheduled(try read(EntityPayload<Session>.self))
        case .sessionRemoved: .sessionRemoved(try read(EntityPayload<Session>.self))
        case .sessionUpdated: .sessionUpdated(try read(SessionUpdatePayload.self))
        case .sessionHeld: .sessionHeld(try read(SessionStatusPayload.self))
        case .sessionCancelled: .sessionCancelled(try read(SessionStatusPayload.self))
        case .sessionReopened: .sessionReopened(try read(SessionStatusPayload.self))
        case .attendanceMarked: .attendanceMarked(try read(AttendancePayload.self))
        case .attendanceCleared: .attendanceCleared(try read(AttendancePayload.self))
        case .stageChanged: .stageChanged(try read(StagePayload.self))
        case .statusChanged: .statusChanged(try read(StatusPayload.self))
        case .noteAdded: .noteAdded(try read(EntityPayload<Note>.self))
        case .noteRemoved: .noteRemoved(try read(EntityPayload<Note>.self))
        case .actionUndone: .actionUndone(try read(UndoPayload.self))
        case .actionRedone: .actionRedone(try read(UndoPayload.self))
        case .personErased: .personErased(try read(ErasurePayload.self))
        case .settingsChanged: .settingsChanged(try read(SettingsPayload.self))
        case .consentChanged: .consentChanged(try read(ConsentPayload.self))
        case .sensitiveSet: .sensitiveSet(try read(SensitivePayload.self))
        }
    }

    /// The action id shared by every event of one command (empty for an unknown event
    /// whose payload has none).
    public var action: String {
        if let payload { return payload.action }
        guard case .unknown(_, let data) = self else { return "" }
        return ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?["action"] as? String ?? ""
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
        case .personErased(let p): [p.holder]
        case .settingsChanged: []
        case .consentChanged(let p): [p.holder]
        case .sensitiveSet(let p): [p.holder]
        case .unknown: []
        }
    }
}

extension DomainEvent {
    /// This event with what it says about erased people emptied (`Erasures`): what the
    /// fold applies, and what the logs are rewritten to. The same on every machine.
    public func erasing(_ e: Erasures) -> DomainEvent {
        guard !e.isEmpty else { return self }
        func holder(_ p: EntityPayload<Holder>) -> EntityPayload<Holder> {
            e.covers(holder: p.entity.id) ? EntityPayload(action: p.action, entity: p.entity.erased) : p
        }
        func project(_ p: EntityPayload<Project>) -> EntityPayload<Project> {
            e.covers(project: p.entity.id) ? EntityPayload(action: p.action, entity: p.entity.erased) : p
        }
        func note(_ p: EntityPayload<Note>) -> EntityPayload<Note> {
            guard e.covers(note: p.entity.target) else { return p }
            var note = p.entity
            note.text = ""
            return EntityPayload(action: p.action, entity: note)
        }
        func details(_ d: SessionDetails) -> SessionDetails {
            guard d.kind == .individuel, e.covers(holder: d.holder) else { return d }
            var details = d
            details.title = ""
            return details
        }
        func session(_ p: EntityPayload<Session>) -> EntityPayload<Session> {
            var session = p.entity
            session.details = details(session.details)
            return EntityPayload(action: p.action, entity: session)
        }
        func attendance(_ p: AttendancePayload) -> AttendancePayload {
            guard e.covers(holder: p.holder) else { return p }
            var q = p
            q.mark = p.mark?.erased
            q.previous = p.previous?.erased
            return q
        }
        switch self {
        case .holderAdded(let p): return .holderAdded(holder(p))
        case .holderRemoved(let p): return .holderRemoved(holder(p))
        case .projectCreated(let p): return .projectCreated(project(p))
        case .projectRemoved(let p): return .projectRemoved(project(p))
        case .noteAdded(let p): return .noteAdded(note(p))
        case .noteRemoved(let p): return .noteRemoved(note(p))
        case .sessionScheduled(let p): return .sessionScheduled(session(p))
        case .sessionRemoved(let p): return .sessionRemoved(session(p))
        case .sessionUpdated(var p):
            p.before = details(p.before)
            p.after = details(p.after)
            return .sessionUpdated(p)
        case .attendanceMarked(let p): return .attendanceMarked(attendance(p))
        case .attendanceCleared(let p): return .attendanceCleared(attendance(p))
        case .stageChanged(var p):
            if e.covers(project: p.project) { p.note = nil }
            return .stageChanged(p)
        case .statusChanged(var p):
            if e.covers(project: p.project) { p.note = nil }
            return .statusChanged(p)
        case .sensitiveSet(var p):
            guard e.covers(holder: p.holder) || e.maskedActions.contains(p.action) else { return self }
            p.values = []
            p.previous = []
            return .sensitiveSet(p)
        default:
            return self
        }
    }
}

/// Each kind of event this version knows, by the name written in the log: the one
/// place that name is written (the codec, the snapshot and the reader's list of known
/// types are derived from it).
public enum EventKind: String, CaseIterable, Sendable, Hashable {
    case organisationAdded = "organisation.added"
    case organisationRemoved = "organisation.removed"
    case programmeCreated = "programme.created"
    case programmeRemoved = "programme.removed"
    case partnerAdded = "programme.partner_added"
    case partnerRemoved = "programme.partner_removed"
    case workshopAdded = "programme.workshop_added"
    case workshopRemoved = "programme.workshop_removed"
    case cohortCreated = "cohort.created"
    case cohortRemoved = "cohort.removed"
    case cohortStatusChanged = "cohort.status_changed"
    case staffAdded = "cohort.staff_added"
    case staffRemoved = "cohort.staff_removed"
    case holderAdded = "holder.added"
    case holderRemoved = "holder.removed"
    case projectCreated = "project.created"
    case projectRemoved = "project.removed"
    case projectHolderAdded = "project.holder_added"
    case projectHolderRemoved = "project.holder_removed"
    case participationChanged = "participation.changed"
    case sessionScheduled = "session.scheduled"
    case sessionRemoved = "session.removed"
    case sessionUpdated = "session.updated"
    case sessionHeld = "session.held"
    case sessionCancelled = "session.cancelled"
    case sessionReopened = "session.reopened"
    case attendanceMarked = "attendance.marked"
    case attendanceCleared = "attendance.cleared"
    case stageChanged = "project.stage_changed"
    case statusChanged = "project.status_changed"
    case noteAdded = "note.added"
    case noteRemoved = "note.removed"
    case actionUndone = "action.undone"
    case actionRedone = "action.redone"
    case personErased = "person.erased"
    case settingsChanged = "settings.changed"
    case consentChanged = "consent.changed"
    case sensitiveSet = "sensitive.set"
}

/// What every event's payload is: its data, carrying the action id shared by every
/// event of one command.
public protocol EventPayload: Hashable, Sendable, Codable {
    var action: String { get }
}

/// Reads a payload of a given type (the codec's JSON decoder, a snapshot's reader).
public protocol EventPayloadReader {
    func callAsFunction<Payload: EventPayload>(_ type: Payload.Type) throws -> Payload
}
