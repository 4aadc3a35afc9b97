import ParcoursDomain
import ParcoursKit

/// One thing a facilitator does on a day of the story: one command, or a few that
/// belong together (taking the attendance of one session).
struct DemoStep {
    var at: DemoMoment
    var perform: (DemoRunner) throws -> Void
}

/// Turns the demo's tables into the commands a facilitator would have typed, each on
/// the day it happened, in story order.
enum DemoScript {
    static func steps(programmes: [DemoProgramme], cohorts: [DemoCohort]) throws -> [DemoStep] {
        var steps: [DemoStep] = []
        for programme in programmes { steps += self.steps(programme) }
        for cohort in cohorts {
            guard let programme = programmes.first(where: { $0.name == cohort.programme }) else {
                throw DemoError.missingReference(cohort.programme)
            }
            steps += self.steps(cohort, of: programme)
        }
        // Stable: steps of one moment keep the order they were written in.
        return steps.enumerated()
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
            .map(\.element)
    }

    // MARK: Programmes

    static func steps(_ p: DemoProgramme) -> [DemoStep] {
        let at = DemoMoment(p.created, 9)
        var steps = [DemoStep(at: at) { r in
            let decision = try r.run(.addProgramme(name: p.name, operatorNames: p.operators,
                                                   targetStages: p.targetStages, targetPublic: p.targetPublic))
            r.programmes[p.name] = try r.created(decision, p.name) {
                if case .programmeCreated(let e) = $0 { return e.entity.id }
                return nil
            }
        }]
        for partner in p.partners {
            steps.append(DemoStep(at: at.adding(minutes: 5)) { r in
                try r.run(.addPartner(programme: r.id(r.programmes, p.name),
                                      organisationName: partner.organisation, role: partner.role))
            })
        }
        for workshop in p.workshops {
            steps.append(DemoStep(at: at.adding(minutes: 10)) { r in
                try r.run(.addWorkshop(programme: r.id(r.programmes, p.name), title: workshop.title,
                                       duration: workshop.duration, byOrganisationName: workshop.by,
                                       objectives: workshop.objectives, kind: workshop.kind))
            })
        }
        steps += eventSteps(p)
        // What the coordinator sets up for after the cohorts: follow-up waves, the
        // guide's end-of-programme survey, the budget.
        steps.append(DemoStep(at: at.adding(minutes: 15)) { r in
            let programme = try r.id(r.programmes, p.name)
            if !p.after.followUpWaves.isEmpty {
                try r.run(.planFollowUps(programme: programme, waves: p.after.followUpWaves))
            }
            if p.after.exitSurvey {
                let decision = try r.run(.addQuestionnaire(programme: programme, .standardExit(.fr)))
                r.surveys[p.name] = try r.created(decision, "survey of \(p.name)") {
                    if case .questionnaireAdded(let e) = $0 { return e.entity.id }
                    return nil
                }
            }
            if let funding = p.after.funding { try r.run(.setFunding(target: programme, funding)) }
        })
        return steps + ideaSteps(p)
    }

    // MARK: Cohorts

    static func steps(_ c: DemoCohort, of p: DemoProgramme) -> [DemoStep] {
        var steps: [DemoStep] = []
        let calendar = c.calendar
        func holderKey(_ key: String) -> String { "\(c.key).\(key)" }
        func sessionKey(_ key: String) -> String { "\(c.key).\(key)" }
        func isIndividual(_ s: DemoSession) -> Bool { p.workshops[s.slot].kind == .individuel }

        // Opening: the cohort from the template, then each template session moved to its
        // real date, time and place — as a coordinator plans the calendar.
        let opened = DemoMoment(calendar.opened, 11)
        steps.append(DemoStep(at: opened) { r in
            let decision = try r.run(.addCohort(programme: r.id(r.programmes, p.name), name: c.name,
                                                start: calendar.start, end: calendar.end,
                                                capacity: c.capacity, fromTemplate: true))
            r.cohorts[c.key] = try r.created(decision, c.key) {
                if case .cohortCreated(let e) = $0 { return e.entity.id }
                return nil
            }
            var byIndex: [Int: EntityID] = [:]
            for case .sessionScheduled(let e) in decision.events {
                if let index = e.entity.templateIndex { byIndex[index] = e.entity.id }
            }
            r.templateSessions[c.key] = byIndex
            for session in c.sessions where !isIndividual(session) {
                guard let id = byIndex[session.slot] else {
                    throw DemoError.missingReference("\(c.key) template slot \(session.slot)")
                }
                r.sessions[sessionKey(session.key)] = id
            }
            try r.run(.setCohortStatus(cohort: r.id(r.cohorts, c.key), status: .recruiting))
        })
        for member in c.staff {
            steps.append(DemoStep(at: opened.adding(minutes: 5)) { r in
                try r.run(.addStaff(cohort: r.id(r.cohorts, c.key), name: member.name, role: member.role))
            })
        }
        for session in c.sessions where !isIndividual(session) {
            steps.append(DemoStep(at: opened.adding(minutes: 10)) { r in
                let edit = SessionEdit(date: session.date, time: .some(session.time), duration: session.duration,
                                       venue: .some(session.venue), remote: session.remote,
                                       byOrganisationName: session.by)
                try r.run(.updateSession(session: r.id(r.sessions, sessionKey(session.key)), edit))
            })
        }

        // Holders: recorded with their project, enrolled (as candidates when the cohort
        // selects), then selected, enrolled, started.
        for holder in c.holders {
            steps.append(DemoStep(at: DemoMoment(holder.added, 10)) { r in
                let draft = HolderDraft(name: holder.name, kind: holder.kind, commune: holder.commune,
                                        tags: holder.tags, referredByName: holder.referredBy,
                                        projectTitle: holder.project, stage: holder.stage, sectors: holder.sectors)
                let decision = try r.run(.addHolder(draft))
                r.holders[holderKey(holder.key)] = try r.created(decision, holder.name) {
                    if case .holderAdded(let e) = $0 { return e.entity.id }
                    return nil
                }
                r.projects[holderKey(holder.key)] = try r.created(decision, holder.project) {
                    if case .projectCreated(let e) = $0 { return e.entity.id }
                    return nil
                }
            })
            steps.append(DemoStep(at: DemoMoment(holder.enrolledOn, 10, 5)) { r in
                try r.run(.enrol(holder: r.id(r.holders, holderKey(holder.key)), cohort: r.id(r.cohorts, c.key),
                                 status: calendar.selection == nil ? .inscrit : .candidat))
            })
        }
        if let selection = calendar.selection {
            for holder in c.holders {
                steps.append(DemoStep(at: DemoMoment(selection, 17)) { r in
                    try r.run(.setParticipation(holder: r.id(r.holders, holderKey(holder.key)),
                                                cohort: r.id(r.cohorts, c.key),
                                                status: holder.track == .notRetained ? .nonRetenu : .retenu))
                })
            }
            for holder in c.holders where holder.track != .notRetained {
                steps.append(DemoStep(at: DemoMoment(calendar.enrolment ?? calendar.start, 8)) { r in
                    try r.run(.setParticipation(holder: r.id(r.holders, holderKey(holder.key)),
                                                cohort: r.id(r.cohorts, c.key), status: .inscrit))
                })
            }
        }
        let start = DemoMoment(calendar.start, 8, 30)
        steps.append(DemoStep(at: start) { r in
            try r.run(.setCohortStatus(cohort: r.id(r.cohorts, c.key), status: .running))
        })
        for holder in c.holders where c.takesPart(holder, on: calendar.start) {
            steps.append(DemoStep(at: start.adding(minutes: 5)) { r in
                try r.run(.setParticipation(holder: r.id(r.holders, holderKey(holder.key)),
                                            cohort: r.id(r.cohorts, c.key), status: .enCours))
            })
        }

        // Individual meetings are booked about ten days ahead (never before the holder
        // is enrolled).
        for session in c.sessions where isIndividual(session) {
            let template = p.workshops[session.slot]
            let holderDay = c.holders.first { $0.key == session.holder }?.enrolledOn ?? calendar.opened
            let booked = max(holderDay, session.date.adding(days: -10))
            steps.append(DemoStep(at: DemoMoment(booked, 17, 30)) { r in
                guard let holder = session.holder else { throw DemoError.missingReference(sessionKey(session.key)) }
                let holderID = try r.id(r.holders, holderKey(holder))
                let cohortID = try r.id(r.cohorts, c.key)
                // Enrolment already planned this holder's meeting from the template slot:
                // the facilitator moves it to the day agreed, as in the room.
                if let planned = r.workspace.state.sessions(cohort: cohortID)
                    .first(where: { $0.holder == holderID && $0.templateIndex == session.slot }) {
                    try r.run(.updateSession(session: planned.id, SessionEdit(
                        date: session.date, time: .some(session.time), duration: session.duration ?? template.duration,
                        venue: .some(session.venue), remote: session.remote)))
                    r.sessions[sessionKey(session.key)] = planned.id
                    return
                }
                let draft = SessionDraft(title: template.title, date: session.date, time: session.time,
                                         duration: session.duration ?? template.duration, kind: .individuel,
                                         venue: session.venue, remote: session.remote,
                                         byOrganisationName: session.by ?? template.by,
                                         holder: holderID)
                let decision = try r.run(.addSession(cohort: cohortID, draft))
                r.sessions[sessionKey(session.key)] = try r.created(decision, session.key) {
                    if case .sessionScheduled(let e) = $0 { return e.entity.id }
                    return nil
                }
            })
        }

        // Attendance, taken at the start of each session.
        for session in c.sessions {
            guard case .taken(let exceptions) = session.attendance else { continue }
            steps.append(DemoStep(at: session.moment.adding(minutes: 10)) { r in
                try takeAttendance(session, exceptions, cohort: c, runner: r)
            })
        }

        // Departures, the end of the cycle, the closing of the cohort.
        for holder in c.holders {
            guard case .leaves(let day) = holder.track else { continue }
            steps.append(DemoStep(at: DemoMoment(day, 18)) { r in
                try r.run(.setParticipation(holder: r.id(r.holders, holderKey(holder.key)),
                                            cohort: r.id(r.cohorts, c.key), status: .sorti))
            })
        }
        if let end = calendar.end {
            for holder in c.holders where holder.track == .completes {
                steps.append(DemoStep(at: DemoMoment(end, 22)) { r in
                    try r.run(.setParticipation(holder: r.id(r.holders, holderKey(holder.key)),
                                                cohort: r.id(r.cohorts, c.key), status: .termine))
                })
            }
        }
        if let closed = calendar.closed {
            steps.append(DemoStep(at: DemoMoment(closed, 10)) { r in
                try r.run(.setCohortStatus(cohort: r.id(r.cohorts, c.key), status: .closed))
            })
        }

        // What happened to the projects.
        for move in c.moves {
            steps.append(DemoStep(at: move.at) { r in
                switch move.change {
                case .stage(let holder, let stage, let note):
                    try r.run(.setStage(project: r.id(r.projects, holderKey(holder)), stage: stage,
                                        note: note, date: move.at.day))
                case .status(let holder, let status, let destination, let note):
                    try r.run(.setStatus(project: r.id(r.projects, holderKey(holder)), status: status,
                                         destinationName: destination, note: note))
                case .note(let holder, let onProject, let text):
                    let target = try r.id(onProject ? r.projects : r.holders, holderKey(holder))
                    try r.run(.addNote(target: target, text: text))
                case .answers(let holder, let answers):
                    try r.run(.answerQuestionnaire(holder: r.id(r.holders, holderKey(holder)),
                                                   questionnaire: r.id(r.surveys, p.name),
                                                   answers: answers.sorted { $0.key < $1.key }
                                                       .map { AnswerInput(question: $0.key, value: $0.value) },
                                                   cohort: r.id(r.cohorts, c.key), date: move.at.day))
                case .followUp(let holder, let wave, var draft):
                    draft.date = move.at.day
                    try r.run(.recordFollowUp(project: r.id(r.projects, holderKey(holder)), wave: wave, draft))
                case .milestone(let holder, let milestone):
                    try r.run(.reachMilestone(project: r.id(r.projects, holderKey(holder)), milestone: milestone,
                                              date: move.at.day))
                case .juryMember(let session, let name, let organisation):
                    try r.run(.addJuryMember(session: r.id(r.sessions, sessionKey(session)), name: name,
                                             organisationName: organisation))
                case .jury(let holder, let session, let draft):
                    try r.run(.evaluateAtJury(session: r.id(r.sessions, sessionKey(session)),
                                              holder: r.id(r.holders, holderKey(holder)), draft))
                case .editProject(let holder, let edit):
                    try r.run(.editProject(project: r.id(r.projects, holderKey(holder)), edit))
                case .coHolder(let holder, let name, let commune):
                    let decision = try r.run(.addHolder(HolderDraft(name: name, commune: commune)))
                    let id = try r.created(decision, name) {
                        if case .holderAdded(let e) = $0 { return e.entity.id }
                        return nil
                    }
                    r.holders[holderKey(holder + ".co")] = id
                    try r.run(.addHolderToProject(holder: id, project: r.id(r.projects, holderKey(holder))))
                }
            })
        }
        return steps
    }

    /// Marks the exceptions one by one, then everyone else present in one command when
    /// that is exactly who the workspace expects (otherwise one by one as well: a holder
    /// who left is still expected by the workspace but no longer comes).
    static func takeAttendance(_ session: DemoSession, _ exceptions: [String: DemoMark],
                               cohort c: DemoCohort, runner r: DemoRunner) throws {
        let sessionID = try r.id(r.sessions, "\(c.key).\(session.key)")
        for (key, mark) in exceptions.sorted(by: { $0.key < $1.key }) {
            try r.run(.attend(session: sessionID, holder: r.id(r.holders, "\(c.key).\(key)"), mark: mark.mark,
                              remote: session.remote, remark: mark.remark))
        }
        let present = try c.expected(at: session).filter { exceptions[$0] == nil }
            .map { try r.id(r.holders, "\(c.key).\($0)") }
        guard !present.isEmpty else { return }
        let state = r.workspace.state
        guard let scheduled = state.sessions[sessionID] else { throw DemoError.missingReference(session.key) }
        let unmarked = Set(state.expectedHolders(session: scheduled).map(\.id)
            .filter { state.mark(session: sessionID, holder: $0) == nil })
        if unmarked == Set(present) {
            try r.run(.markAllPresent(session: sessionID))
        } else {
            for holder in present {
                try r.run(.attend(session: sessionID, holder: holder, mark: .present, remote: session.remote))
            }
        }
    }
}
