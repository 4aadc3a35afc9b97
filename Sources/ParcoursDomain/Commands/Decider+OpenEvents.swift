extension Decider {
    mutating func addOpenEvent(target reference: String, _ draft: OpenEventDraft) throws(DomainError) -> Message {
        let (programme, cohort) = try resolver.eventOwner(reference)
        let title = try name(draft.title, .eventTitle, .openEvent)
        let venue = try optional(draft.venue, .venue)
        let duration = draft.duration ?? draft.kind.usualDuration
        try InputRules.duration(duration)
        if let cohort, draft.date < cohort.start || (cohort.end.map { draft.date > $0 } ?? false) {
            warnings.append(.sessionOutsideCohortDates(session: title, date: draft.date))
        }
        let details = OpenEventDetails(title: title, kind: draft.kind, date: draft.date, time: draft.time,
                                       duration: duration, venue: venue, remote: draft.remote)
        let event = OpenEvent(id: context.newID(), programme: programme.id, cohort: cohort?.id, details: details)
        events.append(.openEventScheduled(EntityPayload(action: action, entity: event)))
        return .openEventScheduled(title: title, date: draft.date, owner: cohort?.name ?? programme.name)
    }

    mutating func editOpenEvent(_ reference: String, _ edit: OpenEventEdit) throws(DomainError) -> Message {
        let event = try resolver.openEvent(reference)
        var details = event.details
        if let title = edit.title { details.title = try name(title, .eventTitle, .openEvent) }
        if let kind = edit.kind { details.kind = kind }
        if let date = edit.date { details.date = date }
        if let time = edit.time { details.time = time }
        if let duration = edit.duration {
            try InputRules.duration(duration)
            details.duration = duration
        }
        if let venue = edit.venue { details.venue = try optional(venue, .venue) }
        if let remote = edit.remote { details.remote = remote }
        guard details != event.details else { throw .nothingToChange(.openEvent, name: event.title) }
        if let cohort = event.cohort.flatMap({ state.cohorts[$0] }), details.date != event.date,
           details.date < cohort.start || (cohort.end.map { details.date > $0 } ?? false) {
            warnings.append(.sessionOutsideCohortDates(session: details.title, date: details.date))
        }
        events.append(.openEventUpdated(OpenEventUpdatePayload(action: action, event: event.id,
                                                               before: event.details, after: details)))
        return .openEventUpdated(title: details.title)
    }

    mutating func cancelOpenEvent(_ reference: String) throws(DomainError) -> Message {
        let event = try resolver.openEvent(reference)
        switch event.status {
        case .cancelled: throw .openEventIsCancelled(event: event.title)
        case .held: throw .openEventAlreadyHeld(event: event.title)
        case .planned: break
        }
        events.append(.openEventCancelled(OpenEventStatusPayload(action: action, event: event.id)))
        return .openEventCancelled(title: event.title, date: event.date)
    }

    /// Reads the categories (`Audience.read`), checks every number and the total, and
    /// records the headcount: the event is held. Recording again replaces the headcount
    /// (the event carries the previous one, for undo).
    mutating func recordHeadcount(_ reference: String, _ input: HeadcountInput) throws(DomainError) -> Message {
        let event = try resolver.openEvent(reference)
        if event.cancelled { throw .openEventIsCancelled(event: event.title) }
        var audiences: [AudienceCount] = []
        for typed in input.audiences {
            var audience = Audience.read(typed.category)
            if case .free(let name) = audience {
                audience = .free(try self.name(name, .audience, .openEvent))
            }
            // Named as typed: the refusal quotes what the person wrote.
            let shown = typed.category.trimmingCharacters(in: .whitespacesAndNewlines)
            guard (0...InputRules.largestHeadcount).contains(typed.count) else {
                throw .invalidHeadcount(event: event.title, category: shown, count: typed.count)
            }
            if audiences.contains(where: { $0.audience.sameCategory(as: audience) }) { throw .duplicateAudience(event: event.title, category: shown) }
            audiences.append(AudienceCount(audience, typed.count))
        }
        let counted = audiences.reduce(0) { $0 + $1.count }
        if let total = input.total {
            guard (0...InputRules.largestHeadcount).contains(total) else {
                throw .invalidHeadcount(event: event.title, category: "total", count: total)
            }
            if total < counted { throw .totalBelowCategories(event: event.title, total: total, counted: counted) }
        }
        let headcount = Headcount(audiences: audiences, total: input.total)
        guard headcount.total > 0 else { throw .emptyHeadcount(event: event.title) }
        if headcount == event.headcount { throw .sameHeadcount(event: event.title) }
        if event.date > context.today { warnings.append(.headcountOnFutureEvent(event: event.title, date: event.date)) }
        events.append(.headcountRecorded(HeadcountPayload(action: action, event: event.id, headcount: headcount,
                                                          previous: event.headcount)))
        return .headcountRecorded(event: event.title, total: headcount.total, replaced: event.headcount != nil)
    }

    mutating func clearHeadcount(_ reference: String) throws(DomainError) -> Message {
        let event = try resolver.openEvent(reference)
        guard let previous = event.headcount else { throw .noHeadcount(event: event.title) }
        events.append(.headcountCleared(HeadcountPayload(action: action, event: event.id, headcount: nil, previous: previous)))
        return .headcountCleared(event: event.title)
    }

    /// A past session nobody is expected at (a cohort with nobody enrolled yet, a meeting
    /// no holder was given) has no roll call to hold it: the facilitator says it took
    /// place, or cancels it. Where holders are expected, their attendance holds it.
    mutating func holdSession(_ reference: String) throws(DomainError) -> Message {
        let session = try resolver.session(reference)
        switch session.status {
        case .held: throw .sessionIsHeld(session: session.title)
        case .cancelled: throw .sessionIsCancelled(session: session.title)
        case .planned: break
        }
        if session.date > context.today { throw .sessionNotYetHeld(session: session.title, date: session.date) }
        let expected = state.expectedHolders(session: session)
        guard expected.isEmpty else { throw .sessionHasExpectedHolders(session: session.title, count: expected.count) }
        events.append(.sessionHeld(SessionStatusPayload(action: action, session: session.id, from: .planned, to: .held)))
        return .sessionHeld(title: session.title, date: session.date)
    }
}
