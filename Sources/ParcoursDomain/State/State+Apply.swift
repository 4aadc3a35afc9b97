extension State {
    /// Folds one event. Total: an event that refers to something missing is ignored
    /// and counted in `anomalies`; an unknown type is counted (it stays in the log).
    public mutating func apply(_ recorded: RecordedEvent) {
        apply(recorded, prepared: nil)
    }

    /// The same, with what could be worked out from the event alone on another thread
    /// (a workspace prepares events on every core while the fold runs on one).
    package mutating func apply(_ recorded: RecordedEvent, prepared: PreparedEvent?) {
        // What an event says about someone erased is not folded, wherever it sits in the
        // logs (a colleague offline at the erasure may write about them later). Only
        // then is the event copied: a copy retains every string it holds, a million
        // times in a network's open.
        if !erasures.isEmpty {
            var erased = recorded
            erased.event = recorded.event.erasing(erasures)
            fold(erased, prepared: prepared)
        } else {
            fold(recorded, prepared: prepared)
        }
    }

    private mutating func fold(_ recorded: RecordedEvent, prepared: PreparedEvent?) {
        defer { eventCount += 1 }
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
            guard let count = programmes[p.programme]?.template.count else { anomalies += 1; return }
            let index = min(max(0, p.index), count)
            programmes[p.programme]!.template.insert(p.workshop, at: index)
            // Sessions made from the workshops after it follow them; those made from it
            // before it was removed find it again.
            if index < count { retemplate(p.programme) { $0 >= index ? $0 + 1 : $0 } }
            for id in p.sessions ?? [] where sessions[id] != nil { sessions[id]!.templateIndex = index }
        case .workshopRemoved(let p):
            guard let template = programmes[p.programme]?.template, template.indices.contains(p.index) else {
                anomalies += 1
                return
            }
            programmes[p.programme]!.template.remove(at: p.index)
            retemplate(p.programme) { $0 == p.index ? nil : $0 > p.index ? $0 - 1 : $0 }
        case .workshopEdited(let p):
            State.update(p.programme, in: &programmes, &anomalies) { programme in
                if programme.template.indices.contains(p.index) { programme.template[p.index] = p.after }
            }
        case .workshopMoved(let p):
            guard let template = programmes[p.programme]?.template, template.indices.contains(p.from),
                  template.indices.contains(p.to) else { anomalies += 1; return }
            let workshop = programmes[p.programme]!.template.remove(at: p.from)
            programmes[p.programme]!.template.insert(workshop, at: p.to)
            retemplate(p.programme) { State.moved($0, from: p.from, to: p.to) }
        case .organisationEdited(let p): State.edit(p, in: &organisations, &anomalies)
        case .programmeEdited(let p): State.edit(p, in: &programmes, &anomalies)
        case .cohortEdited(let p): State.edit(p, in: &cohorts, &anomalies)
        case .holderEdited(let p): State.edit(p, in: &holders, &anomalies)
        case .projectEdited(let p):
            State.edit(p, in: &projects, &anomalies)
            correctLegalFormHistory(p)
        case .holderDiscarded(let p):
            guard let holder = holders.removeValue(forKey: p.holder.id) else { anomalies += 1; return }
            removedHolders[holder.id] = RemovedHolder(holder: holder, reason: p.reason, mergedInto: p.mergedInto,
                                                      date: p.date, author: author)
        case .holderRestored(let p):
            guard let removed = removedHolders.removeValue(forKey: p.holder.id) else { anomalies += 1; return }
            holders[removed.holder.id] = removed.holder
        case .holderMerged(let p): moveReferences(p, from: p.duplicate, to: p.keep)
        case .holderUnmerged(let p): moveReferences(p, from: p.keep, to: p.duplicate)
        case .participationRemoved(let p):
            let part = p.participation
            if participations[part.cohort]?.removeValue(forKey: part.holder) == nil { anomalies += 1 }
        case .participationRestored(let p):
            let part = p.participation
            guard holders[part.holder] != nil, cohorts[part.cohort] != nil else { anomalies += 1; return }
            participations[part.cohort, default: [:]][part.holder] = part
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
            State.update(p.project, in: &projects, &anomalies) { project in
                guard !project.holders.contains(p.holder) else { return }
                project.holders.insert(p.holder, at: min(max(0, p.index ?? project.holders.count), project.holders.count))
            }
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
        case .questionnaireAdded(let p): questionnaires[p.entity.id] = p.entity
        case .questionnaireRemoved(let p): State.remove(p.entity.id, from: &questionnaires, &anomalies)
        case .questionnaireAnswered(let p):
            guard questionnaires[p.questionnaire] != nil, holders[p.holder] != nil, let response = p.response else {
                anomalies += 1
                return
            }
            responses[p.questionnaire, default: [:]][p.holder] = response
        case .answersCleared(let p):
            if responses[p.questionnaire]?.removeValue(forKey: p.holder) == nil { anomalies += 1 }
            if responses[p.questionnaire]?.isEmpty == true { responses[p.questionnaire] = nil }
        case .juryMemberAdded(let p):
            guard sessions[p.session] != nil else { anomalies += 1; return }
            juries[p.session, default: Jury()].members.append(p.member)
        case .juryMemberRemoved(let p):
            guard let i = juries[p.session]?.members.lastIndex(of: p.member) else { anomalies += 1; return }
            juries[p.session]!.members.remove(at: i)
            if juries[p.session]!.isEmpty { juries[p.session] = nil }
        case .juryEvaluated(let p):
            guard sessions[p.session] != nil, holders[p.holder] != nil, let evaluation = p.evaluation else {
                anomalies += 1
                return
            }
            juries[p.session, default: Jury()].evaluations[p.holder] = evaluation
        case .juryEvaluationCleared(let p):
            if juries[p.session]?.evaluations.removeValue(forKey: p.holder) == nil { anomalies += 1 }
            if juries[p.session]?.isEmpty == true { juries[p.session] = nil }
        case .openEventScheduled, .openEventRemoved, .openEventUpdated, .openEventCancelled, .openEventReopened,
             .headcountRecorded, .headcountCleared:
            applyOpenEvent(recorded.event)
        case .ideaAdded, .ideaRemoved, .ideaStatusChanged, .ideaAdopted, .ideaUnadopted,
             .callAdded, .callRemoved, .callApplied, .callChecked, .applicationRemoved:
            applyIdeasAndCalls(recorded.event, author: author)
        case .followUpPlanned, .followUpRecorded, .followUpRemoved, .programmeMilestoneAdded, .programmeMilestoneRemoved,
             .milestoneReached, .milestoneCleared, .needAdded, .needRemoved, .needResolved, .needReopened,
             .legalFormChanged, .fundingSet:
            applyPath(recorded.event, author: author)
        case .contactAdded, .contactRemoved, .contactEdited, .contactErased: applyContact(recorded.event)
        case .personAdded, .personRemoved, .personEdited, .venueAdded, .venueRemoved, .venueEdited,
             .sessionFacilitatorAdded, .sessionFacilitatorRemoved:
            applyDirectory(recorded.event)
        case .actionUndone, .actionRedone, .unknown: break
        }
    }

    private mutating func applyParticipation(_ p: ParticipationPayload, author: String) {
        guard holders[p.holder] != nil, cohorts[p.cohort] != nil else { anomalies += 1; return }
        guard let to = p.to else {
            if participations[p.cohort]?.removeValue(forKey: p.holder) == nil { anomalies += 1 }
            return
        }
        let change = ParticipationChange(date: p.date, from: p.from, to: to, author: author, reason: p.reason)
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

    /// Moves every reference `p` lists from one holder to the other (a merge, or its undo
    /// with the two swapped). A reference no longer where it was is counted as an anomaly.
    private mutating func moveReferences(_ p: HolderMergePayload, from old: EntityID, to new: EntityID) {
        let merging = old == p.duplicate
        for cohort in p.cohorts {
            guard var part = participations[cohort]?[old], participations[cohort]?[new] == nil else { anomalies += 1; continue }
            participations[cohort]![old] = nil
            part.holder = new
            participations[cohort]![new] = part
        }
        for session in p.sessions {
            guard let mark = marks[session]?[old], marks[session]?[new] == nil else { anomalies += 1; continue }
            marks[session]![old] = nil
            marks[session]![new] = mark
            if mark.mark == .present {
                lookups.presentAt.remove(session, at: old)
                lookups.presentAt.insert(session, at: new)
            }
        }
        for id in p.notes {
            guard var note = notes[id], note.target == .holder(old) else { anomalies += 1; continue }
            note.target = .holder(new)
            notes[id] = note
            lookups.notesByTarget.remove(id, at: old)
            lookups.notesByTarget.insert(id, at: new)
        }
        for id in p.projects {
            guard var project = projects[id], let i = project.holders.firstIndex(of: old) else { anomalies += 1; continue }
            project.holders[i] = new
            projects[id] = project
            lookups.projectsByHolder.remove(id, at: old)
            lookups.projectsByHolder.insert(id, at: new)
        }
        for id in p.sharedProjects {
            guard var project = projects[id] else { anomalies += 1; continue }
            if merging {
                project.holders.removeAll { $0 == old }
                lookups.projectsByHolder.remove(id, at: old)
            } else if !project.holders.contains(new) {
                project.holders.append(new)
                lookups.projectsByHolder.insert(id, at: new)
            }
            projects[id] = project
        }
        for id in p.meetings {
            guard sessions[id]?.details.holder == old else { anomalies += 1; continue }
            sessions[id]!.details.holder = new
        }
    }

    /// Renumbers the template position of the sessions of the programme's cohorts
    /// (`change` gives the new position, nil to unlink).
    private mutating func retemplate(_ programme: EntityID, _ change: (Int) -> Int?) {
        for cohort in cohorts.values where cohort.programme == programme {
            for id in lookups.sessionsByCohort[cohort.id] ?? [] {
                guard let index = sessions[id]?.templateIndex else { continue }
                let new = change(index)
                if new != index { sessions[id]!.templateIndex = new }
            }
        }
    }

    /// Where position `index` goes when the item at `from` moves to `to`.
    static func moved(_ index: Int, from: Int, to: Int) -> Int {
        if index == from { return to }
        if from < to, index > from, index <= to { return index - 1 }
        if to < from, index >= to, index < from { return index + 1 }
        return index
    }

    private static func edit<F: EntityField>(_ p: EditPayload<F>, in table: inout [EntityID: F.Entity], _ anomalies: inout Int) {
        update(p.id, in: &table, &anomalies) { entity in
            for change in p.changes { change.field.set(change.to, in: &entity) }
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

    static func remove<T>(_ id: EntityID, from table: inout [EntityID: T], _ anomalies: inout Int) {
        if table.removeValue(forKey: id) == nil { anomalies += 1 }
    }

    static func update<T>(_ id: EntityID, in table: inout [EntityID: T], _ anomalies: inout Int,
                                  _ change: (inout T) -> Void) {
        guard var value = table[id] else { anomalies += 1; return }
        change(&value)
        table[id] = value
    }
}
