extension State {
    /// Folds one event. Total: an event that refers to something missing is ignored
    /// and counted in `anomalies`; an unknown type is counted (it stays in the log).
    public mutating func apply(_ recorded: RecordedEvent) {
        apply(recorded, prepared: nil)
    }

    /// The same, with what could be worked out from the event alone on another thread
    /// (a workspace prepares events on every core while the fold runs on one).
    package mutating func apply(_ recorded: RecordedEvent, prepared: PreparedEvent?) {
        defer { eventCount += 1 }
        // What an event says about someone erased is not folded, wherever it sits in the
        // logs (a colleague offline at the erasure may write about them later).
        var recorded = recorded
        if !erasures.isEmpty { recorded.event = recorded.event.erasing(erasures) }
        let author = recorded.meta.author
        if case .unknown = recorded.event {
            unknownEvents += 1
            return
        }
        history.record(recorded.event, author: author)
        recordConflict(recorded, key: prepared?.conflictKey)
        switch recorded.event {
        case .organisationAdded(let p): organisations[p.entity.id] = p.entity
        case .organisationRemoved(let p): State.remove(p.entity.id, from: &organisations, &anomalies)
        case .programmeCreated(let p): programmes[p.entity.id] = p.entity
        case .programmeRemoved(let p): State.remove(p.entity.id, from: &programmes, &anomalies)
        case .partnerAdded(let p):
            State.update(p.programme, in: &programmes, &anomalies) { $0.partners.append(p.partner) }
        case .partnerRemoved(let p):
            State.update(p.programme, in: &programmes, &anomalies) { programme in
                if let i = programme.partners.lastIndex(of: p.partner) { programme.partners.remove(at: i) }
            }
        case .workshopAdded(let p):
            State.update(p.programme, in: &programmes, &anomalies) { $0.template.insert(p.workshop, at: min(max(0, p.index), $0.template.count)) }
        case .workshopRemoved(let p):
            State.update(p.programme, in: &programmes, &anomalies) { programme in
                if programme.template.indices.contains(p.index) { programme.template.remove(at: p.index) }
            }
        case .cohortCreated(let p): cohorts[p.entity.id] = p.entity
        case .cohortRemoved(let p): State.remove(p.entity.id, from: &cohorts, &anomalies)
        case .cohortStatusChanged(let p): State.update(p.cohort, in: &cohorts, &anomalies) { $0.status = p.to }
        case .staffAdded(let p): State.update(p.cohort, in: &cohorts, &anomalies) { $0.staff.append(p.member) }
        case .staffRemoved(let p):
            State.update(p.cohort, in: &cohorts, &anomalies) { cohort in
                if let i = cohort.staff.lastIndex(of: p.member) { cohort.staff.remove(at: i) }
            }
        case .holderAdded(let p): holders[p.entity.id] = p.entity
        case .holderRemoved(let p): State.remove(p.entity.id, from: &holders, &anomalies)
        case .projectCreated(let p):
            unindexProject(p.entity.id)
            projects[p.entity.id] = p.entity
            for holder in p.entity.holders { lookups.projectsByHolder.insert(p.entity.id, at: holder) }
        case .projectRemoved(let p):
            unindexProject(p.entity.id)
            State.remove(p.entity.id, from: &projects, &anomalies)
        case .projectHolderAdded(let p):
            State.update(p.project, in: &projects, &anomalies) { if !$0.holders.contains(p.holder) { $0.holders.append(p.holder) } }
            if projects[p.project] != nil { lookups.projectsByHolder.insert(p.project, at: p.holder) }
        case .projectHolderRemoved(let p):
            State.update(p.project, in: &projects, &anomalies) { $0.holders.removeAll { $0 == p.holder } }
            lookups.projectsByHolder.remove(p.project, at: p.holder)
        case .participationChanged(let p): applyParticipation(p, author: author)
        case .sessionScheduled(let p):
            if let earlier = sessions[p.entity.id] { unindexSession(earlier) }
            sessions[p.entity.id] = p.entity
            indexSession(p.entity)
        case .sessionRemoved(let p):
            if let earlier = sessions[p.entity.id] { unindexSession(earlier) }
            State.remove(p.entity.id, from: &sessions, &anomalies)
        case .sessionUpdated(let p):
            if let earlier = sessions[p.session] { lookups.sessionsByWeek[earlier.date.week]?.remove(earlier.id) }
            State.update(p.session, in: &sessions, &anomalies) { $0.details = p.after }
            if let now = sessions[p.session] { lookups.sessionsByWeek[now.date.week, default: []].insert(now.id) }
        case .sessionHeld(let p), .sessionCancelled(let p), .sessionReopened(let p):
            State.update(p.session, in: &sessions, &anomalies) { $0.status = p.to }
        case .attendanceMarked(let p):
            guard sessions[p.session] != nil, holders[p.holder] != nil, let mark = p.mark else { anomalies += 1; return }
            marks[p.session, default: [:]][p.holder] = mark
            if mark.mark == .present {
                lookups.presentAt.insert(p.session, at: p.holder)
            } else {
                lookups.presentAt.remove(p.session, at: p.holder)
            }
        case .attendanceCleared(let p):
            if marks[p.session]?.removeValue(forKey: p.holder) == nil { anomalies += 1 }
            if marks[p.session]?.isEmpty == true { marks[p.session] = nil }
            lookups.presentAt.remove(p.session, at: p.holder)
        case .stageChanged(let p):
            State.update(p.project, in: &projects, &anomalies) { project in
                project.stage = p.to
                if p.revert {
                    if let i = project.stageHistory.lastIndex(where: { $0.to == p.from && $0.from == p.to }) {
                        project.stageHistory.remove(at: i)
                    }
                } else {
                    project.stageHistory.append(StageChange(date: p.date, from: p.from, to: p.to, author: author, note: p.note))
                }
            }
        case .statusChanged(let p):
            State.update(p.project, in: &projects, &anomalies) { project in
                project.status = p.to
                if p.revert {
                    if let i = project.statusHistory.lastIndex(where: { $0.to == p.from && $0.from == p.to }) {
                        project.statusHistory.remove(at: i)
                    }
                } else {
                    project.statusHistory.append(StatusChange(date: p.date, from: p.from, to: p.to, author: author,
                                                              destination: p.destination, note: p.note))
                }
            }
        case .noteAdded(let p):
            if let earlier = notes[p.entity.id] { lookups.notesByTarget.remove(earlier.id, at: earlier.target.id) }
            notes[p.entity.id] = p.entity
            lookups.notesByTarget.insert(p.entity.id, at: p.entity.target.id)
        case .noteRemoved(let p):
            if let earlier = notes[p.entity.id] { lookups.notesByTarget.remove(earlier.id, at: earlier.target.id) }
            State.remove(p.entity.id, from: &notes, &anomalies)
        case .personErased(let p): applyErasure(p)
        case .settingsChanged(let p): settings = p.settings
        case .consentChanged(let p): applyConsent(p)
        case .sensitiveSet(let p): applySensitive(p)
        case .actionUndone, .actionRedone, .unknown: break
        }
    }

    private mutating func applyParticipation(_ p: ParticipationPayload, author: String) {
        guard holders[p.holder] != nil, cohorts[p.cohort] != nil else { anomalies += 1; return }
        guard let to = p.to else {
            if participations[p.cohort]?.removeValue(forKey: p.holder) == nil { anomalies += 1 }
            return
        }
        let change = ParticipationChange(date: p.date, from: p.from, to: to, author: author)
        if var existing = participations[p.cohort]?[p.holder] {
            existing.status = to
            if p.revert {
                if let i = existing.history.lastIndex(where: { $0.to == p.from && $0.from == to }) {
                    existing.history.remove(at: i)
                }
            } else {
                existing.history.append(change)
            }
            participations[p.cohort]![p.holder] = existing
        } else {
            participations[p.cohort, default: [:]][p.holder] =
                Participation(holder: p.holder, cohort: p.cohort, status: to, history: p.revert ? [] : [change])
        }
    }

    private mutating func indexSession(_ session: Session) {
        lookups.sessionsByCohort[session.cohort, default: []].insert(session.id)
        lookups.sessionsByWeek[session.date.week, default: []].insert(session.id)
    }

    private mutating func unindexSession(_ session: Session) {
        lookups.sessionsByCohort[session.cohort]?.remove(session.id)
        lookups.sessionsByWeek[session.date.week]?.remove(session.id)
    }

    // Static, so that the table and the anomaly count are two distinct accesses.
    /// Forgets a project in the holder index (before it is replaced or removed).
    private mutating func unindexProject(_ id: EntityID) {
        for holder in projects[id]?.holders ?? [] { lookups.projectsByHolder.remove(id, at: holder) }
    }

    private static func remove<T>(_ id: EntityID, from table: inout [EntityID: T], _ anomalies: inout Int) {
        if table.removeValue(forKey: id) == nil { anomalies += 1 }
    }

    private static func update<T>(_ id: EntityID, in table: inout [EntityID: T], _ anomalies: inout Int,
                                  _ change: (inout T) -> Void) {
        guard var value = table[id] else { anomalies += 1; return }
        change(&value)
        table[id] = value
    }
}
