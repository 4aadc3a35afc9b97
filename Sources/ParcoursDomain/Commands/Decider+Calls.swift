// Calls for applications (domain.md F4): an appel à projets or AMI of a programme, its
// source and dates, its eligibility criteria; each holder's application and checklist.

extension Decider {
    /// A new call of a programme: a title unique among its calls, for one of its cohorts
    /// or none, closing not before it opens, with distinct criteria.
    mutating func addCall(programme reference: String, _ draft: CallDraft) throws(DomainError) -> Message {
        let programme = try resolver.programme(reference)
        let title = try name(draft.title, .callTitle, .call)
        if let taken = state.calls(programme: programme.id).first(where: { NameKey.of($0.title) == NameKey.of(title) }) {
            throw .call(.titleTaken(title: taken.title, programme: programme.name))
        }
        var cohort: EntityID?
        if let reference = draft.cohort.map(trimmedReference), !reference.isEmpty {
            let found = try resolver.cohort(reference)
            guard found.programme == programme.id else {
                throw .cohortOfAnotherProgramme(cohort: found.name, programme: programme.name)
            }
            cohort = found.id
        }
        if let opens = draft.opens, let closes = draft.closes, closes < opens { throw .endBeforeStart(start: opens, end: closes) }
        let source = try optional(draft.source, .source)
        var criteria: [String] = []
        for text in draft.criteria {
            guard let criterion = try optional(text, .criterion) else { continue }
            guard !criteria.contains(where: { NameKey.of($0) == NameKey.of(criterion) }) else {
                throw .call(.duplicateCriterion(criterion))
            }
            criteria.append(criterion)
        }
        let call = CallForApplications(id: context.newID(), programme: programme.id, cohort: cohort, title: title, source: source,
                                       opens: draft.opens, closes: draft.closes, criteria: criteria, created: context.today)
        events.append(.callAdded(EntityPayload(action: action, entity: call)))
        return .call(.added(title: title, programme: programme.name, criteria: criteria.count))
    }

    /// A holder's application (dossier), received today or on `date` (not before the call
    /// opened). When the call recruits for a cohort where they have no place yet, they
    /// become one of its candidates in the same action, so the cohort's applicants and
    /// selection figures count them.
    mutating func applyToCall(call reference: String, holder h: String, date: Day?) throws(DomainError) -> Message {
        let call = try resolver.call(reference)
        let holder = try resolver.holder(h)
        guard state.application(call: call.id, holder: holder.id) == nil else {
            throw .call(.alreadyApplied(holder: holder.name, call: call.title))
        }
        let received = try day(date, .application, what: holder.name, recorded: holder.created)
        if let opens = call.opens, received < opens { throw .call(.beforeOpening(call: call.title, date: received, opens: opens)) }
        events.append(.callApplied(ApplicationPayload(action: action, call: call.id, holder: holder.id,
                                                      application: Application(date: received), previous: nil)))
        var candidateIn: String?
        if let id = call.cohort, let cohort = state.cohorts[id], state.participation(holder: holder.id, cohort: id) == nil {
            _ = enrol(holder, in: cohort, status: .candidat, projects: state.projects(holder: holder.id), date: received)
            candidateIn = cohort.name
        }
        return .call(.applied(holder: holder.name, call: call.title, candidateIn: candidateIn))
    }

    /// Checks criteria of an application: each named once, as met, not met, or not
    /// checked any more; the others keep their check.
    mutating func checkApplication(call reference: String, holder h: String, met: [String], unmet: [String],
                                   unchecked: [String]) throws(DomainError) -> Message {
        let call = try resolver.call(reference)
        let holder = try resolver.holder(h)
        guard let previous = state.application(call: call.id, holder: holder.id) else {
            throw .call(.notApplied(holder: holder.name, call: call.title))
        }
        guard !(met + unmet + unchecked).isEmpty else { throw .call(.nothingToCheck) }
        var checks = Dictionary(uniqueKeysWithValues: previous.checks.map { ($0.criterion, $0.met) })
        var seen = Set<Int>()
        for (references, value) in [(met, true as Bool?), (unmet, false), (unchecked, nil)] {
            for reference in references {
                let index = try resolver.criterion(reference, of: call)
                guard seen.insert(index).inserted else { throw .call(.criterionTwice(call.criteria[index])) }
                checks[index] = value
            }
        }
        var application = previous
        application.checks = checks.sorted { $0.key < $1.key }.map { CriterionCheck(criterion: $0.key, met: $0.value) }
        guard application != previous else { throw .nothingChanged }
        events.append(.callChecked(ApplicationPayload(action: action, call: call.id, holder: holder.id,
                                                      application: application, previous: previous)))
        return .call(.checked(holder: holder.name, call: call.title, eligibility: application.eligibility(criteria: call.criteria.count)))
    }

    /// Takes an application recorded by mistake away (kept in the event, for undo). A
    /// candidacy it opened in the call's cohort stays: `participation … --remove` for that.
    mutating func removeApplication(call reference: String, holder h: String) throws(DomainError) -> Message {
        let call = try resolver.call(reference)
        let holder = try resolver.holder(h)
        guard let previous = state.application(call: call.id, holder: holder.id) else {
            throw .call(.notApplied(holder: holder.name, call: call.title))
        }
        events.append(.applicationRemoved(ApplicationPayload(action: action, call: call.id, holder: holder.id,
                                                             application: nil, previous: previous)))
        return .call(.applicationRemoved(holder: holder.name, call: call.title))
    }
}
