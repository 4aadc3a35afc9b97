/// Two sessions at overlapping times sharing a venue or a facilitator: said as a warning
/// when one is scheduled, and marked in the calendar. An open event takes part by its
/// venue only (it names no facilitator): an evening debate in the hall of a workshop.
public struct SessionOverlap: Hashable, Sendable {
    public enum Shared: Hashable, Sendable {
        /// The same venue of the directory (or, for sessions before it, the same venue text).
        case venue
        /// The same person of the directory among both sessions' facilitators.
        case person(EntityID)
    }

    /// The other session, or open event (`State.calendarItem` names either).
    public var other: EntityID
    public var shared: Shared

    public init(other: EntityID, shared: Shared) {
        self.other = other
        self.shared = shared
    }
}

/// What the overlap rule compares of a session or an open event: when, where, who.
struct CalendarSlot {
    var id: EntityID
    /// In minutes from a fixed origin: one stretch a day.
    var spans: [Range<Int>]

    func overlaps(_ other: CalendarSlot) -> Bool {
        spans.contains { mine in other.spans.contains { $0.overlaps(mine) } }
    }
    /// What names its venue for comparison; nil when remote or nowhere.
    var venue: String?
    var people: [EntityID]
    var cancelled: Bool
}

extension State {
    /// When something takes place, in minutes from a fixed origin: from its start time for
    /// its duration; without a time it takes its whole day (it may be any time). Two days or
    /// more ("2 j") are each day at the same hours (`calendarDays`).
    static func minutes(_ date: Day, _ time: ClockTime?, _ duration: TimeSpan) -> [Range<Int>] {
        (0..<duration.calendarDays).map { n in
            let dayStart = date.adding(days: n).ordinal * 24 * 60
            guard let time else { return dayStart..<(dayStart + 24 * 60) }
            let start = dayStart + time.hour * 60 + time.minute
            return start..<(start + max(1, duration.minutesEachDay))
        }
    }

    /// What names a venue for comparison: the directory's venue, else the free text
    /// (compared as names are); nil when remote or none.
    static func venueKey(place: EntityID?, text: String?, remote: Bool) -> String? {
        guard !remote else { return nil }
        if let place { return "id:" + place }
        return text.map { "text:" + NameKey.of($0) }
    }

    func slot(_ s: Session, people: [EntityID]? = nil) -> CalendarSlot {
        CalendarSlot(id: s.id, spans: State.minutes(s.date, s.time, s.duration),
                     venue: State.venueKey(place: s.details.place, text: s.details.venue, remote: s.remote),
                     people: people ?? (sessionFacilitators[s.id] ?? []), cancelled: s.status == .cancelled)
    }

    func slot(_ e: OpenEvent) -> CalendarSlot {
        CalendarSlot(id: e.id, spans: State.minutes(e.date, e.details.time, e.duration),
                     venue: State.venueKey(place: directoryVenue(of: e)?.id, text: e.details.venue, remote: e.details.remote),
                     people: [], cancelled: e.cancelled)
    }

    /// The directory's venue an open event's venue text names (its free text, compared as
    /// names are), so an event in the hall a session booked from the directory shares it.
    public func directoryVenue(of event: OpenEvent) -> Venue? {
        guard let text = event.details.venue else { return nil }
        let key = NameKey.of(text)
        return directoryVenues.first { NameKey.of($0.name) == key }
    }

    /// The sessions and open events overlapping `slot` in time (not cancelled, not itself)
    /// that share its venue (when `venue`) or one of its people, each sharing once.
    func overlaps(of slot: CalendarSlot, day: Day, venue: Bool) -> [SessionOverlap] {
        guard !slot.cancelled else { return [] }
        let people = Set(slot.people)
        let key = venue ? slot.venue : nil
        guard key != nil || !people.isEmpty else { return [] }
        // Something lasts at most 24 hours, so three working days: from three days before to
        // three days after.
        let (start, end) = (day.adding(days: -3), day.adding(days: 4))
        let others = sessions(from: start, to: end).map { self.slot($0) } + openEvents(from: start, to: end).map { self.slot($0) }
        var found: [SessionOverlap] = []
        for other in others where other.id != slot.id && !other.cancelled && other.overlaps(slot) {
            if let key, other.venue == key { found.append(SessionOverlap(other: other.id, shared: .venue)) }
            for person in other.people where people.contains(person) {
                found.append(SessionOverlap(other: other.id, shared: .person(person)))
            }
        }
        return found
    }

    /// What overlaps `session` (not cancelled): sessions and open events sharing its venue
    /// (when `venue`), sessions sharing one of `facilitators` (its own when nil).
    public func overlaps(of session: Session, facilitators: [EntityID]? = nil, venue: Bool = true) -> [SessionOverlap] {
        overlaps(of: slot(session, people: facilitators), day: session.date, venue: venue)
    }

    /// What overlaps an open event (not cancelled): sessions and events sharing its venue.
    public func overlaps(of event: OpenEvent) -> [SessionOverlap] {
        overlaps(of: slot(event), day: event.date, venue: true)
    }

    /// Every overlap among the sessions dated from `start` to `end` (excluded), by session.
    public func overlaps(from start: Day, to end: Day) -> [EntityID: [SessionOverlap]] {
        var result: [EntityID: [SessionOverlap]] = [:]
        for session in sessions(from: start, to: end) {
            let found = overlaps(of: session)
            if !found.isEmpty { result[session.id] = found }
        }
        return result
    }

    /// A session or an open event as an overlap names it: its title, its date and where it
    /// belongs (the session's cohort; the event's cohort, else its programme).
    public func calendarItem(_ id: EntityID) -> (title: String, date: Day, group: String)? {
        if let s = sessions[id] { return (s.title, s.date, cohorts[s.cohort]?.name ?? s.cohort) }
        if let e = openEvents[id] {
            return (e.title, e.date, e.cohort.flatMap { cohorts[$0]?.name } ?? programmes[e.programme]?.name ?? e.programme)
        }
        return nil
    }
}
