// Follow-up after the programme, the project's path, money (issue 17): the rules.
extension Decider {
    /// The most jobs a follow-up may give (far beyond any accompanied project).
    static let mostJobs = 100_000

    mutating func planFollowUps(programme p: String, waves: [Int]) throws(DomainError) -> Message {
        let programme = try resolver.programme(p)
        for wave in waves where !(1...FollowUpWave.longest).contains(wave) { throw .invalidWave(months: wave) }
        let planned = Set(waves).sorted()
        let previous = state.followUpPlans[programme.id] ?? []
        guard planned != previous else { throw .nothingChanged }
        events.append(.followUpPlanned(FollowUpPlanPayload(action: action, programme: programme.id, waves: planned,
                                                           previous: previous)))
        return .followUpsPlanned(programme: programme.name, waves: planned)
    }

    mutating func recordFollowUp(project p: String, wave: Int, _ draft: FollowUpDraft) throws(DomainError) -> Message {
        let project = try resolver.projectOrHoldersProject(p)
        guard (1...FollowUpWave.longest).contains(wave) else { throw .invalidWave(months: wave) }
        let planned = state.plannedWaves(project: project.id)
        guard planned.contains(wave) else { throw .waveNotPlanned(project: project.title, wave: wave, planned: planned) }
        for jobs in [draft.jobsCreated, draft.jobsKept].compactMap({ $0 }) where !(0...Self.mostJobs).contains(jobs) {
            throw .jobsOutOfRange(jobs)
        }
        let structure = try optional(draft.structure, .structureName)
        if draft.activity == .injoignable, draft.jobsCreated != nil || draft.jobsKept != nil || structure != nil {
            throw .unreachableWithFigures
        }
        let note = try optional(draft.note, .note)
        let date = try day(draft.date, .followUp, what: project.title, recorded: project.created)
        let record = FollowUp(wave: wave, activity: draft.activity, jobsCreated: draft.jobsCreated, jobsKept: draft.jobsKept,
                              structure: structure, date: date, note: note, author: context.author)
        let previous = state.followUps[project.id]?.first { $0.wave == wave }
        if let previous, previous.sameFinding(as: record) { throw .nothingChanged }
        events.append(.followUpRecorded(FollowUpPayload(action: action, project: project.id, wave: wave, record: record,
                                                        previous: previous)))
        return .followUpRecorded(project: project.title, wave: wave, activity: draft.activity, replaced: previous != nil)
    }

    mutating func removeFollowUp(project p: String, wave: Int) throws(DomainError) -> Message {
        let project = try resolver.projectOrHoldersProject(p)
        guard let previous = state.followUps[project.id]?.first(where: { $0.wave == wave }) else {
            throw .noFollowUp(project: project.title, wave: wave)
        }
        events.append(.followUpRemoved(FollowUpPayload(action: action, project: project.id, wave: wave, record: nil,
                                                       previous: previous)))
        return .followUpRemoved(project: project.title, wave: wave)
    }

    mutating func addProgrammeMilestone(programme p: String, title text: String) throws(DomainError) -> Message {
        let programme = try resolver.programme(p)
        let title = try name(text, .milestoneTitle, .milestone)
        let key = NameKey.of(title)
        let taken = StandardMilestone.allCases.flatMap { [$0.rawValue, Catalog.label($0, .fr), Catalog.label($0, .en)] }
            + (state.programmeMilestones[programme.id] ?? []).map(\.title)
        if taken.contains(where: { NameKey.of($0) == key }) { throw .milestoneExists(programme: programme.name, title: title) }
        events.append(.programmeMilestoneAdded(ProgrammeMilestonePayload(
            action: action, programme: programme.id, milestone: CustomMilestone(id: context.newID(), title: title))))
        return .programmeMilestoneAdded(title: title, programme: programme.name)
    }

    mutating func reachMilestone(project p: String, milestone reference: String, date: Day?) throws(DomainError) -> Message {
        let project = try resolver.projectOrHoldersProject(p)
        let milestone = try resolver.milestone(reference, project: project)
        let reached = try day(date, .milestone, what: project.title, recorded: project.created)
        let previous = state.milestones[project.id]?[milestone.id]
        guard previous != reached else { throw .nothingChanged }
        events.append(.milestoneReached(MilestonePayload(action: action, project: project.id, milestone: milestone.id,
                                                         date: reached, previous: previous)))
        return .milestoneReached(project: project.title, milestone: milestone.name, date: reached)
    }

    mutating func clearMilestone(project p: String, milestone reference: String) throws(DomainError) -> Message {
        let project = try resolver.projectOrHoldersProject(p)
        let milestone = try resolver.milestone(reference, project: project)
        guard let previous = state.milestones[project.id]?[milestone.id] else {
            throw .milestoneNotReached(project: project.title, milestone: milestone.name)
        }
        events.append(.milestoneCleared(MilestonePayload(action: action, project: project.id, milestone: milestone.id,
                                                         date: nil, previous: previous)))
        return .milestoneCleared(project: project.title, milestone: milestone.name)
    }

    mutating func addNeed(project p: String, kind: NeedKind, description text: String?, date: Day?) throws(DomainError) -> Message {
        let project = try resolver.projectOrHoldersProject(p)
        if state.needs.values.contains(where: { $0.project == project.id && $0.kind == kind && $0.isOpen }) {
            throw .needAlreadyOpen(project: project.title, kind: kind)
        }
        let description = try optional(text, .description)
        let opened = try day(date, .need, what: project.title, recorded: project.created)
        let need = Need(id: context.newID(), project: project.id, kind: kind, description: description, opened: opened,
                        author: context.author)
        events.append(.needAdded(EntityPayload(action: action, entity: need)))
        return .needAdded(project: project.title, kind: kind)
    }

    mutating func resolveNeed(project p: String, kind: NeedKind, note text: String?, date: Day?) throws(DomainError) -> Message {
        let project = try resolver.projectOrHoldersProject(p)
        guard let need = state.needs.values.first(where: { $0.project == project.id && $0.kind == kind && $0.isOpen }) else {
            throw .noOpenNeed(project: project.title, kind: kind)
        }
        let note = try optional(text, .note)
        let resolved = try day(date, .needResolution, what: project.title, recorded: need.opened)
        events.append(.needResolved(NeedResolutionPayload(action: action, need: need.id, project: project.id,
                                                          date: resolved, note: note)))
        return .needResolved(project: project.title, kind: kind)
    }

    mutating func changeLegalForm(project p: String, form text: String, date: Day?) throws(DomainError) -> Message {
        let project = try resolver.projectOrHoldersProject(p)
        guard let form = try optional(text, .legalForm) else { throw .emptyLegalForm }
        guard form != project.legalForm else { throw .nothingChanged }
        let changed = try day(date, .legalFormChange, what: project.title, recorded: project.created,
                              last: state.legalFormHistory[project.id]?.last?.date)
        events.append(.legalFormChanged(LegalFormPayload(action: action, project: project.id, from: project.legalForm,
                                                         to: form, date: changed)))
        return .legalFormChanged(project: project.title, from: project.legalForm, to: form)
    }

    mutating func setFunding(target reference: String, _ draft: FundingDraft) throws(DomainError) -> Message {
        let target = try resolver.programmeOrCohort(reference)
        let current = state.funding[target.id]
        if draft.remove {
            guard let current else { throw .noFunding(target: target.name) }
            events.append(.fundingSet(FundingPayload(action: action, target: target.id, funding: nil, previous: current)))
            return .fundingRemoved(target: target.name)
        }
        guard let cost = draft.cost ?? current?.cost else { throw .fundingNeedsCost(target: target.name) }
        let fee = draft.fee ?? current?.fee, inKind = draft.inKind ?? current?.inKind
        for amount in [cost, fee, inKind].compactMap({ $0 }) where !(0...Money.largest).contains(amount) {
            throw .amountOutOfRange(cents: amount)
        }
        var funders = current?.funders ?? []
        if let drafts = draft.funders {
            funders = []
            for part in drafts {
                if let amount = part.amount, !(0...Money.largest).contains(amount) { throw .amountOutOfRange(cents: amount) }
                if let share = part.share, !(1...10_000).contains(share) { throw .shareOutOfRange(basisPoints: share) }
                if part.amount == nil, part.share == nil { throw .funderNeedsAmount(name: part.name) }
                let organisation = try organisation(named: part.name, kind: .funder)
                if funders.contains(where: { $0.organisation == organisation.id }) {
                    throw .funderGivenTwice(name: organisation.name)
                }
                funders.append(FunderPart(organisation: organisation.id, amount: part.amount,
                                          share: part.amount == nil ? part.share : nil))
            }
        }
        let funding = Funding(cost: cost, funders: funders, fee: fee, inKind: inKind)
        guard funding != current else { throw .nothingChanged }
        let given = funders.reduce(0) { $0 + funding.amount(of: $1) }
        if given > cost { warnings.append(.fundersExceedCost(target: target.name, funded: given, cost: cost)) }
        events.append(.fundingSet(FundingPayload(action: action, target: target.id, funding: funding, previous: current)))
        return .fundingSet(target: target.name, cost: cost, funders: funders.count)
    }
}
