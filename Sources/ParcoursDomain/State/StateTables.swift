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
    public var removedHolders: [EntityID: RemovedHolder]
    public var eventCount: Int
    public var history: ActionHistory
    public var anomalies: Int
    public var unknownEvents: Int
    public var conflicts: [Conflict]
    /// Per conflict subject, the fold position of the last event that changed it.
    public var lastChange: LastChanges
    public var erasures: Erasures
    public var settings: Settings
    public var sensitive: [EntityID: SensitiveData]
    public var questionnaires: [EntityID: Questionnaire]
    public var responses: [EntityID: [EntityID: QuestionnaireResponse]]
    public var juries: [EntityID: Jury]
    public var openEvents: [EntityID: OpenEvent]
    public var ideas: [EntityID: Idea]
    public var calls: [EntityID: CallForApplications]
    public var applications: [EntityID: [EntityID: Application]]
    /// Follow-up plans and records, milestones, needs, legal form history, funding.
    public var followUpPlans: [EntityID: [Int]]
    public var followUps: [EntityID: [FollowUp]]
    public var programmeMilestones: [EntityID: [CustomMilestone]]
    public var milestones: [EntityID: [String: Day]]
    public var needs: [EntityID: Need]
    public var legalFormHistory: [EntityID: [LegalFormChange]]
    public var funding: [EntityID: Funding]
    /// Contacts at organisations.
    public var contacts: [EntityID: Contact]
    /// The people and venue directories, and the people facilitating each session.
    public var people: [EntityID: Person]
    public var venues: [EntityID: Venue]
    public var sessionFacilitators: [EntityID: [EntityID]]

    public init(organisations: [EntityID: Organisation], programmes: [EntityID: Programme], cohorts: [EntityID: Cohort],
                holders: [EntityID: Holder], projects: [EntityID: Project],
                participations: [EntityID: [EntityID: Participation]], sessions: [EntityID: Session],
                marks: [EntityID: [EntityID: MarkValue]], notes: [EntityID: Note], eventCount: Int,
                history: ActionHistory, anomalies: Int, unknownEvents: Int, conflicts: [Conflict],
                lastChange: LastChanges, erasures: Erasures = Erasures(), settings: Settings = Settings(),
                sensitive: [EntityID: SensitiveData] = [:], removedHolders: [EntityID: RemovedHolder] = [:],
                questionnaires: [EntityID: Questionnaire] = [:],
                responses: [EntityID: [EntityID: QuestionnaireResponse]] = [:], juries: [EntityID: Jury] = [:],
                openEvents: [EntityID: OpenEvent] = [:],
                ideas: [EntityID: Idea] = [:], calls: [EntityID: CallForApplications] = [:],
                applications: [EntityID: [EntityID: Application]] = [:],
                followUpPlans: [EntityID: [Int]] = [:], followUps: [EntityID: [FollowUp]] = [:],
                programmeMilestones: [EntityID: [CustomMilestone]] = [:], milestones: [EntityID: [String: Day]] = [:],
                needs: [EntityID: Need] = [:], legalFormHistory: [EntityID: [LegalFormChange]] = [:],
                funding: [EntityID: Funding] = [:], contacts: [EntityID: Contact] = [:],
                people: [EntityID: Person] = [:], venues: [EntityID: Venue] = [:],
                sessionFacilitators: [EntityID: [EntityID]] = [:]) {
        self.organisations = organisations
        self.programmes = programmes
        self.cohorts = cohorts
        self.holders = holders
        self.projects = projects
        self.participations = participations
        self.sessions = sessions
        self.marks = marks
        self.notes = notes
        self.removedHolders = removedHolders
        self.eventCount = eventCount
        self.history = history
        self.anomalies = anomalies
        self.unknownEvents = unknownEvents
        self.conflicts = conflicts
        self.lastChange = lastChange
        self.erasures = erasures
        self.settings = settings
        self.sensitive = sensitive
        self.questionnaires = questionnaires
        self.responses = responses
        self.juries = juries
        self.openEvents = openEvents
        self.ideas = ideas
        self.calls = calls
        self.applications = applications
        self.followUpPlans = followUpPlans
        self.followUps = followUps
        self.programmeMilestones = programmeMilestones
        self.milestones = milestones
        self.needs = needs
        self.legalFormHistory = legalFormHistory
        self.funding = funding
        self.contacts = contacts
        self.people = people
        self.venues = venues
        self.sessionFacilitators = sessionFacilitators
    }
}

extension State {
    /// This state's tables.
    public var tables: StateTables {
        StateTables(organisations: organisations, programmes: programmes, cohorts: cohorts, holders: holders,
                    projects: projects, participations: participations, sessions: sessions, marks: marks, notes: notes,
                    eventCount: eventCount, history: history, anomalies: anomalies, unknownEvents: unknownEvents,
                    conflicts: conflictLedger.conflicts, lastChange: conflictLedger.lastChange, erasures: erasures,
                    settings: settings, sensitive: sensitive, removedHolders: removedHolders,
                    questionnaires: questionnaires, responses: responses, juries: juries, openEvents: openEvents,
                    ideas: ideas, calls: calls, applications: applications,
                    followUpPlans: followUpPlans, followUps: followUps, programmeMilestones: programmeMilestones,
                    milestones: milestones, needs: needs, legalFormHistory: legalFormHistory, funding: funding,
                    contacts: contacts, people: people, venues: venues, sessionFacilitators: sessionFacilitators)
    }

    /// The state with these tables, its lookups built again from them.
    public init(tables t: StateTables) {
        var lookups = Lookups()
        lookups.index(sessions: t.sessions)
        lookups.index(projects: t.projects)
        lookups.index(notes: t.notes)
        lookups.index(marks: t.marks)
        self.init(tables: t, lookups: lookups)
    }

    /// The state with these tables and the lookups already built from them (the snapshot
    /// cache builds them in parts, on both cores, as it reads the tables).
    package init(tables t: StateTables, lookups: Lookups) {
        organisations = t.organisations
        programmes = t.programmes
        cohorts = t.cohorts
        holders = t.holders
        projects = t.projects
        participations = t.participations
        sessions = t.sessions
        marks = t.marks
        notes = t.notes
        removedHolders = t.removedHolders
        eventCount = t.eventCount
        history = t.history
        anomalies = t.anomalies
        unknownEvents = t.unknownEvents
        conflictLedger.conflicts = t.conflicts
        conflictLedger.lastChange = t.lastChange
        erasures = t.erasures
        settings = t.settings
        sensitive = t.sensitive
        questionnaires = t.questionnaires
        responses = t.responses
        juries = t.juries
        openEvents = t.openEvents
        ideas = t.ideas
        calls = t.calls
        applications = t.applications
        followUpPlans = t.followUpPlans
        followUps = t.followUps
        programmeMilestones = t.programmeMilestones
        milestones = t.milestones
        needs = t.needs
        legalFormHistory = t.legalFormHistory
        funding = t.funding
        contacts = t.contacts
        people = t.people
        venues = t.venues
        sessionFacilitators = t.sessionFacilitators
        self.lookups = lookups
    }

    /// Puts the last change of every conflict subject in its compact layout, the one the
    /// snapshot cache stores (done before saving one: smaller, and nothing is copied).
    package mutating func settleLastChanges() {
        conflictLedger.lastChange.settle()
    }

    /// The lookups `apply` keeps beside the tables, made from the tables alone. Each part
    /// reads one table, so the parts can be made on different threads and then `merge`d.
    package struct Lookups: Sendable, Equatable, CustomStringConvertible {
        package var sessionsByCohort: [EntityID: Set<EntityID>] = [:]
        /// Session ids by the week of their day (`Day.week`).
        package var sessionsByWeek: [Int: Set<EntityID>] = [:]
        // These three hold arrays used as sets (see `IdLists`).
        package var projectsByHolder: [EntityID: [EntityID]] = [:]
        package var notesByTarget: [EntityID: [EntityID]] = [:]
        /// Per holder, the sessions where they are marked present. Stored in the snapshot as it is (grouping every mark again took a tenth of a
        /// second at 10^6 events); the others are made again from their tables.
        package var presentAt: [EntityID: [EntityID]] = [:]

        package init() {}

        /// How many keys each lookup has (a failing comparison prints this, not every id).
        package var description: String {
            "Lookups(sessionsByCohort: \(sessionsByCohort.count), sessionsByWeek: \(sessionsByWeek.count), "
                + "projectsByHolder: \(projectsByHolder.count), notesByTarget: \(notesByTarget.count), "
                + "presentAt: \(presentAt.count) keys)"
        }

        /// The same ids under the same keys, in any order, empty entries left out (what
        /// `apply` leaves behind after removals is not rebuilt).
        package static func == (a: Lookups, b: Lookups) -> Bool {
            func sets<K>(_ lookup: [K: [EntityID]]) -> [K: Set<EntityID>] { lookup.filter { !$0.value.isEmpty }.mapValues(Set.init) }
            func nonEmpty<K>(_ lookup: [K: Set<EntityID>]) -> [K: Set<EntityID>] { lookup.filter { !$0.value.isEmpty } }
            return nonEmpty(a.sessionsByCohort) == nonEmpty(b.sessionsByCohort)
                && nonEmpty(a.sessionsByWeek) == nonEmpty(b.sessionsByWeek)
                && sets(a.projectsByHolder) == sets(b.projectsByHolder)
                && sets(a.notesByTarget) == sets(b.notesByTarget)
                && sets(a.presentAt) == sets(b.presentAt)
        }

        package mutating func index(sessions: [EntityID: Session]) {
            for session in sessions.values {
                sessionsByCohort[session.cohort, default: []].insert(session.id)
                sessionsByWeek[session.date.week, default: []].insert(session.id)
            }
        }

        package mutating func index(projects: [EntityID: Project]) {
            for project in projects.values {
                for holder in project.holders { projectsByHolder.insert(project.id, at: holder) }
            }
        }

        package mutating func index(notes: [EntityID: Note]) {
            for note in notes.values { notesByTarget[note.target.id, default: []].append(note.id) }
        }

        package mutating func index(marks: [EntityID: [EntityID: MarkValue]]) {
            for (session, byHolder) in marks {
                for (holder, value) in byHolder where value.mark == .present {
                    presentAt[holder, default: []].append(session)  // one mark per session and holder
                }
            }
        }

        /// These lookups with the parts `other` made (each part is made by one side only).
        package mutating func merge(_ other: Lookups) {
            if sessionsByCohort.isEmpty { sessionsByCohort = other.sessionsByCohort }
            if sessionsByWeek.isEmpty { sessionsByWeek = other.sessionsByWeek }
            if projectsByHolder.isEmpty { projectsByHolder = other.projectsByHolder }
            if notesByTarget.isEmpty { notesByTarget = other.notesByTarget }
            if presentAt.isEmpty { presentAt = other.presentAt }
        }
    }
}
