import ParcoursDomain
import ParcoursKit

/// A session of a demo cohort and the attendance taken there.
struct DemoSession: Sendable {
    /// Local to the cohort.
    var key: String
    /// The programme's template slot it comes from. A collective slot is the session
    /// `addCohort(fromTemplate:)` scheduled, then moved to its real date; an individual
    /// slot is one meeting, scheduled with `addSession`.
    var slot: Int
    var date: Day
    var time: ClockTime
    var duration: TimeSpan? = nil
    var venue: String? = nil
    var remote: Bool = false
    /// The facilitating organisation, when not the template's.
    var by: String? = nil
    /// The holder met (key), for an individual meeting.
    var holder: String? = nil
    var attendance: DemoAttendance

    var moment: DemoMoment { DemoMoment(date, time) }
}

/// Whether attendance was taken, and who was not simply present.
enum DemoAttendance: Sendable {
    /// Not taken (yet): the session stays planned.
    case notTaken
    /// Taken: everyone expected is present except those listed (holder key → mark).
    case taken(except: [String: DemoMark])

    static let allPresent = DemoAttendance.taken(except: [:])
}

/// A mark other than present, with the facilitator's remark.
struct DemoMark: Sendable {
    var mark: Mark
    var remark: String?

    static func absent(_ remark: String? = nil) -> DemoMark { DemoMark(mark: .absent, remark: remark) }
    static func excused(_ remark: String? = nil) -> DemoMark { DemoMark(mark: .excuse, remark: remark) }
}
