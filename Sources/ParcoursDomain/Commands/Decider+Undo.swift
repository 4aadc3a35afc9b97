extension Decider {
    /// Takes back the author's last action not yet undone, with compensating events.
    mutating func undo(author: String) throws(DomainError) -> Message {
        guard let entry = state.history.lastUndoable(by: author) else { throw .nothingToUndo(author: author) }
        if entry.events.contains(where: {
            if case .personErased = $0 { return true }
            if case .consentChanged(let p) = $0, p.withdrawn != nil { return true }
            if case .contactErased = $0 { return true }
            return false
        }) {
            throw .erasureCannotBeUndone
        }
        let compensation = entry.events.reversed().compactMap { $0.inverse(action: action, in: state) }
        try checkUnchangedSince(compensation)
        try checkNothingDependsOn(compensation)
        events.append(.actionUndone(UndoPayload(action: action, target: entry.id)))
        events.append(contentsOf: compensation)
        return .undid(lines(entry.events))
    }

    /// Puts back the author's last undone action, by taking back its undo.
    mutating func redo(author: String) throws(DomainError) -> Message {
        guard let entry = state.history.lastRedoable(by: author),
              let undoID = state.history.undoneBy[entry.id],
              let undo = state.history.entries[undoID] else { throw .nothingToRedo(author: author) }
        let compensation = undo.events.reversed().compactMap { $0.inverse(action: action, in: state) }
        try checkUnchangedSince(compensation)
        try checkNothingDependsOn(compensation)
        events.append(.actionRedone(UndoPayload(action: action, target: entry.id)))
        events.append(contentsOf: compensation)
        return .redid(lines(entry.events))
    }

    /// Both languages, captured now while the names still exist.
    private func lines(_ events: [DomainEvent]) -> [LocalizedText] {
        let fr = Catalog.summaryLines(events, in: state, language: .fr)
        let en = Catalog.summaryLines(events, in: state, language: .en)
        return zip(fr, en).map { LocalizedText(fr: $0, en: $1) }
    }

    /// Refuses to overwrite a value someone changed after the action: each compensating
    /// event starts from the value the action left, which must still be there.
    private func checkUnchangedSince(_ compensation: [DomainEvent]) throws(DomainError) {
        let names = Names(state: state)
        for event in compensation {
            switch event {
            case .cohortStatusChanged(let p) where state.cohorts[p.cohort]?.status != p.from:
                throw .undoConflict(what: names.cohort(p.cohort))
            case .participationChanged(let p) where state.participation(holder: p.holder, cohort: p.cohort)?.status != p.from:
                throw .undoConflict(what: names.holder(p.holder))
            case .sessionUpdated(let p) where state.sessions[p.session]?.details != p.before:
                throw .undoConflict(what: names.session(p.session))
            case .sessionHeld(let p), .sessionCancelled(let p), .sessionReopened(let p):
                if state.sessions[p.session]?.status != p.from { throw .undoConflict(what: names.session(p.session)) }
            case .attendanceMarked(let p), .attendanceCleared(let p):
                if state.mark(session: p.session, holder: p.holder) != p.previous {
                    throw .undoConflict(what: "\(names.holder(p.holder)) / \(names.session(p.session))")
                }
            case .stageChanged(let p) where state.projects[p.project]?.stage != p.from:
                throw .undoConflict(what: names.project(p.project))
            case .statusChanged(let p) where state.projects[p.project]?.status != p.from:
                throw .undoConflict(what: names.project(p.project))
            case .holderEdited(let p) where !Self.holds(p, state.holders[p.id]):
                throw .undoConflict(what: names.holder(p.id))
            case .projectEdited(let p) where !Self.holds(p, state.projects[p.id]):
                throw .undoConflict(what: names.project(p.id))
            case .programmeEdited(let p) where !Self.holds(p, state.programmes[p.id]):
                throw .undoConflict(what: names.programme(p.id))
            case .cohortEdited(let p) where !Self.holds(p, state.cohorts[p.id]):
                throw .undoConflict(what: names.cohort(p.id))
            case .organisationEdited(let p) where !Self.holds(p, state.organisations[p.id]):
                throw .undoConflict(what: names.organisation(p.id))
            case .workshopEdited(let p):
                guard let template = state.programmes[p.programme]?.template, template.indices.contains(p.index),
                      template[p.index] == p.before else { throw .undoConflict(what: names.programme(p.programme)) }
            case .holderMerged(let p) where !stillFits(p, from: p.duplicate, to: p.keep):
                throw .undoConflict(what: names.holder(p.duplicate))
            case .holderUnmerged(let p) where !stillFits(p, from: p.keep, to: p.duplicate):
                throw .undoConflict(what: names.holder(p.keep))
            case .holderRemoved(let p) where state.holders[p.entity.id] == nil:
                throw .undoConflict(what: names.holder(p.entity.id))
            case .followUpPlanned(let p) where (state.followUpPlans[p.programme] ?? []) != p.previous:
                throw .undoConflict(what: names.programme(p.programme))
            case .followUpRecorded(let p), .followUpRemoved(let p):
                if state.followUps[p.project]?.first(where: { $0.wave == p.wave }) != p.previous {
                    throw .undoConflict(what: names.project(p.project))
                }
            case .milestoneReached(let p), .milestoneCleared(let p):
                if state.milestones[p.project]?[p.milestone] != p.previous { throw .undoConflict(what: names.project(p.project)) }
            case .needResolved(let p) where state.needs[p.need].map({ !$0.isOpen }) ?? true:
                throw .undoConflict(what: names.project(p.project))
            case .needReopened(let p) where state.needs[p.need]?.resolved != p.date:
                throw .undoConflict(what: names.project(p.project))
            case .legalFormChanged(let p) where state.projects[p.project]?.legalForm != p.from:
                throw .undoConflict(what: names.project(p.project))
            case .fundingSet(let p) where state.funding[p.target] != p.previous:
                throw .undoConflict(what: names.programme(p.target) == p.target ? names.cohort(p.target) : names.programme(p.target))
            case .questionnaireAnswered(let p), .answersCleared(let p):
                if state.response(questionnaire: p.questionnaire, holder: p.holder) != p.previous {
                    throw .undoConflict(what: "\(names.holder(p.holder)) / \(state.questionnaires[p.questionnaire]?.title ?? p.questionnaire)")
                }
            case .juryEvaluated(let p), .juryEvaluationCleared(let p):
                if state.juries[p.session]?.evaluations[p.holder] != p.previous {
                    throw .undoConflict(what: "\(names.holder(p.holder)) / \(names.session(p.session))")
                }
            case .openEventUpdated, .openEventCancelled, .openEventReopened, .headcountRecorded, .headcountCleared:
                try checkOpenEventUnchanged(event)
            case .personEdited(let p) where !Self.holds(p, state.people[p.id]):
                throw .undoConflict(what: state.personName(p.id))
            case .venueEdited(let p) where !Self.holds(p, state.venues[p.id]):
                throw .undoConflict(what: state.venues[p.id]?.name ?? p.id)
            default: try ideaOrCallUnchanged(event)
            }
        }
    }

    /// Whether every field an edit starts from still holds the value it expects.
    private static func holds<F: EntityField>(_ edit: EditPayload<F>, _ entity: F.Entity?) -> Bool {
        guard let entity else { return false }
        return edit.changes.allSatisfy { $0.field.value(in: entity) == $0.from }
    }

    /// Whether every reference a merge (or its undo) moves is still where it was, and its
    /// place on the other side still free.
    private func stillFits(_ p: HolderMergePayload, from old: EntityID, to new: EntityID) -> Bool {
        (state.holders[old] != nil || state.removedHolders[old] != nil)
            && p.cohorts.allSatisfy { state.participation(holder: old, cohort: $0) != nil && state.participation(holder: new, cohort: $0) == nil }
            && p.sessions.allSatisfy { state.mark(session: $0, holder: old) != nil && state.mark(session: $0, holder: new) == nil }
            && p.notes.allSatisfy { state.notes[$0]?.target == .holder(old) }
            && p.projects.allSatisfy { state.projects[$0]?.holders.contains(old) == true }
            && p.meetings.allSatisfy { state.sessions[$0]?.holder == old }
    }

    /// Refuses to remove something that later actions (not taken back with it) still use:
    /// a holder with participations, a session with marks, a cohort with sessions…
    private func checkNothingDependsOn(_ compensation: [DomainEvent]) throws(DomainError) {
        var removed = Set<EntityID>()
        var clearedMarks = Set<String>()
        var removedParticipations = Set<String>()
        var removedPartners = Set<String>()
        var removedNotes = Set<EntityID>()
        var leftProjects = Set<String>()
        // A merge in the same compensation moves the duplicate's references (`stillFits`).
        var mergedAway = Set<EntityID>()
        var reedited = Set<EntityID>()
        // What the follow-up, path and money events of the same compensation take away.
        var removedRecords = Set<String>(), removedNeeds = Set<EntityID>(), clearedMilestones = Set<String>()
        var removedMilestones: [CustomMilestone] = []
        var unplanned = Set<EntityID>()
        var fundingAfter: [EntityID: Funding?] = [:]
        var clearedAnswers = Set<String>()
        var clearedEvaluations = Set<String>()
        var removedMembers = Set<EntityID>()
        for event in compensation {
            switch event {
            case .questionnaireRemoved(let p): removed.insert(p.entity.id)
            case .answersCleared(let p): clearedAnswers.insert(p.questionnaire + "/" + p.holder)
            case .juryEvaluationCleared(let p): clearedEvaluations.insert(p.session + "/" + p.holder)
            // A replaced evaluation no longer names the destination it had.
            case .juryEvaluated(let p): clearedEvaluations.insert(p.session + "/" + p.holder)
            case .juryMemberRemoved(let p): if let o = p.member.organisation { removedMembers.insert(o) }
            case .organisationRemoved(let p): removed.insert(p.entity.id)
            case .programmeRemoved(let p): removed.insert(p.entity.id)
            case .cohortRemoved(let p): removed.insert(p.entity.id)
            case .holderRemoved(let p): removed.insert(p.entity.id)
            case .holderDiscarded(let p): removed.insert(p.holder.id)
            case .noteRemoved(let p): removedNotes.insert(p.entity.id)
            case .projectHolderRemoved(let p): leftProjects.insert(p.project + "/" + p.holder)
            case .holderMerged(let p): mergedAway.insert(p.duplicate)
            // An edit in the same compensation that changes a reference frees what it named.
            case .holderEdited(let p) where p.changes.contains { $0.field == .referredBy }: reedited.insert(p.id)
            case .programmeEdited(let p) where p.changes.contains { $0.field == .operators }: reedited.insert(p.id)
            case .participationRemoved(let p):
                removedParticipations.insert(p.participation.cohort + "/" + p.participation.holder)
            case .projectRemoved(let p): removed.insert(p.entity.id)
            case .sessionRemoved(let p): removed.insert(p.entity.id)
            case .attendanceCleared(let p): clearedMarks.insert(p.session + "/" + p.holder)
            case .participationChanged(let p) where p.to == nil: removedParticipations.insert(p.cohort + "/" + p.holder)
            case .partnerRemoved(let p): removedPartners.insert(p.programme + "/" + p.partner.organisation)
            case .openEventRemoved(let p): removed.insert(p.entity.id)
            case .followUpRemoved(let p): removedRecords.insert(p.project + "/\(p.wave)")
            case .needRemoved(let p): removedNeeds.insert(p.entity.id)
            case .milestoneCleared(let p): clearedMilestones.insert(p.project + "/" + p.milestone)
            case .programmeMilestoneRemoved(let p): removedMilestones.append(p.milestone)
            case .followUpPlanned(let p) where p.waves.isEmpty: unplanned.insert(p.programme)
            case .fundingSet(let p): fundingAfter[p.target] = .some(p.funding)
            default: break
            }
        }
        try nothingOfIdeasOrCallsDependsOn(compensation, removed: removed)
        // A programme's own milestone some project reached (and keeps) is still in use.
        for milestone in removedMilestones {
            let used = state.milestones.contains { project, reached in
                reached[milestone.id] != nil && !clearedMilestones.contains(project + "/" + milestone.id)
            }
            if used { throw .undoBlocked(what: milestone.title) }
        }
        try checkDirectoryUnused(compensation)
        guard !removed.isEmpty else { return }
        try checkOpenEventsFree(removed, compensation)
        let names = Names(state: state)
        for id in removed {
            // Answers, a jury's evaluations or members hold on to what they are about.
            if let questionnaire = state.questionnaires[id],
               (state.responses[id] ?? [:]).keys.contains(where: { !clearedAnswers.contains(id + "/" + $0) }) {
                throw .undoBlocked(what: questionnaire.title)
            }
            if let session = state.sessions[id], let jury = state.juries[id],
               !jury.members.isEmpty || jury.evaluations.keys.contains(where: { !clearedEvaluations.contains(id + "/" + $0) }) {
                throw .undoBlocked(what: session.title)
            }
            if let holder = state.holders[id],
               state.responses.contains(where: { q, byHolder in byHolder[id] != nil && !clearedAnswers.contains(q + "/" + id) })
                || state.juries.contains(where: { s, jury in jury.evaluations[id] != nil && !clearedEvaluations.contains(s + "/" + id) }) {
                throw .undoBlocked(what: holder.name)
            }
            if let programme = state.programmes[id],
               state.questionnaires.values.contains(where: { $0.programme == id && !removed.contains($0.id) }) {
                throw .undoBlocked(what: programme.name)
            }
            if let organisation = state.organisations[id],
               state.juries.contains(where: { session, jury in
                   jury.members.contains { $0.organisation == id } && !removedMembers.contains(id)
                       || jury.evaluations.contains { $0.value.destination == id && !clearedEvaluations.contains(session + "/" + $0.key) }
               }) {
                throw .undoBlocked(what: organisation.name)
            }
            if let session = state.sessions[id],
               (state.marks[id] ?? [:]).keys.contains(where: { !clearedMarks.contains(id + "/" + $0) }) {
                throw .undoBlocked(what: session.title)
            }
            if let cohort = state.cohorts[id] {
                let live = state.sessions(cohort: id).contains { !removed.contains($0.id) }
                    || (state.participations[id] ?? [:]).keys.contains { !removedParticipations.contains(id + "/" + $0) }
                if live { throw .undoBlocked(what: cohort.name) }
            }
            if state.holders[id] != nil, !mergedAway.contains(id) {
                let live = state.participations.contains { cohort, byHolder in
                    byHolder[id] != nil && !removedParticipations.contains(cohort + "/" + id)
                } || state.projects.values.contains {
                    $0.holders.contains(id) && !removed.contains($0.id) && !leftProjects.contains($0.id + "/" + id)
                }
                    || state.marks.contains { session, byHolder in byHolder[id] != nil && !clearedMarks.contains(session + "/" + id) }
                    || state.notes(about: .holder(id)).contains { !removedNotes.contains($0.id) }
                    || state.sessions.values.contains { $0.holder == id && !removed.contains($0.id) }
                if live { throw .undoBlocked(what: names.holder(id)) }
            }
            if let programme = state.programmes[id], state.cohorts.values.contains(where: { $0.programme == id && !removed.contains($0.id) }) {
                throw .undoBlocked(what: programme.name)
            }
            // What was recorded about a project, and a programme's or cohort's plan and money.
            if let project = state.projects[id] {
                let live = (state.followUps[id] ?? []).contains { !removedRecords.contains(id + "/\($0.wave)") }
                    || (state.milestones[id] ?? [:]).keys.contains { !clearedMilestones.contains(id + "/" + $0) }
                    || state.needs.values.contains { $0.project == id && !removedNeeds.contains($0.id) }
                if live { throw .undoBlocked(what: project.title) }
            }
            if state.followUpPlans[id] != nil, !unplanned.contains(id) { throw .undoBlocked(what: names.programme(id)) }
            if state.programmeMilestones[id] != nil,
               state.programmeMilestones[id]!.contains(where: { m in !removedMilestones.contains { $0.id == m.id } }) {
                throw .undoBlocked(what: names.programme(id))
            }
            if (fundingAfter[id] ?? state.funding[id]) != nil {
                throw .undoBlocked(what: state.cohorts[id]?.name ?? names.programme(id))
            }
            if let organisation = state.organisations[id] {
                let used = state.programmes.values.contains { p in
                    !removed.contains(p.id) && ((p.operators.contains(id) && !reedited.contains(p.id)) || p.partners.contains {
                        $0.organisation == id && !removedPartners.contains(p.id + "/" + id)
                    })
                } || state.holders.values.contains { !removed.contains($0.id) && $0.referredBy == id && !reedited.contains($0.id) }
                  || state.sessions.values.contains { !removed.contains($0.id) && $0.facilitators.contains(id) }
                  || Set(state.funding.keys).union(fundingAfter.keys).contains { target in
                      !removed.contains(target)
                          && ((fundingAfter[target] ?? state.funding[target])?.funders.contains { $0.organisation == id } ?? false)
                  }
                if used { throw .undoBlocked(what: organisation.name) }
            }
        }
    }
}
