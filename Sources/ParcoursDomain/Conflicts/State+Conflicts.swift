extension State {
    /// Changes decided on a state that lacked a concurrent change, in merge order.
    public var conflicts: [Conflict] { conflictLedger.conflicts }

    /// An overwriting event, as the fold sees it before applying it.
    private struct Overwrite {
        var subject: ConflictSubject
        var expected: ConflictValue
        var current: ConflictValue
        var new: ConflictValue
    }

    /// Called by `apply` before an event changes the state. Events that overwrite carry
    /// the value they replaced; when it differs from the value in force, their writer
    /// decided without a concurrent change, and the later one (this one) wins.
    /// `key` is the fingerprint of the event's `conflictSubject` when the caller made it
    /// already (on another thread).
    mutating func recordConflict(_ recorded: RecordedEvent, key known: Fingerprint?) {
        if let changes = fieldOverwrites(recorded.event) {
            // An edit overwrites each field it changes: one subject per field, made here
            // (edits are rare, so the decoding threads do not prepare them).
            for change in changes { record(change, recorded, key: Fingerprint(change.subject)) }
            return
        }
        guard let change = overwrite(recorded.event) else { return }
        record(change, recorded, key: known ?? Fingerprint(change.subject))
    }

    private mutating func record(_ change: Overwrite, _ recorded: RecordedEvent, key: Fingerprint) {
        if change.expected != change.current, !change.new.sameOutcome(as: change.current) {
            conflictLedger.conflicts.append(Conflict(
                subject: change.subject, kept: change.new, overwritten: change.current,
                expected: change.expected, winner: recorded.meta,
                loser: conflictLedger.lastChange.lookUp(key)))
        }
        conflictLedger.lastChange.record(key, at: eventCount)
    }

    /// The fields an edit overwrites, each with the value its writer saw; nil for any
    /// other event.
    private func fieldOverwrites(_ event: DomainEvent) -> [Overwrite]? {
        switch event {
        case .holderEdited(let p): fieldOverwrites(p, holders[p.id], .holderField)
        case .projectEdited(let p): fieldOverwrites(p, projects[p.id], .projectField)
        case .programmeEdited(let p): fieldOverwrites(p, programmes[p.id], .programmeField)
        case .cohortEdited(let p): fieldOverwrites(p, cohorts[p.id], .cohortField)
        case .organisationEdited(let p): fieldOverwrites(p, organisations[p.id], .organisationField)
        default: nil
        }
    }

    private func fieldOverwrites<F: EntityField>(_ p: EditPayload<F>, _ entity: F.Entity?,
                                                 _ kind: ConflictSubject.Kind) -> [Overwrite] {
        guard let entity else { return [] }
        return p.changes.map { change in
            Overwrite(subject: ConflictSubject(kind: kind, entity: p.id, field: change.field.rawValue),
                      expected: .field(change.from?.plain), current: .field(change.field.value(in: entity)?.plain),
                      new: .field(change.to?.plain))
        }
    }

    private func overwrite(_ event: DomainEvent) -> Overwrite? {
        guard let subject = event.conflictSubject else { return nil }
        switch event {
        case .attendanceMarked(let p), .attendanceCleared(let p):
            guard sessions[p.session] != nil, holders[p.holder] != nil else { return nil }
            return Overwrite(subject: subject, expected: .mark(p.previous), current: .mark(marks[p.session]?[p.holder]),
                             new: .mark(p.mark))
        case .stageChanged(let p):
            guard let project = projects[p.project] else { return nil }
            return Overwrite(subject: subject, expected: .stage(p.from), current: .stage(project.stage), new: .stage(p.to))
        case .statusChanged(let p):
            guard let project = projects[p.project] else { return nil }
            return Overwrite(subject: subject, expected: .status(p.from), current: .status(project.status),
                             new: .status(p.to))
        case .participationChanged(let p):
            guard holders[p.holder] != nil, cohorts[p.cohort] != nil else { return nil }
            return Overwrite(subject: subject, expected: .participation(p.from),
                             current: .participation(participations[p.cohort]?[p.holder]?.status),
                             new: .participation(p.to))
        case .cohortStatusChanged(let p):
            guard let cohort = cohorts[p.cohort] else { return nil }
            return Overwrite(subject: subject, expected: .cohortStatus(p.from), current: .cohortStatus(cohort.status),
                             new: .cohortStatus(p.to))
        case .sessionHeld(let p), .sessionCancelled(let p), .sessionReopened(let p):
            guard let session = sessions[p.session] else { return nil }
            return Overwrite(subject: subject, expected: .sessionStatus(p.from), current: .sessionStatus(session.status),
                             new: .sessionStatus(p.to))
        case .sessionUpdated(let p):
            guard let session = sessions[p.session] else { return nil }
            return Overwrite(subject: subject, expected: .sessionDetails(p.before),
                             current: .sessionDetails(session.details), new: .sessionDetails(p.after))
        case .followUpPlanned(let p):
            guard programmes[p.programme] != nil else { return nil }
            return Overwrite(subject: subject, expected: .field(State.plain(p.previous)),
                             current: .field(State.plain(followUpPlans[p.programme] ?? [])), new: .field(State.plain(p.waves)))
        case .followUpRecorded(let p), .followUpRemoved(let p):
            guard projects[p.project] != nil else { return nil }
            let current = followUps[p.project]?.first { $0.wave == p.wave }
            return Overwrite(subject: subject, expected: .field(p.previous?.plain), current: .field(current?.plain),
                             new: .field(p.record?.plain))
        case .milestoneReached(let p), .milestoneCleared(let p):
            guard projects[p.project] != nil else { return nil }
            return Overwrite(subject: subject, expected: .field(p.previous?.iso),
                             current: .field(milestones[p.project]?[p.milestone]?.iso), new: .field(p.date?.iso))
        case .needResolved(let p), .needReopened(let p):
            guard let need = needs[p.need] else { return nil }
            let resolving = if case .needResolved = event { true } else { false }
            return Overwrite(subject: subject, expected: .field(resolving ? nil : p.date.iso), current: .field(need.resolved?.iso),
                             new: .field(resolving ? p.date.iso : nil))
        case .legalFormChanged(let p):
            guard let project = projects[p.project] else { return nil }
            return Overwrite(subject: subject, expected: .field(p.from), current: .field(project.legalForm), new: .field(p.to))
        case .fundingSet(let p):
            guard programmes[p.target] != nil || cohorts[p.target] != nil else { return nil }
            return Overwrite(subject: subject, expected: .field(p.previous?.plain), current: .field(funding[p.target]?.plain),
                             new: .field(p.funding?.plain))
        default:
            return nil
        }
    }
}

extension DomainEvent {
    /// What this event overwrites, when it is one that overwrites a value (an attendance
    /// mark, a stage, a status, a participation, a session's status or details): it
    /// depends on the event alone, so it can be worked out on any thread.
    var conflictSubject: ConflictSubject? {
        switch self {
        case .attendanceMarked(let p), .attendanceCleared(let p):
            ConflictSubject(kind: .attendance, entity: p.session, holder: p.holder)
        case .stageChanged(let p): ConflictSubject(kind: .stage, entity: p.project)
        case .statusChanged(let p): ConflictSubject(kind: .status, entity: p.project)
        case .participationChanged(let p): ConflictSubject(kind: .participation, entity: p.cohort, holder: p.holder)
        case .cohortStatusChanged(let p): ConflictSubject(kind: .cohortStatus, entity: p.cohort)
        case .sessionHeld(let p), .sessionCancelled(let p), .sessionReopened(let p):
            ConflictSubject(kind: .sessionStatus, entity: p.session)
        case .sessionUpdated(let p): ConflictSubject(kind: .sessionDetails, entity: p.session)
        case .followUpPlanned(let p): ConflictSubject(kind: .followUpPlan, entity: p.programme)
        case .followUpRecorded(let p), .followUpRemoved(let p):
            ConflictSubject(kind: .followUp, entity: p.project, field: FollowUpWave.id(p.wave))
        case .milestoneReached(let p), .milestoneCleared(let p): ConflictSubject(kind: .milestone, entity: p.project, field: p.milestone)
        case .needResolved(let p), .needReopened(let p): ConflictSubject(kind: .need, entity: p.need)
        // The same subject as a correction of the legal form: the two overwrite one value.
        case .legalFormChanged(let p): ConflictSubject(kind: .projectField, entity: p.project, field: ProjectField.legalForm.rawValue)
        case .fundingSet(let p): ConflictSubject(kind: .funding, entity: p.target)
        default: nil
        }
    }
}

extension State {
    /// Waves as a conflict shows them ("6m, 1y"); nil for none.
    static func plain(_ waves: [Int]) -> String? {
        waves.isEmpty ? nil : waves.map(FollowUpWave.id).joined(separator: ", ")
    }
}

extension FollowUp {
    /// What a conflict compares and shows: the finding, not who wrote it.
    var plain: String {
        var text = "\(activity.rawValue) \(date.iso)"
        if let n = jobsCreated { text += " jobs_created=\(n)" }
        if let n = jobsKept { text += " jobs_kept=\(n)" }
        if let structure { text += " structure=\(structure)" }
        return text
    }
}

extension Funding {
    /// What a conflict compares and shows, amounts in cents as recorded.
    var plain: String {
        var text = "cost=\(cost)"
        for part in funders {
            text += " \(part.organisation)=" + (part.amount.map(String.init) ?? "\(part.share ?? 0)bp")
        }
        if let fee { text += " fee=\(fee)" }
        if let inKind { text += " in_kind=\(inKind)" }
        return text
    }
}
