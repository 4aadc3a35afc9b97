extension State {
    /// A holder's marks over a cohort's sessions (cancelled sessions carry none).
    public func attendance(holder: EntityID, cohort: EntityID) -> AttendanceCount {
        var count = AttendanceCount()
        for session in sessions(cohort: cohort) where session.status != .cancelled {
            if let value = mark(session: session.id, holder: holder) { count.add(value.mark) }
        }
        return count
    }

    /// The marks of one session.
    public func attendance(session: EntityID) -> AttendanceCount {
        var count = AttendanceCount()
        for value in (marks[session] ?? [:]).values { count.add(value.mark) }
        return count
    }

    /// The marks of every session of a cohort.
    public func attendance(cohort: EntityID) -> AttendanceCount {
        var count = AttendanceCount()
        for session in sessions(cohort: cohort) where session.status != .cancelled {
            for value in (marks[session.id] ?? [:]).values { count.add(value.mark) }
        }
        return count
    }

    /// The run of absences ending at the holder's latest mark, over the cohort's held
    /// sessions in date order. Sessions where the holder has no mark are skipped;
    /// a present or excused mark ends the run.
    public func consecutiveAbsences(holder: EntityID, cohort: EntityID) -> Int {
        var run = 0
        for session in sessions(cohort: cohort).reversed() where session.status == .held {
            guard let value = mark(session: session.id, holder: holder) else { continue }
            if value.mark != .absent { break }
            run += 1
        }
        return run
    }

    /// Sessions dated before `today` and still planned: attendance was probably not taken.
    public func pastPlannedSessions(today: Day, cohorts: Set<EntityID>? = nil) -> [Session] {
        // Some cohorts: only their sessions (through the index), not every session.
        let candidates: [Session] = cohorts.map { $0.flatMap { lookups.sessionsByCohort[$0] ?? [] }.compactMap { sessions[$0] } }
            ?? Array(sessions.values)
        return candidates.filter { $0.status == .planned && $0.date < today }.sorted(by: State.chronological)
    }

    /// The sum of the durations of held sessions (all cohorts, or only those given).
    public func hoursDelivered(cohorts: Set<EntityID>? = nil) -> TimeSpan {
        sessions.values.filter { $0.status == .held && (cohorts?.contains($0.cohort) ?? true) }
            .reduce(.zero) { $0 + $1.duration }
    }
}
