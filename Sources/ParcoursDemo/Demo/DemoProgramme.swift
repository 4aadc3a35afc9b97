import ParcoursDomain
import ParcoursKit

/// A programme of the demo as data: who runs it, for whom, and its workshop template
/// in the guide's order.
struct DemoProgramme: Sendable {
    var name: String
    /// The day the coordinator set it up.
    var created: Day
    var operators: [String]
    var partners: [DemoPartner]
    var targetStages: [Stage]
    var targetPublic: String
    var workshops: [DemoWorkshop]
    /// Open events (evening debates, trainings…), counted by headcount.
    var events: [DemoEvent] = []
    /// Ideas before holders (a Fabrique's pistes), and calls for applications.
    var ideas: [DemoIdea] = []
    var calls: [DemoCall] = []
    /// Follow-up waves, the end-of-programme survey, cost and funding.
    var after = DemoAfter()
}

/// What a programme sets up for after its cohorts: follow-up waves (months after each
/// holder's participation ended), the guide's end-of-programme survey, its funding.
struct DemoAfter: Sendable {
    var followUpWaves: [Int] = []
    var exitSurvey = false
    var funding: FundingDraft? = nil
}

/// A partner organisation of a programme and its role, in plain words.
struct DemoPartner: Sendable {
    var organisation: String
    var role: String
}

/// One slot of a programme's template.
struct DemoWorkshop: Sendable {
    var title: String
    var objectives: String?
    var duration: TimeSpan?
    /// The organisation that usually facilitates it.
    var by: String?
    var kind: SessionKind = .atelier
}
