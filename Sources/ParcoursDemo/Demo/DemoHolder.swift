import ParcoursDomain
import ParcoursKit

/// A holder of the demo with their project (one each in the demo).
struct DemoHolder: Sendable {
    /// Local to the cohort.
    var key: String
    var name: String
    var kind: HolderKind = .person
    var commune: String?
    /// The prescriber who sent them.
    var referredBy: String?
    var tags: [String] = []
    var project: String
    var sectors: [String] = []
    /// The project's stage when the holder was recorded.
    var stage: Stage = .idee
    /// The day the holder and their project were recorded.
    var added: Day
    /// The day they were enrolled, when later than `added`.
    var enrolled: Day? = nil
    var track: DemoTrack = .completes

    var enrolledOn: Day { enrolled ?? added }
}
