extension Decider {
    /// Takes back the author's last action not yet undone, with compensating events.
    mutating func undo(author: String) throws(DomainError) -> Message {
        guard let entry = state.history.lastUndoable(by: author) else { throw .nothingToUndo(author: author) }
        if entry.events.contains(where: {
            if case .personErased = $0 { return true }
            if case .consentChanged(let p) = $0, p.withdrawn != nil { return true }
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
            default: break
            }
        }
    }

    /// Refuses to remove something that later actions (not taken back with it) still use:
    /// a holder with participations, a session with marks, a cohort with sessions…
    private func checkNothingDependsOn(_ compensation: [DomainEvent]) throws(DomainError) {
        var removed = Set<EntityID>()
        var clearedMarks = Set<String>()
        var removedParticipations = Set<String>()
        var removedPartners = Set<String>()
        for event in compensation {
            switch event {
            case .organisationRemoved(let p): removed.insert(p.entity.id)
            case .programmeRemoved(let p): removed.insert(p.entity.id)
            case .cohortRemoved(let p): removed.insert(p.entity.id)
            case .holderRemoved(let p): removed.insert(p.entity.id)
            case .projectRemoved(let p): removed.insert(p.entity.id)
            case .sessionRemoved(let p): removed.insert(p.entity.id)
            case .attendanceCleared(let p): clearedMarks.insert(p.session + "/" + p.holder)
            case .participationChanged(let p) where p.to == nil: removedParticipations.insert(p.cohort + "/" + p.holder)
            case .partnerRemoved(let p): removedPartners.insert(p.programme + "/" + p.partner.organisation)
            default: break
            }
        }
        guard !removed.isEmpty else { return }
        let names = Names(state: state)
        for id in removed {
            if let session = state.sessions[id],
               (state.marks[id] ?? [:]).keys.contains(where: { !clearedMarks.contains(id + "/" + $0) }) {
                throw .undoBlocked(what: session.title)
            }
            if let cohort = state.cohorts[id] {
                let live = state.sessions(cohort: id).contains { !removed.contains($0.id) }
                    || (state.participations[id] ?? [:]).keys.contains { !removedParticipations.contains(id + "/" + $0) }
                if live { throw .undoBlocked(what: cohort.name) }
            }
            if state.holders[id] != nil {
                let live = state.participations.contains { cohort, byHolder in
                    byHolder[id] != nil && !removedParticipations.contains(cohort + "/" + id)
                } || state.projects.values.contains { $0.holders.contains(id) && !removed.contains($0.id) }
                if live { throw .undoBlocked(what: names.holder(id)) }
            }
            if let programme = state.programmes[id], state.cohorts.values.contains(where: { $0.programme == id && !removed.contains($0.id) }) {
                throw .undoBlocked(what: programme.name)
            }
            if let organisation = state.organisations[id] {
                let used = state.programmes.values.contains { p in
                    !removed.contains(p.id) && (p.operators.contains(id) || p.partners.contains {
                        $0.organisation == id && !removedPartners.contains(p.id + "/" + id)
                    })
                } || state.holders.values.contains { !removed.contains($0.id) && $0.referredBy == id }
                  || state.sessions.values.contains { !removed.contains($0.id) && $0.facilitators.contains(id) }
                if used { throw .undoBlocked(what: organisation.name) }
            }
        }
    }
}
