/// Two sessions at overlapping times sharing a venue or a facilitator: said as a warning
/// when one is scheduled, and marked in the calendar.
public struct SessionOverlap: Hashable, Sendable {
    public enum Shared: Hashable, Sendable {
        /// The same venue of the directory (or, for sessions before it, the same venue text).
        case venue
        /// The same person of the directory among both sessions' facilitators.
        case person(EntityID)
    }

    /// The other session.
    public var other: EntityID
    public var shared: Shared

    public init(other: EntityID, shared: Shared) {
        self.other = other
        self.shared = shared
    }
}

extension State {
    /// When a session takes place, in minutes from a fixed origin: from its start time for
    /// its duration; a session without a time takes its whole day (it may be any time).
    static func minutes(of session: Session) -> Range<Int> {
        let dayStart = session.date.ordinal * 24 * 60
        guard let time = session.time else { return dayStart..<(dayStart + 24 * 60) }
        let start = dayStart + time.hour * 60 + time.minute
        return start..<(start + max(1, session.duration.minutes))
    }

    /// What names a session's venue for comparison: the directory's venue, else the free
    /// text of older sessions (compared as names are); nil for a remote session or none.
    static func venueKey(_ session: Session) -> String? {
        guard !session.remote else { return nil }
        if let place = session.details.place { return "id:" + place }
        return session.details.venue.map { "text:" + NameKey.of($0) }
    }

    /// The sessions overlapping `session` in time (not cancelled, not itself) that share its
    /// venue (when `venue`) or one of `facilitators` (its own when nil), each sharing once.
    public func overlaps(of session: Session, facilitators: [EntityID]? = nil, venue: Bool = true) -> [SessionOverlap] {
        guard session.status != .cancelled else { return [] }
        let people = Set(facilitators ?? (sessionFacilitators[session.id] ?? []))
        let key = venue ? State.venueKey(session) : nil
        guard key != nil || !people.isEmpty else { return [] }
        let span = State.minutes(of: session)
        var found: [SessionOverlap] = []
        // A session lasts at most a day: the day before (one ending after midnight) to the day after.
        for other in sessions(from: session.date.adding(days: -1), to: session.date.adding(days: 2))
        where other.id != session.id && other.status != .cancelled && State.minutes(of: other).overlaps(span) {
            if let key, State.venueKey(other) == key { found.append(SessionOverlap(other: other.id, shared: .venue)) }
            for person in sessionFacilitators[other.id] ?? [] where people.contains(person) {
                found.append(SessionOverlap(other: other.id, shared: .person(person)))
            }
        }
        return found
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
}
