extension Decider {
    mutating func addSession(cohort reference: String, _ draft: SessionDraft) throws(DomainError) -> Message {
        let cohort = try resolver.cohort(reference)
        let title = try name(draft.title, .sessionTitle, .session)
        let venue = try optional(draft.venue, .venue).map { name throws(DomainError) in try self.venue(named: name) }
        var holder: EntityID?
        if let h = draft.holder.map(trimmedReference), !h.isEmpty { holder = try resolver.holder(h).id }
        if draft.kind == .individuel, holder == nil { throw .individualNeedsHolder }
        var facilitators: [EntityID] = []
        if let by = try optional(draft.byOrganisationName, .organisationName) {
            facilitators = [try organisation(named: by, kind: .partner).id]
        }
        // An individual meeting lasts an hour unless said otherwise; a workshop three.
        let duration = draft.duration ?? (draft.kind == .individuel ? .hours(1) : .hours(3))
        try InputRules.duration(duration)
        let details = SessionDetails(title: title, kind: draft.kind, date: draft.date, time: draft.time,
                                     duration: duration, venue: venue?.name, remote: draft.remote,
                                     facilitators: facilitators, holder: holder, place: venue?.id)
        if draft.date < cohort.start || (cohort.end.map { draft.date > $0 } ?? false) {
            warnings.append(.sessionOutsideCohortDates(session: title, date: draft.date))
        }
        let session = Session(id: context.newID(), cohort: cohort.id, details: details)
        events.append(.sessionScheduled(EntityPayload(action: action, entity: session)))
        try scheduleFacilitators(draft.facilitators, of: session)
        return .sessionScheduled(title: title, date: draft.date)
    }

    mutating func updateSession(session reference: String, _ edit: SessionEdit) throws(DomainError) -> Message {
        let session = try resolver.session(reference)
        var details = session.details
        if let title = edit.title { details.title = try name(title, .sessionTitle, .session) }
        if let date = edit.date { details.date = date }
        if let time = edit.time { details.time = time }
        if let duration = edit.duration {
            try InputRules.duration(duration)
            details.duration = duration
        }
        if let kind = edit.kind { details.kind = kind }
        if let venue = edit.venue {
            let place = try optional(venue, .venue).map { name throws(DomainError) in try self.venue(named: name) }
            details.venue = place?.name
            details.place = place?.id
        }
        if let remote = edit.remote { details.remote = remote }
        if let by = edit.byOrganisationName {
            let named = try optional(by, .organisationName)
            details.facilitators = named == nil ? [] : [try organisation(named: by, kind: .partner).id]
        }
        if let h = edit.holder { details.holder = trimmedReference(h).isEmpty ? nil : try resolver.holder(h).id }
        if details.kind == .individuel, details.holder == nil { throw .individualNeedsHolder }
        guard details != session.details else { throw .sessionUnchanged(session: session.title) }
        events.append(.sessionUpdated(SessionUpdatePayload(action: action, session: session.id,
                                                           before: session.details, after: details)))
        warnOverlapsIfMoved(session, now: details)
        return .sessionUpdated(title: details.title)
    }

    mutating func cancelSession(session reference: String) throws(DomainError) -> Message {
        let session = try resolver.session(reference)
        switch session.status {
        case .held: throw .sessionAlreadyHeld(session: session.title)
        case .cancelled: throw .sessionIsCancelled(session: session.title)
        case .planned: break
        }
        events.append(.sessionCancelled(SessionStatusPayload(action: action, session: session.id,
                                                             from: .planned, to: .cancelled)))
        return .sessionCancelled(title: session.title, date: session.date)
    }

    /// Marks may only go to holders expected at the session, and never on a cancelled one.
    func checkMarkable(_ session: Session, _ holder: Holder) throws(DomainError) {
        if session.status == .cancelled { throw .sessionIsCancelled(session: session.title) }
        guard state.isExpected(holder: holder.id, at: session) else {
            throw .notTakingPart(holder: holder.name, session: session.title)
        }
    }

    /// Taking attendance means the session took place.
    mutating func markHeld(_ session: Session) {
        if session.status == .planned {
            events.append(.sessionHeld(SessionStatusPayload(action: action, session: session.id, from: .planned, to: .held)))
        }
        if session.date > context.today {
            warnings.append(.markOnFutureSession(session: session.title, date: session.date))
        }
    }

    /// Marks a holder. Marking again keeps what the new mark does not say: `remote` nil
    /// keeps the mark's remote flag (false for a first mark), `remark` nil keeps its
    /// remark and an empty one clears it — a facilitator correcting "absent" to
    /// "present" must not lose the remark typed earlier.
    mutating func attend(session s: String, holder h: String, mark: Mark, remote: Bool?,
                         remark: String?) throws(DomainError) -> Message {
        let session = try resolver.session(s)
        let holder = try resolver.holder(h)
        try checkMarkable(session, holder)
        let previous = state.mark(session: session.id, holder: holder.id)
        let keptRemark = remark == nil ? previous?.remark : try optional(remark, .remark)
        let value = MarkValue(mark: mark, remote: remote ?? previous?.remote ?? false, remark: keptRemark,
                              author: context.author, time: context.now)
        events.append(.attendanceMarked(AttendancePayload(action: action, session: session.id, holder: holder.id,
                                                          mark: value, previous: previous)))
        let started = mark == .present && startParticipation(of: holder.id, at: session)
        markHeld(session)
        let marked = Message.marked(holder: holder.name, session: session.title, mark: mark)
        guard started else { return marked }
        return .both(marked, .participationsStarted(holders: [holder.name], cohort: cohortName(session.cohort)))
    }

    /// A holder `inscrit` in the session's cohort who is marked present there for the
    /// first time has started: their participation moves to `en_cours` in the same action
    /// (its own event, so undoing the mark takes it back too), dated the session's day
    /// (not later than today, nor before their last move). Returns whether it moved.
    mutating func startParticipation(of holder: EntityID, at session: Session) -> Bool {
        guard let p = state.participation(holder: holder, cohort: session.cohort), p.status == .inscrit else { return false }
        var date = min(session.date, context.today)
        if let last = p.history.last?.date, date < last { date = last }
        events.append(.participationChanged(ParticipationPayload(action: action, holder: holder, cohort: session.cohort,
                                                                 from: .inscrit, to: .enCours, date: date)))
        return true
    }

    func cohortName(_ id: EntityID) -> String { state.cohorts[id]?.name ?? id }

    mutating func markAllPresent(session s: String) throws(DomainError) -> Message {
        let session = try resolver.session(s)
        if session.status == .cancelled { throw .sessionIsCancelled(session: session.title) }
        let expected = state.expectedHolders(session: session)
        guard !expected.isEmpty else { throw .nobodyExpected(session: session.title) }
        let unmarked = expected.filter { state.mark(session: session.id, holder: $0.id) == nil }
        guard !unmarked.isEmpty else { throw .nothingToMark(session: session.title) }
        var started: [String] = []
        for holder in unmarked {
            let value = MarkValue(mark: .present, remote: session.remote, author: context.author, time: context.now)
            events.append(.attendanceMarked(AttendancePayload(action: action, session: session.id, holder: holder.id,
                                                              mark: value, previous: nil)))
            if startParticipation(of: holder.id, at: session) { started.append(holder.name) }
        }
        markHeld(session)
        let marked = Message.markedAllPresent(session: session.title, count: unmarked.count)
        guard !started.isEmpty else { return marked }
        return .both(marked, .participationsStarted(holders: started, cohort: cohortName(session.cohort)))
    }

    mutating func clearMark(session s: String, holder h: String) throws(DomainError) -> Message {
        let session = try resolver.session(s)
        let holder = try resolver.holder(h)
        guard let previous = state.mark(session: session.id, holder: holder.id) else {
            throw .noMark(holder: holder.name, session: session.title)
        }
        events.append(.attendanceCleared(AttendancePayload(action: action, session: session.id, holder: holder.id,
                                                           mark: nil, previous: previous)))
        return .markCleared(holder: holder.name, session: session.title)
    }
}
