// Ideas before holders (domain.md F15, §2.2 and §3 "Fabrique à initiatives"): a need
// detected on a territory, studied, then a holder searched for; found, the idea becomes
// that holder's project and keeps its own history. An idea is never a holder.

extension Decider {
    /// The commands about ideas and calls for applications.
    mutating func ideasAndCalls(_ command: Command) throws(DomainError) -> Message {
        switch command {
        case .addIdea(let programme, let draft): return try addIdea(programme: programme, draft)
        case .setIdeaStatus(let idea, let status, let reason, let date):
            return try setIdeaStatus(idea: idea, status: status, reason: reason, date: date)
        case .adoptIdea(let idea, let holder, let stage, let note, let date):
            return try adoptIdea(idea: idea, holder: holder, stage: stage, note: note, date: date)
        case .adoptIdeaByNewHolder(let idea, let draft, let stage, let note, let date):
            return try adoptIdeaByNewHolder(idea: idea, draft, stage: stage, note: note, date: date)
        case .addCall(let programme, let draft): return try addCall(programme: programme, draft)
        case .applyToCall(let call, let holder, let date): return try applyToCall(call: call, holder: holder, date: date)
        case .checkApplication(let call, let holder, let met, let unmet, let unchecked):
            return try checkApplication(call: call, holder: holder, met: met, unmet: unmet, unchecked: unchecked)
        case .removeApplication(let call, let holder): return try removeApplication(call: call, holder: holder)
        default: throw .nothingChanged
        }
    }

    /// A new idea of a programme: a title unique among the programme's ideas; where the
    /// need came from, the need, the commune, all optional; detected today or on `date`.
    mutating func addIdea(programme reference: String, _ draft: IdeaDraft) throws(DomainError) -> Message {
        let programme = try resolver.programme(reference)
        let title = try name(draft.title, .ideaTitle, .idea)
        if let taken = state.ideas(programme: programme.id).first(where: { NameKey.of($0.title) == NameKey.of(title) }) {
            throw .idea(.titleTaken(title: taken.title, programme: programme.name))
        }
        let source = try optional(draft.source, .source)
        let need = try optional(draft.need, .need)
        let commune = try optional(draft.commune, .commune)
        let detected = try day(draft.date, .ideaDetected, what: title)
        let idea = Idea(id: context.newID(), programme: programme.id, title: title, source: source, need: need,
                        commune: commune, detected: detected)
        events.append(.ideaAdded(EntityPayload(action: action, entity: idea)))
        return .idea(.added(title: title, programme: programme.name))
    }

    /// Moves an idea to another status (back as well as forward), with why. "porteur
    /// identifié" is reached by adopting the idea; an adopted idea is a project now.
    mutating func setIdeaStatus(idea reference: String, status: IdeaStatus, reason text: String?,
                                date: Day?) throws(DomainError) -> Message {
        let idea = try resolver.idea(reference)
        try refuseAdopted(idea)
        guard status != .porteurIdentifie else { throw .idea(.statusSetByAdoption(idea: idea.title)) }
        guard status != idea.status else { throw .idea(.alreadyInStatus(idea: idea.title, status: status)) }
        let why = try reason(text)
        let moved = try day(date, .ideaStatus, what: idea.title, recorded: idea.detected, last: idea.history.last?.date)
        events.append(.ideaStatusChanged(IdeaStatusPayload(action: action, idea: idea.id, from: idea.status, to: status,
                                                           date: moved, reason: why)))
        return .idea(.statusChanged(title: idea.title, from: idea.status, to: status))
    }

    /// The idea becomes the holder's project, in one action: a project with the idea's
    /// title and commune, carried by the holder, at `stage` (by default `etude` when the
    /// idea went through the opportunity study, `idee` otherwise); the idea is then
    /// "porteur identifié", linked to them, its history kept.
    mutating func adoptIdea(idea reference: String, holder h: String, stage: Stage?, note text: String?,
                            date: Day?) throws(DomainError) -> Message {
        try adopt(try resolver.idea(reference), by: try resolver.holder(h), stage: stage, note: text, date: date)
    }

    /// The holder found at last (`draft`), recorded and adopting the idea in the same
    /// action: a refused adoption records no holder, and undo takes both back. The holder
    /// is recorded on the adoption's day unless the draft gives another.
    mutating func adoptIdeaByNewHolder(idea reference: String, _ draft: HolderDraft, stage: Stage?, note text: String?,
                                       date: Day?) throws(DomainError) -> Message {
        let idea = try resolver.idea(reference)
        var draft = draft
        if draft.date == nil { draft.date = date }
        let added = try addHolder(draft)
        guard case .holderAdded(let payload)? = events.last(where: { if case .holderAdded = $0 { true } else { false } }) else {
            throw .nothingChanged
        }
        return .both(added, try adopt(idea, by: payload.entity, stage: stage, note: text, date: date))
    }

    private mutating func adopt(_ idea: Idea, by holder: Holder, stage: Stage?, note text: String?,
                                date: Day?) throws(DomainError) -> Message {
        try refuseAdopted(idea)
        guard idea.status != .ecartee else { throw .idea(.setAside(idea: idea.title)) }
        let note = try optional(text, .note)
        let adopted = try day(date, .adoption, what: idea.title, recorded: idea.detected, last: idea.history.last?.date)
        if let created = holder.created, adopted < created {
            throw .dateBeforeRecorded(.adoption, what: holder.name, date: adopted, recorded: created)
        }
        let stage = stage ?? (idea.wasStudied(by: nil) ? .etude : .idee)
        let project = Project(id: context.newID(), holders: [holder.id], title: idea.title, commune: idea.commune,
                              stage: stage, created: adopted)
        events.append(.projectCreated(EntityPayload(action: action, entity: project)))
        events.append(.ideaAdopted(IdeaAdoptionPayload(action: action, idea: idea.id, holder: holder.id, project: project.id,
                                                       from: idea.status, date: adopted, note: note)))
        return .idea(.adopted(title: idea.title, holder: holder.name, stage: stage))
    }

    private func refuseAdopted(_ idea: Idea) throws(DomainError) {
        guard let adoption = idea.adoption else { return }
        let names = Names(state: state)
        throw .idea(.alreadyAdopted(idea: idea.title, holder: names.holder(adoption.holder), project: names.project(adoption.project)))
    }

    // MARK: A holder's ideas and applications, when they are removed or merged

    /// The ideas a holder adopted and their applications are history: removing the holder
    /// is refused while there are some, unless `withHistory`, which takes each adoption
    /// back (the idea returns to where it was, for another holder) and each application away.
    mutating func leaveIdeasAndCalls(_ holder: Holder, withHistory: Bool) throws(DomainError) {
        let adopted = state.ideasAdopted(by: holder.id), applied = state.applications(holder: holder.id)
        guard !adopted.isEmpty || !applied.isEmpty else { return }
        guard withHistory else {
            throw .idea(.holderHasIdeas(holder: holder.name, adopted: adopted.count, applications: applied.count))
        }
        for idea in adopted {
            guard let adoption = idea.adoption else { continue }
            let entry = idea.history.last { $0.to == .porteurIdentifie }
            events.append(.ideaUnadopted(IdeaAdoptionPayload(action: action, idea: idea.id, holder: holder.id,
                                                             project: adoption.project, from: entry?.from ?? .recherchePorteur,
                                                             date: adoption.date, note: entry?.reason)))
        }
        for (call, application) in applied {
            events.append(.applicationRemoved(ApplicationPayload(action: action, call: call.id, holder: holder.id,
                                                                 application: nil, previous: application)))
        }
    }

    /// A duplicate who adopted ideas or applied to calls is not merged away: which to keep
    /// is the facilitator's call.
    func refuseMergingIdeasAndCalls(_ duplicate: Holder) throws(DomainError) {
        let adopted = state.ideasAdopted(by: duplicate.id).count, applied = state.applications(holder: duplicate.id).count
        guard adopted == 0, applied == 0 else {
            throw .idea(.holderHasIdeas(holder: duplicate.name, adopted: adopted, applications: applied))
        }
    }
}
