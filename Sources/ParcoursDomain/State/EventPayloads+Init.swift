// Public factories over the (internal) memberwise initialisers for the event payloads, so that the generator and the
// fast payload decoder (in ParcoursKit) can build events without going through JSON.
// (An extension in another file cannot redeclare the synthesized initialiser itself.)

extension PartnerPayload {
    public static func make(action: String, programme: EntityID, partner: Partner) -> Self {
        Self(action: action, programme: programme, partner: partner)
    }
}

extension CohortStatusPayload {
    public static func make(action: String, cohort: EntityID, from: CohortStatus, to: CohortStatus) -> Self {
        Self(action: action, cohort: cohort, from: from, to: to)
    }
}

extension StaffPayload {
    public static func make(action: String, cohort: EntityID, member: StaffMember) -> Self {
        Self(action: action, cohort: cohort, member: member)
    }
}

extension ProjectHolderPayload {
    public static func make(action: String, project: EntityID, holder: EntityID) -> Self {
        Self(action: action, project: project, holder: holder)
    }
}

extension ParticipationPayload {
    public static func make(action: String, holder: EntityID, cohort: EntityID, from: ParticipationStatus?,
                to: ParticipationStatus?, date: Day, revert: Bool = false) -> Self {
        Self(action: action, holder: holder, cohort: cohort, from: from, to: to, date: date, revert: revert)
    }
}

extension SessionStatusPayload {
    public static func make(action: String, session: EntityID, from: SessionStatus, to: SessionStatus) -> Self {
        Self(action: action, session: session, from: from, to: to)
    }
}

extension AttendancePayload {
    public static func make(action: String, session: EntityID, holder: EntityID, mark: MarkValue?, previous: MarkValue?) -> Self {
        Self(action: action, session: session, holder: holder, mark: mark, previous: previous)
    }
}

extension StagePayload {
    public static func make(action: String, project: EntityID, from: Stage, to: Stage, date: Day,
                note: String? = nil, revert: Bool = false) -> Self {
        Self(action: action, project: project, from: from, to: to, date: date, note: note, revert: revert)
    }
}

extension StatusPayload {
    public static func make(action: String, project: EntityID, from: ProjectStatus, to: ProjectStatus, date: Day,
                destination: EntityID? = nil, note: String? = nil, revert: Bool = false) -> Self {
        Self(action: action, project: project, from: from, to: to, date: date, destination: destination, note: note, revert: revert)
    }
}

extension UndoPayload {
    public static func make(action: String, target: String) -> Self {
        Self(action: action, target: target)
    }
}

extension StageChange {
    public static func make(date: Day, from: Stage, to: Stage, author: String, note: String?) -> Self {
        Self(date: date, from: from, to: to, author: author, note: note)
    }
}

extension StatusChange {
    public static func make(date: Day, from: ProjectStatus, to: ProjectStatus, author: String,
                            destination: EntityID?, note: String?) -> Self {
        Self(date: date, from: from, to: to, author: author, destination: destination, note: note)
    }
}

extension ParticipationChange {
    public static func make(date: Day, from: ParticipationStatus?, to: ParticipationStatus, author: String) -> Self {
        Self(date: date, from: from, to: to, author: author)
    }
}

extension Participation {
    public static func make(holder: EntityID, cohort: EntityID, status: ParticipationStatus,
                            history: [ParticipationChange]) -> Self {
        Self(holder: holder, cohort: cohort, status: status, history: history)
    }
}
