extension State {
    /// Open events of a programme (those of its cohorts included), in date order.
    public func openEvents(programme: EntityID) -> [OpenEvent] {
        openEvents.values.filter { $0.programme == programme }.sorted(by: State.chronological)
    }

    /// Open events of a cohort, in date order.
    public func openEvents(cohort: EntityID) -> [OpenEvent] {
        openEvents.values.filter { $0.cohort == cohort }.sorted(by: State.chronological)
    }

    /// Open events dated from `start` to `end` (excluded), in date order.
    public func openEvents(from start: Day, to end: Day) -> [OpenEvent] {
        openEvents.values.filter { $0.date >= start && $0.date < end }.sorted(by: State.chronological)
    }

    /// Open events dated before `today`, neither counted nor cancelled: their headcount
    /// was probably not recorded (of some programmes, or of all).
    public func pastEventsWithoutHeadcount(today: Day, programmes: Set<EntityID>? = nil) -> [OpenEvent] {
        openEvents.values.filter { $0.status == .planned && $0.date < today && (programmes?.contains($0.programme) ?? true) }
            .sorted(by: State.chronological)
    }

    /// Date, then time, then title, then id: the same order on every run.
    static func chronological(_ a: OpenEvent, _ b: OpenEvent) -> Bool {
        let ta = a.details.time.map { $0.hour * 60 + $0.minute } ?? -1
        let tb = b.details.time.map { $0.hour * 60 + $0.minute } ?? -1
        return (a.date, ta, a.title, a.id) < (b.date, tb, b.title, b.id)
    }
}
