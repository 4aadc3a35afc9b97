import Foundation

extension State {
    /// Erases a person from the state: their personal fields, the projects only they
    /// carry (title, commune, texts), notes about them or those projects, remarks on
    /// their marks, the titles of their individual meetings; and the undo history's
    /// actions about them, so no undo or redo can write their data again. Counts, marks,
    /// stages, statuses and participations stay.
    mutating func applyErasure(_ p: ErasurePayload) {
        // A person of the directory (a facilitator, a referent) has a receipt of the same kind.
        if people[p.holder] != nil, holders[p.holder] == nil, removedHolders[p.holder] == nil {
            guard erasures.holders[p.holder] == nil else { anomalies += 1; return }
            erasures.holders[p.holder] = erasures.holders.count + 1
            erasePerson(p.holder)
            let erased = erasures
            history.forget { entry in entry.events.contains { erased.touches($0.references) && !State.isErasure($0) } }
            return
        }
        guard holders[p.holder] != nil || removedHolders[p.holder] != nil, erasures.holders[p.holder] == nil else {
            anomalies += 1
            return
        }
        erasures.holders[p.holder] = erasures.holders.count + 1
        if let holder = holders[p.holder] { holders[p.holder] = holder.erased }
        if let removed = removedHolders[p.holder] {
            var erased = removed
            erased.holder = removed.holder.erased
            erased.reason = nil
            removedHolders[p.holder] = erased
        }
        for (cohort, byHolder) in participations {
            guard var participation = byHolder[p.holder] else { continue }
            participation.history = participation.history.map { var change = $0; change.reason = nil; return change }
            participations[cohort]?[p.holder] = participation
        }
        if let data = sensitive[p.holder] { erasures.maskedActions.formUnion(data.actions.values.joined()) }
        sensitive[p.holder] = nil
        for project in self.projects(holder: p.holder) where project.holders.allSatisfy({ erasures.holders[$0] != nil }) {
            erasures.projects.insert(project.id)
            projects[project.id] = project.erased
            erasePath(of: project.id)
        }
        for (id, note) in notes where erasures.covers(note: note.target) {
            notes[id]?.text = ""
        }
        for session in Array(marks.keys) {
            if let value = marks[session]?[p.holder] { marks[session]?[p.holder] = value.erased }
        }
        for (id, session) in sessions where session.kind == .individuel && session.holder == p.holder {
            sessions[id]?.details.title = ""
        }
        // Free-text answers and the jury's comments go; scores, choices and decisions stay.
        for (questionnaire, byHolder) in responses {
            if let response = byHolder[p.holder] { responses[questionnaire]?[p.holder] = response.erased }
        }
        for (session, jury) in juries {
            if let evaluation = jury.evaluations[p.holder] { juries[session]?.evaluations[p.holder] = evaluation.erased }
        }
        eraseAdoptedIdeas()
        let erased = erasures
        history.forget { entry in entry.events.contains { erased.touches($0.references) && !State.isErasure($0) } }
        conflictLedger.conflicts = conflictLedger.conflicts.map { conflict in
            guard conflict.subject.holder == p.holder else { return conflict }
            var masked = conflict
            masked.kept = masked.kept.erased
            masked.overwritten = masked.overwritten.erased
            masked.expected = masked.expected.erased
            return masked
        }
    }

    /// A consent given, or withdrawn: a withdrawal erases what was recorded under it, in
    /// the state and (through `Erasures.maskedActions`) in the logs, and from the undo history.
    mutating func applyConsent(_ p: ConsentPayload) {
        guard holders[p.holder] != nil else { anomalies += 1; return }
        var data = sensitive[p.holder] ?? SensitiveData()
        if let given = p.given {
            data.consents[p.scope] = given
        } else {
            data.consents[p.scope] = nil
            let masked = data.actions[p.scope] ?? []
            erasures.maskedActions.formUnion(masked)
            data.actions[p.scope] = nil
            switch p.scope {
            case .obstacles: data.obstacles = []
            case .profile: data.profile = []
            }
            let doomed = Set(masked)
            if !doomed.isEmpty { history.forget { doomed.contains($0.id) } }
        }
        sensitive[p.holder] = data.isEmpty ? nil : data
    }

    mutating func applySensitive(_ p: SensitivePayload) {
        guard holders[p.holder] != nil else { anomalies += 1; return }
        var data = sensitive[p.holder] ?? SensitiveData()
        switch p.scope {
        case .obstacles: data.obstacles = p.values.compactMap(Obstacle.init(rawValue:)).sorted()
        case .profile: data.profile = p.values.compactMap(ProfileTag.init(rawValue:)).sorted()
        }
        if !p.values.isEmpty { data.actions[p.scope, default: []].append(p.action) }
        sensitive[p.holder] = data.isEmpty ? nil : data
    }

    private static func isErasure(_ event: DomainEvent) -> Bool {
        if case .personErased = event { return true }
        return false
    }

    /// Gives erased people, their projects and meetings a neutral label in the reader's
    /// language ("Personne effacée 3"): the state holds empty texts, the interfaces show
    /// these. Run after each fold; cheap (erased people are few).
    public mutating func labelErased(person: (Int) -> String, project: (Int) -> String, meeting: String) {
        for (id, number) in erasures.holders {
            if people[id] != nil { labelErasedPerson(id, person(number)) }
            holders[id]?.name = person(number)
            for (sessionID, session) in sessions where session.kind == .individuel && session.holder == id {
                sessions[sessionID]?.details.title = meeting
            }
        }
        for id in erasures.projects {
            let number = projects[id]?.holders.compactMap { erasures.holders[$0] }.min() ?? 0
            projects[id]?.title = project(number)
        }
        for id in erasures.ideas {
            let number = ideas[id]?.adoption.flatMap { projects[$0.project] }?.holders.compactMap { erasures.holders[$0] }.min() ?? 0
            ideas[id]?.title = project(number)
        }
    }
}

extension ConflictValue {
    /// The value without the free text it may carry (a mark's remark).
    var erased: ConflictValue {
        if case .mark(let value) = self { return .mark(value?.erased) }
        return self
    }
}
