import ParcoursDomain
import ParcoursKit

/// An idea of a demo programme (a Fabrique's piste): when and where it was detected, its
/// moves, and the holder who adopted it, if one did.
struct DemoIdea: Sendable {
    var title: String
    var detected: Day
    var source: String?
    var need: String?
    var commune: String?
    var moves: [DemoIdeaMove] = []
    var adoption: DemoAdoption?
}

/// One move of a demo idea's status.
struct DemoIdeaMove: Sendable {
    var day: Day
    var status: IdeaStatus
    var reason: String?

    init(_ day: Day, _ status: IdeaStatus, _ reason: String? = nil) {
        self.day = day
        self.status = status
        self.reason = reason
    }
}

/// The holder found for a demo idea: recorded on `recorded`, adopting it on `day`.
struct DemoAdoption: Sendable {
    var holder: String
    var kind: HolderKind
    var commune: String?
    var recorded: Day
    var day: Day
    var note: String?
}

/// A call for applications of a demo programme, with its applicants.
struct DemoCall: Sendable {
    var title: String
    var opens: Day
    var closes: Day
    var source: String
    var criteria: [String]
    var applicants: [DemoApplicant]
}

/// An applicant to a demo call: recorded and applying on `applied`, then checked
/// (criteria by number, from 1) a few days later.
struct DemoApplicant: Sendable {
    var name: String
    var kind: HolderKind
    var commune: String?
    var applied: Day
    var checked: Day
    var met: [Int]
    var unmet: [Int] = []
}
