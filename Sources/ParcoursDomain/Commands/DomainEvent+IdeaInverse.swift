extension DomainEvent {
    /// The event that takes back an idea's or a call's event (see `inverse`).
    func ideaOrCallInverse(action: String, in state: State) -> DomainEvent? {
        switch self {
        case .ideaAdded(let p): return .ideaRemoved(EntityPayload(action: action, entity: state.ideas[p.entity.id] ?? p.entity))
        case .ideaRemoved(let p): return .ideaAdded(EntityPayload(action: action, entity: p.entity))
        case .ideaStatusChanged(let p):
            return .ideaStatusChanged(IdeaStatusPayload(action: action, idea: p.idea, from: p.to, to: p.from, date: p.date,
                                                        reason: p.reason, revert: !p.revert))
        case .ideaAdopted(var p): p.action = action; return .ideaUnadopted(p)
        case .ideaUnadopted(var p): p.action = action; return .ideaAdopted(p)
        case .callAdded(let p): return .callRemoved(EntityPayload(action: action, entity: state.calls[p.entity.id] ?? p.entity))
        case .callRemoved(let p): return .callAdded(EntityPayload(action: action, entity: p.entity))
        case .callApplied(let p), .callChecked(let p), .applicationRemoved(let p):
            let back = ApplicationPayload(action: action, call: p.call, holder: p.holder, application: p.previous,
                                          previous: p.application)
            if back.application == nil { return .applicationRemoved(back) }
            return back.previous == nil ? .callApplied(back) : .callChecked(back)
        default: return nil
        }
    }
}

extension Decider {
    /// Refuses to take back an idea's or a call's event over a change made since.
    func ideaOrCallUnchanged(_ event: DomainEvent) throws(DomainError) {
        let names = Names(state: state)
        switch event {
        case .ideaStatusChanged(let p):
            guard let idea = state.ideas[p.idea], idea.status == p.from, idea.adoption == nil else {
                throw .undoConflict(what: names.idea(p.idea))
            }
        case .ideaAdopted(let p):
            // Adopting again (a redo, or undoing a removal): the idea is where it was left.
            guard let idea = state.ideas[p.idea], idea.adoption == nil, idea.status == p.from else {
                throw .undoConflict(what: names.idea(p.idea))
            }
        case .ideaUnadopted(let p):
            guard state.ideas[p.idea]?.adoption?.project == p.project else { throw .undoConflict(what: names.idea(p.idea)) }
        case .callApplied(let p), .callChecked(let p), .applicationRemoved(let p):
            if state.application(call: p.call, holder: p.holder) != p.previous {
                throw .undoConflict(what: "\(names.holder(p.holder)) / \(names.call(p.call))")
            }
        default: break
        }
    }

    /// Refuses to remove what ideas and calls still hold on to: an adopted idea (unless
    /// its adoption is taken back with it), a call with applications, a programme with
    /// ideas or calls, a cohort a call recruits for, a holder who adopted an idea or
    /// applied, the project an adopted idea became.
    func nothingOfIdeasOrCallsDependsOn(_ compensation: [DomainEvent], removed: Set<EntityID>) throws(DomainError) {
        var removedIdeas = Set<EntityID>(), removedCalls = Set<EntityID>(), unadopted = Set<EntityID>()
        var removedApplications = Set<String>()
        for event in compensation {
            switch event {
            case .ideaRemoved(let p): removedIdeas.insert(p.entity.id)
            case .callRemoved(let p): removedCalls.insert(p.entity.id)
            case .ideaUnadopted(let p): unadopted.insert(p.idea)
            case .applicationRemoved(let p): removedApplications.insert(p.call + "/" + p.holder)
            default: break
            }
        }
        let names = Names(state: state)
        for id in removedIdeas where state.ideas[id]?.adoption != nil && !unadopted.contains(id) {
            throw .undoBlocked(what: names.idea(id))
        }
        for id in removedCalls where (state.applications[id] ?? [:]).keys.contains(where: { !removedApplications.contains(id + "/" + $0) }) {
            throw .undoBlocked(what: names.call(id))
        }
        for id in removed {
            if state.programmes[id] != nil,
               state.ideas.values.contains(where: { $0.programme == id && !removedIdeas.contains($0.id) })
                || state.calls.values.contains(where: { $0.programme == id && !removedCalls.contains($0.id) }) {
                throw .undoBlocked(what: names.programme(id))
            }
            if state.cohorts[id] != nil, state.calls.values.contains(where: { $0.cohort == id && !removedCalls.contains($0.id) }) {
                throw .undoBlocked(what: names.cohort(id))
            }
            if state.holders[id] != nil,
               state.ideas.values.contains(where: { $0.adoption?.holder == id && !unadopted.contains($0.id) })
                || state.applications.contains(where: { call, byHolder in byHolder[id] != nil && !removedApplications.contains(call + "/" + id) }) {
                throw .undoBlocked(what: names.holder(id))
            }
            if state.projects[id] != nil, let idea = state.idea(ofProject: id), !unadopted.contains(idea.id) {
                throw .undoBlocked(what: names.project(id))
            }
        }
    }
}

extension Names {
    func idea(_ id: EntityID) -> String { state.ideas[id]?.title ?? id }
    func call(_ id: EntityID) -> String { state.calls[id]?.title ?? id }
}
