import ParcoursDomain

extension SessionsReducer {
    /// The keys of the sessions view that concern open events (or act otherwise on an
    /// event's row): nil lets the session's own reducer have the action.
    static func openEventAction(_ action: Action, _ row: CalendarRow?, _ cs: CohortScreen, _ m: inout Model) -> [Effect]? {
        let l = m.language
        switch action {
        case .newEvent:
            return EventsReducer.act(.newEvent, on: nil, preferred: cs.cohort, &m)
        case .headcount:
            guard let row else { m.say(UIText.noSelection.text(l), error: true); return [] }
            guard let event = row.event else { m.say(UIText.headcountOnlyForEvents.text(l), error: true); return [] }
            return EventsReducer.act(.headcount, on: event, preferred: cs.cohort, &m)
        case .holdSession:
            guard let row else { m.say(UIText.noSelection.text(l), error: true); return [] }
            guard let session = row.session else { m.say(UIText.holdOnlyForSessions.text(l), error: true); return [] }
            return [.perform([.holdSession(session: session.id)])]
        case .editSession, .edit:
            guard let event = row?.event else { return nil }
            return EventsReducer.act(.editEvent, on: event, preferred: cs.cohort, &m)
        case .cancelSession:
            guard let event = row?.event else { return nil }
            return EventsReducer.act(.cancelEvent, on: event, preferred: cs.cohort, &m)
        default:
            return nil
        }
    }
}
