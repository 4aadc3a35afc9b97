import ParcoursDomain
import ParcoursKit

/// What `Demo.load` actually wrote, counted from the events its commands appended.
public struct DemoSummary: Hashable, Sendable {
    /// Commands performed (each one action in the journal).
    public var commands = 0
    /// Events appended.
    public var events = 0
    public var organisations = 0
    public var programmes = 0
    /// Template slots added to the programmes.
    public var workshops = 0
    public var cohorts = 0
    public var holders = 0
    public var projects = 0
    /// Participation moves (enrolments, selections, starts, ends).
    public var participationChanges = 0
    /// Sessions scheduled.
    public var sessions = 0
    /// Sessions that took place (attendance taken).
    public var sessionsHeld = 0
    /// Attendance marks.
    public var marks = 0
    public var stageChanges = 0
    public var statusChanges = 0
    public var notes = 0
    /// Open events planned, and headcounts recorded.
    public var openEvents = 0
    public var headcounts = 0
    /// Ideas recorded before any holder (a Fabrique's pistes), and those adopted.
    public var ideas = 0
    public var ideasAdopted = 0
    /// Calls for applications, and applications to them.
    public var calls = 0
    public var applications = 0

    public init() {}

    /// Counts what one command appended.
    mutating func count(_ decision: Decision) {
        commands += 1
        events += decision.events.count
        for event in decision.events {
            switch event {
            case .organisationAdded: organisations += 1
            case .programmeCreated: programmes += 1
            case .workshopAdded: workshops += 1
            case .cohortCreated: cohorts += 1
            case .holderAdded: holders += 1
            case .projectCreated: projects += 1
            case .participationChanged: participationChanges += 1
            case .sessionScheduled: sessions += 1
            case .sessionHeld: sessionsHeld += 1
            case .attendanceMarked: marks += 1
            case .stageChanged: stageChanges += 1
            case .statusChanged: statusChanges += 1
            case .noteAdded: notes += 1
            case .openEventScheduled: openEvents += 1
            case .headcountRecorded: headcounts += 1
            case .ideaAdded: ideas += 1
            case .ideaAdopted: ideasAdopted += 1
            case .callAdded: calls += 1
            case .callApplied: applications += 1
            default: break
            }
        }
    }
}
