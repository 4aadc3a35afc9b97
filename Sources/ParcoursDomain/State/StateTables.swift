import Foundation

/// The state as its tables, without the lookups `apply` keeps beside them: what the
/// snapshot cache writes and reads back. `State(tables:)` builds the lookups again, so
/// a restored state answers exactly as the folded one (tested).
public struct StateTables: Sendable {
    public var organisations: [EntityID: Organisation]
    public var programmes: [EntityID: Programme]
    public var cohorts: [EntityID: Cohort]
    public var holders: [EntityID: Holder]
    public var projects: [EntityID: Project]
    public var participations: [EntityID: [EntityID: Participation]]
    public var sessions: [EntityID: Session]
    public var marks: [EntityID: [EntityID: MarkValue]]
    public var notes: [EntityID: Note]
    public var eventCount: Int
    public var history: ActionHistory
    public var anomalies: Int
    public var unknownEvents: Int
    public var conflicts: [Conflict]
    /// Per conflict subject, the fold position of the last event that changed it.
    public var lastChange: [ConflictSubject: Int]

    public init(organisations: [EntityID: Organisation], programmes: [EntityID: Programme], cohorts: [EntityID: Cohort],
                holders: [EntityID: Holder], projects: [EntityID: Project],
                participations: [EntityID: [EntityID: Participation]], sessions: [EntityID: Session],
                marks: [EntityID: [EntityID: MarkValue]], notes: [EntityID: Note], eventCount: Int,
                history: ActionHistory, anomalies: Int, unknownEvents: Int, conflicts: [Conflict],
                lastChange: [ConflictSubject: Int]) {
        self.organisations = organisations
        self.programmes = programmes
        self.cohorts = cohorts
        self.holders = holders
        self.projects = projects
        self.participations = participations
        self.sessions = sessions
        self.marks = marks
        self.notes = notes
        self.eventCount = eventCount
        self.history = history
        self.anomalies = anomalies
        self.unknownEvents = unknownEvents
        self.conflicts = conflicts
        self.lastChange = lastChange
    }
}

extension State {
    /// This state's tables.
    public var tables: StateTables {
        StateTables(organisations: organisations, programmes: programmes, cohorts: cohorts, holders: holders,
                    projects: projects, participations: participations, sessions: sessions, marks: marks, notes: notes,
                    eventCount: eventCount, history: history, anomalies: anomalies, unknownEvents: unknownEvents,
                    conflicts: conflictLedger.conflicts, lastChange: conflictLedger.lastChange)
    }

    /// The state with these tables, its lookups built again from them.
    public init(tables t: StateTables) {
        organisations = t.organisations
        programmes = t.programmes
        cohorts = t.cohorts
        holders = t.holders
        projects = t.projects
        participations = t.participations
        sessions = t.sessions
        marks = t.marks
        notes = t.notes
        eventCount = t.eventCount
        history = t.history
        anomalies = t.anomalies
        unknownEvents = t.unknownEvents
        conflictLedger.conflicts = t.conflicts
        conflictLedger.lastChange = t.lastChange
        rebuildLookups()
    }

    /// The lookups `apply` keeps, made from the tables alone.
    mutating func rebuildLookups() {
        sessionsByCohort = [:]
        sessionsByWeek = [:]
        for session in sessions.values {
            sessionsByCohort[session.cohort, default: []].insert(session.id)
            sessionsByWeek[session.date.week, default: []].insert(session.id)
        }
        projectsByHolder = [:]
        for project in projects.values {
            for holder in project.holders { projectsByHolder[holder, default: []].insert(project.id) }
        }
        notesByTarget = [:]
        for note in notes.values { notesByTarget[note.target.id, default: []].insert(note.id) }
        presentAt = [:]
        for (session, byHolder) in marks {
            for (holder, value) in byHolder where value.mark == .present {
                presentAt[holder, default: []].insert(session)
            }
        }
    }
}
