extension Decider {
    mutating func addHolder(_ draft: HolderDraft) throws(DomainError) -> Message {
        let wanted = try name(draft.name, .holderName, .holder)
        let commune = try self.commune(draft.commune), email = try optional(draft.email, .email)
        let phone = try optional(draft.phone, .phone), tags = try list(draft.tags, .tag)
        let sectors = try list(draft.sectors, .sector)
        if draft.cohort != nil, draft.participation == .transfere { throw .transferredOnlyByTransfer }
        let wantedTitle = try draft.projectTitle.map { title throws(DomainError) in try name(title, .projectTitle, .project) }
        let cohort = try draft.cohort.map { reference throws(DomainError) in try resolver.cohort(reference) }
        var referredBy: EntityID?
        if let by = try optional(draft.referredByName, .organisationName) {
            referredBy = try organisation(named: by, kind: .prescriber).id
        }
        let created = try day(draft.date, .holderRecorded, what: wanted)
        let holder = Holder(id: context.newID(), name: wanted, kind: draft.kind, commune: commune?.name,
                            email: email, phone: phone, tags: tags, referredBy: referredBy, created: created,
                            communeCode: commune?.code)
        events.append(.holderAdded(EntityPayload(action: action, entity: holder)))
        var projectTitle: String?
        var projects: [Project] = []
        if let wantedTitle {
            let project = Project(id: context.newID(), holders: [holder.id], title: wantedTitle,
                                  sectors: sectors, commune: holder.commune, stage: draft.stage ?? .idee,
                                  created: created, communeCode: holder.communeCode)
            events.append(.projectCreated(EntityPayload(action: action, entity: project)))
            projectTitle = wantedTitle
            projects = [project]
        }
        let added = Message.holderAdded(name: wanted, project: projectTitle)
        guard let cohort else { return added }
        return .both(added, enrol(holder, in: cohort, status: draft.participation, projects: projects, date: created))
    }

    mutating func addHolderToProject(holder h: String, project p: String) throws(DomainError) -> Message {
        let holder = try resolver.holder(h)
        let project = try resolver.project(p)
        guard !project.holders.contains(holder.id) else {
            throw .alreadyHolderOfProject(holder: holder.name, project: project.title)
        }
        events.append(.projectHolderAdded(ProjectHolderPayload(action: action, project: project.id, holder: holder.id)))
        return .holderJoinedProject(holder: holder.name, project: project.title)
    }

    mutating func enrol(holder h: String, cohort c: String, status: ParticipationStatus,
                        date: Day?) throws(DomainError) -> Message {
        let holder = try resolver.holder(h)
        let cohort = try resolver.cohort(c)
        if let existing = state.participation(holder: holder.id, cohort: cohort.id) {
            throw .alreadyEnrolled(holder: holder.name, cohort: cohort.name, status: existing.status)
        }
        if status == .transfere { throw .transferredOnlyByTransfer }
        let entered = try day(date, .enrolment, what: holder.name, recorded: holder.created)
        return enrol(holder, in: cohort, status: status, projects: state.projects(holder: holder.id), date: entered)
    }

    /// Enrols a holder not yet in the cohort (`projects`: theirs, to warn about stages
    /// outside the programme's targets). Returns the summary, and counts the individual
    /// meetings planned from the template in `meetings`.
    mutating func enrol(_ holder: Holder, in cohort: Cohort, status: ParticipationStatus,
                        projects: [Project], date: Day, reason: String? = nil) -> Message {
        if status.isTakingPart { checkCapacity(cohort, adding: holder.id) }
        if let programme = state.programmes[cohort.programme], !programme.targetStages.isEmpty {
            for project in projects where !programme.targetStages.contains(project.stage) {
                warnings.append(.stageOutsideTargets(project: project.title, stage: project.stage, programme: programme.name))
            }
        }
        events.append(.participationChanged(ParticipationPayload(action: action, holder: holder.id, cohort: cohort.id,
                                                                 from: nil, to: status, date: date, reason: reason,
                                                                 revert: false)))
        var meetings = 0
        if status.isTakingPart, followsTemplate(cohort), let programme = state.programmes[cohort.programme] {
            meetings = scheduleIndividualMeetings(for: holder, in: cohort, programme: programme)
        }
        return .enrolled(holder: holder.name, cohort: cohort.name, status: status, meetings: meetings)
    }

    mutating func setParticipation(holder h: String, cohort c: String, status: ParticipationStatus,
                                   date: Day?, reason text: String?) throws(DomainError) -> Message {
        let holder = try resolver.holder(h)
        let cohort = try resolver.cohort(c)
        guard let existing = state.participation(holder: holder.id, cohort: cohort.id) else {
            throw .notEnrolled(holder: holder.name, cohort: cohort.name)
        }
        guard existing.status.canMove(to: status) else { throw .invalidTransition(from: existing.status, to: status) }
        let why = try reason(text)
        let moved = try day(date, .participationChange, what: holder.name, recorded: holder.created,
                            last: existing.history.last?.date)
        if status.isTakingPart, !existing.status.isTakingPart { checkCapacity(cohort, adding: holder.id) }
        events.append(.participationChanged(ParticipationPayload(action: action, holder: holder.id, cohort: cohort.id,
                                                                 from: existing.status, to: status,
                                                                 date: moved, reason: why, revert: false)))
        var meetings = 0
        if status.isTakingPart, !existing.status.isTakingPart, followsTemplate(cohort),
           let programme = state.programmes[cohort.programme] {
            meetings = scheduleIndividualMeetings(for: holder, in: cohort, programme: programme)
        }
        return .participationChanged(holder: holder.name, cohort: cohort.name, from: existing.status, to: status,
                                     meetings: meetings)
    }

    mutating func addNote(target reference: String, text: String, date: Day?) throws(DomainError) -> Message {
        let target = try resolver.holderOrProject(reference)
        let body = try name(text, .note, .note)
        let recorded: Day? = switch target {
        case .holder(let id): state.holders[id]?.created
        case .project(let id): state.projects[id]?.created
        }
        let written = try day(date, .note, what: targetName(target), recorded: recorded)
        let note = Note(id: context.newID(), target: target, text: body, author: context.author,
                        time: context.now, date: written)
        events.append(.noteAdded(EntityPayload(action: action, entity: note)))
        return .noteAdded(about: targetName(target))
    }

    func targetName(_ target: NoteTarget) -> String {
        switch target {
        case .holder(let id): state.holders[id]?.name ?? id
        case .project(let id): state.projects[id]?.title ?? id
        }
    }
}
