/// Something the facilitator should know, that does not stop the command.
public enum DomainWarning: Hashable, Sendable {
    /// More holders taking part than the cohort's capacity.
    case capacityExceeded(cohort: String, capacity: Int, count: Int)
    /// The project's stage is not among the programme's target stages.
    case stageOutsideTargets(project: String, stage: Stage, programme: String)
    /// The session's day falls outside the cohort's dates.
    case sessionOutsideCohortDates(session: String, date: Day)
    /// The mark was recorded on a session dated in the future.
    case markOnFutureSession(session: String, date: Day)
    /// After a change of a cohort's dates, some of its sessions fall outside them.
    case sessionsOutsideNewDates(cohort: String, count: Int)
    /// A headcount recorded for an open event dated in the future.
    case headcountOnFutureEvent(event: String, date: Day)
    /// The funders give more than the cost (cents): a typo, or a surplus to say in the bilan.
    case fundersExceedCost(target: String, funded: Int, cost: Int)
    /// Another session at an overlapping time in the same venue.
    case venueOverlap(session: String, other: String, cohort: String, venue: String, date: Day)
    /// Another session at an overlapping time facilitated by the same person.
    case facilitatorOverlap(session: String, other: String, cohort: String, person: String, date: Day)
}
