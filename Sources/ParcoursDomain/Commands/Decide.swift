/// Validates a command against the state and returns the events that record it.
/// Every business rule lives here (and in the files `Decider+…`), once.
public func decide(_ command: Command, state: State, context: Context) throws(DomainError) -> Decision {
    var decider = Decider(state: state, context: context)
    return try decider.run(command)
}

/// The working memory of one decision: the events emitted so far and the organisations
/// created on first use (so a name given twice in one command creates one).
struct Decider {
    let state: State
    let context: Context
    var resolver: Resolver { Resolver(state) }
    var events: [DomainEvent] = []
    var warnings: [DomainWarning] = []
    var newOrganisations: [Organisation] = []

    init(state: State, context: Context) {
        self.state = state
        self.context = context
    }

    var action: String { context.action }

    mutating func run(_ command: Command) throws(DomainError) -> Decision {
        // Every change records its author: the same rules as any typed name.
        try InputRules.author(context.author)
        var summary: Message
        switch command {
        case .addOrganisation(let name, let kind): summary = try addOrganisation(name: name, kind: kind)
        case .addProgramme(let name, let operators, let stages, let target, let type, let territory):
            summary = try addProgramme(name: name, operatorNames: operators, targetStages: stages, targetPublic: target,
                                       type: type, territory: territory)
        case .addPartner(let programme, let organisation, let role):
            summary = try addPartner(programme: programme, organisationName: organisation, role: role)
        case .addWorkshop(let programme, let title, let duration, let by, let objectives, let kind):
            summary = try addWorkshop(programme: programme, title: title, duration: duration, by: by,
                                      objectives: objectives, kind: kind)
        case .addCohort(let programme, let name, let start, let end, let capacity, let fromTemplate):
            summary = try addCohort(programme: programme, name: name, start: start, end: end,
                                    capacity: capacity, fromTemplate: fromTemplate)
        case .setCohortStatus(let cohort, let status): summary = try setCohortStatus(cohort: cohort, status: status)
        case .addStaff(let cohort, let name, let role): summary = try addStaff(cohort: cohort, name: name, role: role)
        case .addHolder(let draft): summary = try addHolder(draft)
        case .addHolderToProject(let holder, let project): summary = try addHolderToProject(holder: holder, project: project)
        case .enrol(let holder, let cohort, let status, let date):
            summary = try enrol(holder: holder, cohort: cohort, status: status, date: date)
        case .setParticipation(let holder, let cohort, let status, let date, let reason):
            summary = try setParticipation(holder: holder, cohort: cohort, status: status, date: date, reason: reason)
        case .addSession(let cohort, let draft): summary = try addSession(cohort: cohort, draft)
        case .updateSession(let session, let edit): summary = try updateSession(session: session, edit)
        case .cancelSession(let session): summary = try cancelSession(session: session)
        case .createMissingTemplateSessions(let cohort): summary = try createMissingTemplateSessions(cohort: cohort)
        case .attend(let session, let holder, let mark, let remote, let remark):
            summary = try attend(session: session, holder: holder, mark: mark, remote: remote, remark: remark)
        case .markAllPresent(let session): summary = try markAllPresent(session: session)
        case .clearMark(let session, let holder): summary = try clearMark(session: session, holder: holder)
        case .setStage(let project, let stage, let note, let date):
            summary = try setStage(project: project, stage: stage, note: note, date: date)
        case .setStatus(let project, let status, let destination, let note, let date):
            summary = try setStatus(project: project, status: status, destinationName: destination, note: note, date: date)
        case .addNote(let target, let text, let date): summary = try addNote(target: target, text: text, date: date)
        case .editHolder(let holder, let edit): summary = try editHolder(holder, edit)
        case .editProject(let project, let edit): summary = try editProject(project, edit)
        case .editProgramme(let programme, let edit): summary = try editProgramme(programme, edit)
        case .editCohort(let cohort, let edit): summary = try editCohort(cohort, edit)
        case .editOrganisation(let organisation, let name, let kind):
            summary = try editOrganisation(organisation, name: name, kind: kind)
        case .editWorkshop(let programme, let workshop, let edit):
            summary = try editWorkshop(programme: programme, workshop: workshop, edit)
        case .moveWorkshop(let programme, let workshop, let position):
            summary = try moveWorkshop(programme: programme, workshop: workshop, position: position)
        case .removeWorkshop(let programme, let workshop): summary = try removeWorkshop(programme: programme, workshop: workshop)
        case .copyTemplate(let from, let to): summary = try copyTemplate(from: from, to: to)
        case .removeHolder(let holder, let reason, let withHistory):
            summary = try removeHolder(holder, reason: reason, withHistory: withHistory)
        case .mergeHolders(let keep, let duplicate): summary = try mergeHolders(keep: keep, duplicate: duplicate)
        case .removeParticipation(let holder, let cohort, let reason):
            summary = try removeParticipation(holder: holder, cohort: cohort, reason: reason)
        case .transfer(let holder, let cohort, let from, let date, let reason):
            summary = try transfer(holder: holder, to: cohort, from: from, date: date, reason: reason)
        case .erase(let holder, let reason): summary = try erase(holder: holder, reason: reason)
        case .setConsent(let holder, let scope, let given, let withdrawn):
            summary = try setConsent(holder: holder, scope: scope, given: given, withdrawn: withdrawn)
        case .setSensitive(let holder, let scope, let values):
            summary = try setSensitive(holder: holder, scope: scope, values: values)
        case .setRetention(let months): summary = try setRetention(months: months)
        case .applyRetention(let months): summary = try applyRetention(months: months)
        case .planFollowUps(let programme, let waves): summary = try planFollowUps(programme: programme, waves: waves)
        case .recordFollowUp(let project, let wave, let draft): summary = try recordFollowUp(project: project, wave: wave, draft)
        case .removeFollowUp(let project, let wave): summary = try removeFollowUp(project: project, wave: wave)
        case .addProgrammeMilestone(let programme, let title): summary = try addProgrammeMilestone(programme: programme, title: title)
        case .reachMilestone(let project, let milestone, let date):
            summary = try reachMilestone(project: project, milestone: milestone, date: date)
        case .clearMilestone(let project, let milestone): summary = try clearMilestone(project: project, milestone: milestone)
        case .addNeed(let project, let kind, let description, let date):
            summary = try addNeed(project: project, kind: kind, description: description, date: date)
        case .resolveNeed(let project, let kind, let note, let date):
            summary = try resolveNeed(project: project, kind: kind, note: note, date: date)
        case .changeLegalForm(let project, let form, let date): summary = try changeLegalForm(project: project, form: form, date: date)
        case .setFunding(let target, let draft): summary = try setFunding(target: target, draft)
        case .addQuestionnaire(let programme, let draft): summary = try addQuestionnaire(programme: programme, draft)
        case .removeQuestionnaire(let questionnaire): summary = try removeQuestionnaire(questionnaire)
        case .answerQuestionnaire(let holder, let questionnaire, let answers, let cohort, let date):
            summary = try answerQuestionnaire(holder: holder, questionnaire: questionnaire, answers: answers, cohort: cohort, date: date)
        case .clearAnswers(let holder, let questionnaire): summary = try clearAnswers(holder: holder, questionnaire: questionnaire)
        case .addJuryMember(let session, let name, let organisation):
            summary = try addJuryMember(session: session, name: name, organisationName: organisation)
        case .removeJuryMember(let session, let name): summary = try removeJuryMember(session: session, name: name)
        case .evaluateAtJury(let session, let holder, let draft): summary = try evaluateAtJury(session: session, holder: holder, draft)
        case .clearJuryEvaluation(let session, let holder): summary = try clearJuryEvaluation(session: session, holder: holder)
        case .undo(let author): summary = try undo(author: author)
        case .redo(let author): summary = try redo(author: author)
        case .addContact(let organisation, let draft): summary = try addContact(organisation: organisation, draft)
        case .editContact(let organisation, let contact, let edit):
            summary = try editContact(organisation: organisation, contact: contact, edit)
        case .removeContact(let organisation, let contact): summary = try removeContact(organisation: organisation, contact: contact)
        case .eraseContact(let organisation, let contact, let reason):
            summary = try eraseContact(organisation: organisation, contact: contact, reason: reason)
        case .addOpenEvent(let target, let draft): summary = try addOpenEvent(target: target, draft)
        case .editOpenEvent(let event, let edit): summary = try editOpenEvent(event, edit)
        case .cancelOpenEvent(let event): summary = try cancelOpenEvent(event)
        case .recordHeadcount(let event, let input): summary = try recordHeadcount(event, input)
        case .clearHeadcount(let event): summary = try clearHeadcount(event)
        case .holdSession(let session): summary = try holdSession(session)
        case .addIdea, .setIdeaStatus, .adoptIdea, .adoptIdeaByNewHolder, .addCall, .applyToCall, .checkApplication, .removeApplication:
            summary = try ideasAndCalls(command)
        case .addPerson, .editPerson, .removePerson, .addVenue, .editVenue, .removeVenue, .addSessionFacilitator,
             .removeSessionFacilitator:
            summary = try directory(command)
        }
        summary = notingDirectoryAdditions(summary, command)
        return Decision(events: events, warnings: warnings, summary: summary)
    }

    // MARK: Shared rules

    /// A required name or title, checked by `InputRules` (trimmed, one line, no control
    /// character, within the limit), or `emptyName(kind)`.
    func name(_ text: String, _ field: TextField, _ kind: EntityKind) throws(DomainError) -> String {
        try InputRules.name(text, field, empty: kind)
    }

    /// An optional text checked by `InputRules`; empty becomes nil.
    func optional(_ text: String?, _ field: TextField) throws(DomainError) -> String? {
        try InputRules.optional(text, field)
    }

    /// A reference typed to find something (a name or an id prefix), trimmed: it is looked
    /// up, never stored, so it needs no other rule.
    func trimmedReference(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Several short texts (tags, sectors): each checked, the empty ones dropped.
    func list(_ texts: [String], _ field: TextField) throws(DomainError) -> [String] {
        var kept: [String] = []
        for text in texts {
            if let cleaned = try optional(text, field) { kept.append(cleaned) }
        }
        return kept
    }

    /// The organisation with this name (case- and accent-insensitive), created on first use.
    mutating func organisation(named text: String, kind: OrganisationKind) throws(DomainError) -> Organisation {
        let wanted = try name(text, .organisationName, .organisation)
        let key = NameKey.of(wanted)
        if let pending = newOrganisations.first(where: { NameKey.of($0.name) == key }) { return pending }
        let matches = state.organisations.values.filter { NameKey.of($0.name) == key }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw .ambiguous(.organisation, reference: wanted,
                             candidates: matches.map { Candidate(name: $0.name, id: $0.id) }.sorted { $0.id < $1.id })
        }
        let created = Organisation(id: context.newID(), name: wanted, kind: kind)
        newOrganisations.append(created)
        events.append(.organisationAdded(EntityPayload(action: action, entity: created)))
        return created
    }

    /// The day a fact happened: `date` when given (not later than today, nor before
    /// `recorded`, the day what it concerns was recorded, nor before `last`, the last
    /// change it follows), else today. `what` names the thing in the refusal.
    func day(_ date: Day?, _ fact: DatedFact, what: String, recorded: Day? = nil, last: Day? = nil) throws(DomainError) -> Day {
        guard let date else { return context.today }
        try InputRules.past(date, fact, today: context.today)
        if let recorded, date < recorded { throw .dateBeforeRecorded(fact, what: what, date: date, recorded: recorded) }
        if let last, date < last { throw .dateBeforeLastChange(fact, what: what, date: date, last: last) }
        return date
    }

    /// A reason given with a correction: checked, nil when empty.
    func reason(_ text: String?) throws(DomainError) -> String? {
        try optional(text, .reason)
    }

    /// Warns when more holders take part in the cohort than it has places.
    mutating func checkCapacity(_ cohort: Cohort, adding holder: EntityID) {
        guard let capacity = cohort.capacity else { return }
        var taking = Set(state.participations(cohort: cohort.id).filter(\.status.isTakingPart).map(\.holder))
        taking.insert(holder)
        if taking.count > capacity {
            warnings.append(.capacityExceeded(cohort: cohort.name, capacity: capacity, count: taking.count))
        }
    }
}
