/// Narrows a report inside its scope: a period (sessions dated in it, cohorts running
/// during it) and a commune (holders living there or whose project is there).
public struct ReportFilter: Hashable, Sendable {
    public var from: Day?
    public var to: Day?
    public var commune: String?

    public init(from: Day? = nil, to: Day? = nil, commune: String? = nil) {
        self.from = from
        self.to = to
        self.commune = commune
    }

    /// Whether a day falls in the period (open ends are unbounded).
    public func contains(_ day: Day) -> Bool {
        (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true)
    }

    /// Whether the holder (or one of their projects) is in the commune.
    func admits(holder: EntityID, in state: State) -> Bool {
        guard let commune else { return true }
        let key = NameKey.of(commune)
        if let known = state.holders[holder]?.commune, NameKey.of(known) == key { return true }
        return state.projects(holder: holder).contains { $0.commune.map(NameKey.of) == key }
    }

    /// Whether the cohort runs during the period: from its start to its end (or its last
    /// session, or its start).
    func admits(cohort: Cohort, in state: State) -> Bool {
        guard from != nil || to != nil else { return true }
        let last = state.sessions(cohort: cohort.id).last?.date
        let end = [cohort.end, last, cohort.start].compactMap { $0 }.max()!
        return (to.map { cohort.start <= $0 } ?? true) && (from.map { end >= $0 } ?? true)
    }
}
