import ParcoursDomain
import ParcoursKit

/// A cohort of the demo as data: its calendar, its holders, its sessions and what
/// happened to the projects along the way.
struct DemoCohort: Sendable {
    /// Unique among the demo's cohorts; holder and session keys are local to the cohort.
    var key: String
    /// `DemoProgramme.name`.
    var programme: String
    var name: String
    var calendar: DemoCalendar
    var capacity: Int?
    var staff: [DemoStaff] = []
    var holders: [DemoHolder]
    var sessions: [DemoSession]
    var moves: [DemoMove] = []

    /// Whether the holder (a key of this cohort) takes part on `day`, as the story tells it.
    func takesPart(_ holder: DemoHolder, on date: Day) -> Bool {
        switch holder.track {
        case .notRetained: return false
        case .leaves(let left) where left <= date: return false
        default: break
        }
        let from = calendar.selection == nil ? holder.enrolledOn : (calendar.enrolment ?? calendar.start)
        return from <= date
    }

    /// Holders expected at a session, as the story tells it (keys).
    func expected(at session: DemoSession) -> [String] {
        if let holder = session.holder { return [holder] }
        return holders.filter { takesPart($0, on: session.date) }.map(\.key)
    }
}

/// The dates that move a whole cohort.
struct DemoCalendar: Sendable {
    /// Created and open for recruitment.
    var opened: Day
    /// Candidates decided (retenu / non_retenu); nil when holders enrol directly.
    var selection: Day? = nil
    /// Retained candidates enrolled (inscrit).
    var enrolment: Day? = nil
    /// Running from here: holders taking part are `en_cours`.
    var start: Day
    /// The last session; holders who complete are `termine` that evening.
    var end: Day? = nil
    /// The cohort is closed.
    var closed: Day? = nil
}

/// Someone on a cohort's staff.
struct DemoStaff: Sendable {
    var name: String
    var role: StaffRole
}

/// How a holder's participation ends.
enum DemoTrack: Sendable, Equatable {
    /// Taking part to the end (termine at the cohort's end).
    case completes
    /// Still taking part (en_cours).
    case ongoing
    /// Left the cohort (sorti) on that day.
    case leaves(on: Day)
    /// A candidate not retained (non_retenu at selection).
    case notRetained
}
