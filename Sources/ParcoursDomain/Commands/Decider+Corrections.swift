// Corrections of people and places: a holder entered by mistake, a duplicate, an
// enrolment made by mistake, a move to another cohort. Each is one action: one undo
// takes all of it back.

extension Decider {
    /// Takes a holder out of every list, with a reason. Their marks, notes and
    /// participations are history: refused while there are some, unless `withHistory`,
    /// which removes them too (each by its own event). Their individual meetings and
    /// the projects only they carry go with them; they leave projects others carry.
    mutating func removeHolder(_ reference: String, reason text: String, withHistory: Bool) throws(DomainError) -> Message {
        let holder = try resolver.holder(reference)
        guard let why = try reason(text) else { throw .reasonRequired(what: holder.name) }
        let marks = state.marks.compactMap { session, byHolder in byHolder[holder.id].map { (session: session, mark: $0) } }
            .sorted { $0.session < $1.session }
        let carried = state.projects(holder: holder.id)
        let own = carried.filter { $0.holders == [holder.id] }
        let notes = state.notes(about: .holder(holder.id)) + own.flatMap { state.notes(about: .project($0.id)) }
        let participations = state.participations(holder: holder.id)
        if !withHistory, !marks.isEmpty || !notes.isEmpty || !participations.isEmpty {
            throw .holderHasHistory(holder: holder.name, marks: marks.count, notes: notes.count,
                                    participations: participations.count)
        }
        let evaluated = evaluations(of: holder.id)
        if !withHistory, !evaluated.answers.isEmpty || !evaluated.evaluations.isEmpty {
            throw .holderHasEvaluations(holder: holder.name, answers: evaluated.answers.count,
                                        evaluations: evaluated.evaluations.count)
        }
        for (questionnaire, response) in evaluated.answers {
            events.append(.answersCleared(ResponsePayload(action: action, questionnaire: questionnaire, holder: holder.id,
                                                          response: nil, previous: response)))
        }
        for (session, evaluation) in evaluated.evaluations {
            events.append(.juryEvaluationCleared(JuryEvaluationPayload(action: action, session: session, holder: holder.id,
                                                                       evaluation: nil, previous: evaluation)))
        }
        try leaveIdeasAndCalls(holder, withHistory: withHistory)
        for (session, mark) in marks {
            events.append(.attendanceCleared(AttendancePayload(action: action, session: session, holder: holder.id,
                                                               mark: nil, previous: mark)))
        }
        for note in notes { events.append(.noteRemoved(EntityPayload(action: action, entity: note))) }
        for participation in participations {
            events.append(.participationRemoved(ParticipationRecordPayload(action: action, participation: participation,
                                                                           reason: why)))
        }
        let meetings = state.sessions.values.filter { $0.holder == holder.id }.sorted { $0.id < $1.id }
        for meeting in meetings { events.append(.sessionRemoved(EntityPayload(action: action, entity: meeting))) }
        for project in carried {
            if project.holders == [holder.id] {
                events.append(.projectRemoved(EntityPayload(action: action, entity: project)))
            } else {
                events.append(.projectHolderRemoved(ProjectHolderPayload(action: action, project: project.id, holder: holder.id,
                                                                         index: project.holders.firstIndex(of: holder.id))))
            }
        }
        events.append(.holderDiscarded(HolderRemovalPayload(action: action, holder: holder, reason: why, date: context.today)))
        return .holderRemoved(name: holder.name, marks: marks.count, notes: notes.count, participations: participations.count,
                              meetings: meetings.count, projects: own.count)
    }

    /// Moves every reference of the duplicate to `keep` in one action (participations,
    /// marks, notes, projects, individual meetings), fills the fields `keep` lacks from
    /// the duplicate (tags are joined), then removes the duplicate ("merged into").
    /// What can only be one person's — both in one cohort, both marked at one session —
    /// is listed, every clash at once, and refused until settled.
    mutating func mergeHolders(keep k: String, duplicate d: String) throws(DomainError) -> Message {
        let keep = try resolver.holder(k)
        let duplicate = try resolver.holder(d)
        guard keep.id != duplicate.id else { throw .mergeSameHolder(holder: keep.name) }
        let participations = state.participations(holder: duplicate.id)
        let sessions = state.marks.compactMap { $0.value[duplicate.id] == nil ? nil : $0.key }.sorted()
        var cohortClashes: [MergeClash] = [], sessionClashes: [(Day, String, MergeClash)] = []
        for p in participations where state.participation(holder: keep.id, cohort: p.cohort) != nil {
            cohortClashes.append(.cohort(name: cohortName(p.cohort)))
        }
        for id in sessions where state.mark(session: id, holder: keep.id) != nil {
            let session = state.sessions[id]
            let title = session?.title ?? id, date = session?.date ?? context.today
            sessionClashes.append((date, title, .session(title: title, date: date)))
        }
        let clashes = cohortClashes.sorted { "\($0)" < "\($1)" }
            + sessionClashes.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        guard clashes.isEmpty else { throw .mergeClashes(keep: keep.name, duplicate: duplicate.name, clashes: clashes) }
        // Answers and jury evaluations are not moved: the facilitator says which to keep.
        let evaluated = evaluations(of: duplicate.id)
        guard evaluated.answers.isEmpty, evaluated.evaluations.isEmpty else {
            throw .holderHasEvaluations(holder: duplicate.name, answers: evaluated.answers.count,
                                        evaluations: evaluated.evaluations.count)
        }
        try refuseMergingIdeasAndCalls(duplicate)

        let carried = state.projects(holder: duplicate.id)
        let payload = HolderMergePayload(
            action: action, keep: keep.id, duplicate: duplicate.id, cohorts: participations.map(\.cohort), sessions: sessions,
            notes: state.notes(about: .holder(duplicate.id)).map(\.id),
            projects: carried.filter { !$0.holders.contains(keep.id) }.map(\.id),
            sharedProjects: carried.filter { $0.holders.contains(keep.id) }.map(\.id),
            meetings: state.sessions.values.filter { $0.holder == duplicate.id }.map(\.id).sorted())
        events.append(.holderMerged(payload))

        var filled: [FieldChange<HolderField>] = []
        for field in [HolderField.commune, .email, .phone, .referredBy] where field.value(in: keep) == nil {
            if let value = field.value(in: duplicate) { filled.append(FieldChange(field: field, from: nil, to: value)) }
        }
        var tags = keep.tags
        for tag in duplicate.tags where !tags.contains(where: { NameKey.of($0) == NameKey.of(tag) }) { tags.append(tag) }
        if tags != keep.tags { filled.append(FieldChange(field: .tags, from: HolderField.tags.value(in: keep), to: .list(tags))) }
        if !filled.isEmpty { events.append(.holderEdited(EditPayload(action: action, id: keep.id, changes: filled))) }

        events.append(.holderDiscarded(HolderRemovalPayload(action: action, holder: duplicate, reason: nil,
                                                            mergedInto: keep.id, date: context.today)))
        let moved = payload.cohorts.count + payload.sessions.count + payload.notes.count + payload.projects.count
            + payload.sharedProjects.count + payload.meetings.count
        return .holdersMerged(keep: keep.name, duplicate: duplicate.name, moved: moved, filled: filled.map(\.field.rawValue))
    }

    /// Removes a participation entered by mistake, with the individual meetings planned
    /// for it. Refused while the holder has marks at the cohort's sessions (clear them
    /// first: they are what the cohort's figures count).
    mutating func removeParticipation(holder h: String, cohort c: String, reason text: String) throws(DomainError) -> Message {
        let holder = try resolver.holder(h)
        let cohort = try resolver.cohort(c)
        guard let participation = state.participation(holder: holder.id, cohort: cohort.id) else {
            throw .notEnrolled(holder: holder.name, cohort: cohort.name)
        }
        guard let why = try reason(text) else { throw .reasonRequired(what: "\(holder.name) — \(cohort.name)") }
        let sessions = state.sessions(cohort: cohort.id)
        let marked = sessions.filter { state.mark(session: $0.id, holder: holder.id) != nil }.count
        guard marked == 0 else { throw .participationHasMarks(holder: holder.name, cohort: cohort.name, marks: marked) }
        let meetings = sessions.filter { $0.kind == .individuel && $0.holder == holder.id }
        for meeting in meetings { events.append(.sessionRemoved(EntityPayload(action: action, entity: meeting))) }
        events.append(.participationRemoved(ParticipationRecordPayload(action: action, participation: participation, reason: why)))
        return .participationRemoved(holder: holder.name, cohort: cohort.name, meetings: meetings.count)
    }

    /// Moves a holder from their current cohort to another, of the same programme or
    /// not: the old participation becomes `transfere` (not a drop-out), a new one starts
    /// with the same status on the same day. Their individual meetings still planned (not
    /// held) in the old cohort are cancelled; the new cohort's template plans theirs.
    mutating func transfer(holder h: String, to c: String, from f: String?, date: Day?,
                           reason text: String?) throws(DomainError) -> Message {
        let holder = try resolver.holder(h)
        let target = try resolver.cohort(c)
        let why = try reason(text)
        let source: Participation
        if let f {
            let cohort = try resolver.cohort(f)
            guard let p = state.participation(holder: holder.id, cohort: cohort.id), p.status.isCurrent else {
                throw .notEnrolled(holder: holder.name, cohort: cohort.name)
            }
            source = p
        } else {
            let current = state.participations(holder: holder.id).filter { $0.status.isCurrent && $0.cohort != target.id }
            if current.isEmpty {
                if state.participation(holder: holder.id, cohort: target.id)?.status.isCurrent == true {
                    throw .transferToSameCohort(holder: holder.name, cohort: target.name)
                }
                throw .noCurrentCohort(holder: holder.name)
            }
            guard current.count == 1 else {
                throw .severalCurrentCohorts(holder: holder.name, cohorts: current.map { cohortName($0.cohort) }.sorted())
            }
            source = current[0]
        }
        guard source.cohort != target.id else { throw .transferToSameCohort(holder: holder.name, cohort: target.name) }
        if let existing = state.participation(holder: holder.id, cohort: target.id) {
            throw .alreadyEnrolled(holder: holder.name, cohort: target.name, status: existing.status)
        }
        let moved = try day(date, .transfer, what: holder.name, recorded: holder.created, last: source.history.last?.date)
        events.append(.participationChanged(ParticipationPayload(action: action, holder: holder.id, cohort: source.cohort,
                                                                 from: source.status, to: .transfere, date: moved,
                                                                 reason: why)))
        let planned = state.sessions(cohort: source.cohort).filter {
            $0.kind == .individuel && $0.holder == holder.id && $0.status == .planned
        }
        for meeting in planned {
            events.append(.sessionCancelled(SessionStatusPayload(action: action, session: meeting.id, from: .planned, to: .cancelled)))
        }
        let enrolled = enrol(holder, in: target, status: source.status, projects: state.projects(holder: holder.id),
                             date: moved, reason: why)
        var meetings = 0
        if case .enrolled(_, _, _, let count) = enrolled { meetings = count }
        return .transferred(holder: holder.name, from: cohortName(source.cohort), to: target.name,
                            cancelled: planned.count, planned: meetings)
    }
}
