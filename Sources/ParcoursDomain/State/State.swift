import Foundation

/// Everything known, folded from the events (`apply`). A value: screens and reports
/// read it, commands are decided against it.
public struct State: Sendable {
    public internal(set) var organisations: [EntityID: Organisation] = [:]
    public internal(set) var programmes: [EntityID: Programme] = [:]
    public internal(set) var cohorts: [EntityID: Cohort] = [:]
    public internal(set) var holders: [EntityID: Holder] = [:]
    public internal(set) var projects: [EntityID: Project] = [:]
    /// Participations by cohort id, then holder id.
    public internal(set) var participations: [EntityID: [EntityID: Participation]] = [:]
    public internal(set) var sessions: [EntityID: Session] = [:]
    /// Marks by session id, then holder id.
    public internal(set) var marks: [EntityID: [EntityID: MarkValue]] = [:]
    public internal(set) var notes: [EntityID: Note] = [:]
    /// Holders taken out of the lists (removed with a reason, or merged into another):
    /// no list, report or export shows them; the journal still names them.
    public internal(set) var removedHolders: [EntityID: RemovedHolder] = [:]
    /// Events folded so far (unknown types included). The events themselves stay in the
    /// logs: the state holds what they add up to, so it stays small at any history
    /// length; `n` below this count is "the n-th event folded" (fold order).
    public internal(set) var eventCount = 0
    /// The last actions of each author, for undo and redo.
    public internal(set) var history = ActionHistory()
    /// Events that referred to something missing (ignored, never fatal).
    public internal(set) var anomalies = 0
    /// Events of a type this version does not know (kept in the journal).
    public internal(set) var unknownEvents = 0
    /// Concurrent changes of the same thing found by the fold (see `conflicts`).
    public internal(set) var conflictLedger = ConflictLedger()
    /// The people erased, and what went with them (`Erasures`).
    public internal(set) var erasures = Erasures()
    /// The data directory's settings.
    public internal(set) var settings = Settings()
    /// Holders' sensitive data and consents, by holder (only those who have some).
    public internal(set) var sensitive: [EntityID: SensitiveData] = [:]
    /// Follow-up waves by programme: months after the end of each holder's participation.
    public internal(set) var followUpPlans: [EntityID: [Int]] = [:]
    /// Follow-ups by project, one per wave, in wave order.
    public internal(set) var followUps: [EntityID: [FollowUp]] = [:]
    /// Each programme's own milestones, beside the standard list.
    public internal(set) var programmeMilestones: [EntityID: [CustomMilestone]] = [:]
    /// Milestones reached by project: milestone id (standard or a programme's) → day.
    public internal(set) var milestones: [EntityID: [String: Day]] = [:]
    /// Needs and blockers of projects, by id.
    public internal(set) var needs: [EntityID: Need] = [:]
    /// Each project's legal form changes, oldest first (`project legal-form`).
    public internal(set) var legalFormHistory: [EntityID: [LegalFormChange]] = [:]
    /// Cost and funding by programme or cohort id.
    public internal(set) var funding: [EntityID: Funding] = [:]
    /// Questionnaires of the programmes (intake, exit, follow-up).
    public internal(set) var questionnaires: [EntityID: Questionnaire] = [:]
    /// Answers by questionnaire id, then holder id (one response per holder).
    public internal(set) var responses: [EntityID: [EntityID: QuestionnaireResponse]] = [:]
    /// The juries of review sessions, by session id (only sessions that have one).
    public internal(set) var juries: [EntityID: Jury] = [:]
    /// The people at organisations (contacts), by id; an erased one keeps only its dates.
    public internal(set) var contacts: [EntityID: Contact] = [:]
    /// Open events (evening debates, awareness half-days, trainings…), counted by headcount.
    public internal(set) var openEvents: [EntityID: OpenEvent] = [:]
    /// Ideas before their holders (a Fabrique's pistes), by id.
    public internal(set) var ideas: [EntityID: Idea] = [:]
    /// Calls for applications (AMI), by id.
    public internal(set) var calls: [EntityID: CallForApplications] = [:]
    /// Applications by call id, then holder id (one per holder and call).
    public internal(set) var applications: [EntityID: [EntityID: Application]] = [:]
    /// The people directory: facilitators, coordinators, referents, speakers, witnesses.
    public internal(set) var people: [EntityID: Person] = [:]
    /// The venue directory.
    public internal(set) var venues: [EntityID: Venue] = [:]
    /// The people facilitating each session, in the order named (only sessions that have some).
    public internal(set) var sessionFacilitators: [EntityID: [EntityID]] = [:]
    /// Lookups kept by `apply` beside the tables (sessions by cohort and by week, projects
    /// by holder, notes by target, present sessions by holder), so screens and reports
    /// look things up instead of scanning every session, project, note or mark.
    package internal(set) var lookups = Lookups()

    public init() {}

    /// Folds a sequence of events.
    public init(events: some Sequence<RecordedEvent>) {
        for event in events { apply(event) }
    }

    // MARK: Convenience reads

    /// The participation of a holder in a cohort.
    public func participation(holder: EntityID, cohort: EntityID) -> Participation? {
        participations[cohort]?[holder]
    }

    /// Participations of a cohort, sorted by holder name.
    public func participations(cohort: EntityID) -> [Participation] {
        byHolderName(Array((participations[cohort] ?? [:]).values), \.holder)
    }

    /// Participations of a holder in every cohort.
    public func participations(holder: EntityID) -> [Participation] {
        participations.values.compactMap { $0[holder] }.sorted { $0.cohort < $1.cohort }
    }

    /// Holders taking part in a cohort (inscrit, en cours, terminé, sorti), sorted by name.
    public func holdersTakingPart(cohort: EntityID) -> [Holder] {
        participations(cohort: cohort).filter(\.status.isTakingPart).compactMap { holders[$0.holder] }
    }

    /// Whether the holder takes part in the cohort.
    public func isTakingPart(holder: EntityID, cohort: EntityID) -> Bool {
        participation(holder: holder, cohort: cohort)?.status.isTakingPart ?? false
    }

    /// Sessions of a cohort in date (then time, then title) order.
    public func sessions(cohort: EntityID) -> [Session] {
        (lookups.sessionsByCohort[cohort] ?? []).compactMap { sessions[$0] }.sorted(by: State.chronological)
    }

    /// Sessions dated from `start` to `end` (excluded), in date order.
    public func sessions(from start: Day, to end: Day) -> [Session] {
        guard start < end else { return [] }
        return (start.week...end.adding(days: -1).week).flatMap { lookups.sessionsByWeek[$0] ?? [] }
            .compactMap { sessions[$0] }.filter { $0.date >= start && $0.date < end }.sorted(by: State.chronological)
    }

    /// Whether `holder` is expected at `session`, so has a place on its roll call and can
    /// be marked: the holder of an individual meeting; for a meeting no holder was given
    /// (or any other session), every holder taking part in the cohort. The one rule the
    /// decider, the roll call and the reports follow.
    /// A holder transferred to another cohort is expected only at the sessions before
    /// the transfer.
    public func isExpected(holder: EntityID, at session: Session) -> Bool {
        if session.kind == .individuel, let meetingHolder = session.holder { return holder == meetingHolder }
        guard let p = participation(holder: holder, cohort: session.cohort), p.status.isTakingPart else { return false }
        return State.expected(p, on: session.date)
    }

    /// Holders expected at a session (`isExpected`).
    public func expectedHolders(session: Session) -> [Holder] {
        if session.kind == .individuel, let h = session.holder { return holders[h].map { [$0] } ?? [] }
        return participations(cohort: session.cohort).filter { $0.status.isTakingPart && State.expected($0, on: session.date) }
            .compactMap { holders[$0.holder] }
    }

    /// Whether a participation taking part still has a place on a roll call of `day`.
    static func expected(_ p: Participation, on day: Day) -> Bool {
        guard p.status == .transfere, let transfer = p.history.last?.date else { return true }
        return day < transfer
    }

    /// The mark of a holder at a session.
    public func mark(session: EntityID, holder: EntityID) -> MarkValue? {
        marks[session]?[holder]
    }

    /// Projects carried by a holder.
    public func projects(holder: EntityID) -> [Project] {
        (lookups.projectsByHolder[holder] ?? []).compactMap { projects[$0] }.map { (key: NameKey.of($0.title), project: $0) }
            .sorted { ($0.key, $0.project.id) < ($1.key, $1.project.id) }.map(\.project)
    }

    /// Cohorts of a programme, by start day.
    public func cohorts(programme: EntityID) -> [Cohort] {
        cohorts.values.filter { $0.programme == programme }.sorted { ($0.start, $0.name, $0.id) < ($1.start, $1.name, $1.id) }
    }

    /// Notes about a holder or a project, oldest first.
    public func notes(about target: NoteTarget) -> [Note] {
        (lookups.notesByTarget[target.id] ?? []).compactMap { notes[$0] }.filter { $0.target == target }
            .sorted { ($0.time, $0.id) < ($1.time, $1.id) }
    }

    /// The ids whose events make up an entity's journal: itself, a cohort's sessions, a
    /// holder's projects. An event concerns the entity when it refers to one of them.
    public func journalScope(of id: EntityID) -> Set<EntityID> {
        var scope: Set<EntityID> = [id]
        scope.formUnion(lookups.sessionsByCohort[id] ?? [])
        scope.formUnion(lookups.projectsByHolder[id] ?? [])
        return scope
    }

    /// A cohort's journal scope: the cohort, its sessions, the holders who took part in
    /// it and their projects.
    public func cohortJournalScope(_ cohort: EntityID) -> Set<EntityID> {
        var scope: Set<EntityID> = [cohort]
        scope.formUnion(lookups.sessionsByCohort[cohort] ?? [])
        for holder in (participations[cohort] ?? [:]).keys {
            scope.insert(holder)
            scope.formUnion(lookups.projectsByHolder[holder] ?? [])
        }
        return scope
    }

    /// The sessions of the programme's cohorts made from its template workshop at `index`.
    func sessionsMade(fromWorkshop index: Int, of programme: EntityID) -> [EntityID] {
        cohorts.values.filter { $0.programme == programme }
            .flatMap { lookups.sessionsByCohort[$0.id] ?? [] }
            .filter { sessions[$0]?.templateIndex == index }.sorted()
    }

    func holderName(_ id: EntityID) -> String { holders[id]?.name ?? removedHolders[id]?.holder.name ?? id }

    /// Names sort as people expect: "Émile" between "Denis" and "Fanny", ties by id.
    func holderSortKey(_ id: EntityID) -> String { NameKey.of(holderName(id)) }

    /// Items sorted by their holder's name (then id): each name's key made once, not at
    /// every comparison.
    func byHolderName<T>(_ items: [T], _ holder: (T) -> EntityID) -> [T] {
        items.map { (key: holderSortKey(holder($0)), id: holder($0), item: $0) }
            .sorted { ($0.key, $0.id) < ($1.key, $1.id) }.map(\.item)
    }

    static func chronological(_ a: Session, _ b: Session) -> Bool {
        let ta = a.time.map { $0.hour * 60 + $0.minute } ?? -1
        let tb = b.time.map { $0.hour * 60 + $0.minute } ?? -1
        return (a.date, ta, a.title, a.id) < (b.date, tb, b.title, b.id)
    }
}

extension State {
    /// Questionnaires of a programme, by kind then title.
    public func questionnaires(programme: EntityID) -> [Questionnaire] {
        questionnaires.values.filter { $0.programme == programme }
            .sorted { ($0.kind.order, NameKey.of($0.title), $0.id) < ($1.kind.order, NameKey.of($1.title), $1.id) }
    }

    /// A holder's answers to a questionnaire.
    public func response(questionnaire: EntityID, holder: EntityID) -> QuestionnaireResponse? {
        responses[questionnaire]?[holder]
    }

    /// The questionnaires a holder answered, with their answers.
    public func responses(holder: EntityID) -> [(questionnaire: Questionnaire, response: QuestionnaireResponse)] {
        responses.compactMap { id, byHolder in
            guard let response = byHolder[holder], let questionnaire = questionnaires[id] else { return nil }
            return (questionnaire, response)
        }.sorted { ($0.response.date, $0.questionnaire.id) < ($1.response.date, $1.questionnaire.id) }
    }

    /// The jury evaluations of a holder, by session, in session order.
    public func juryEvaluations(holder: EntityID) -> [(session: Session, evaluation: JuryEvaluation)] {
        juries.compactMap { id, jury in
            guard let evaluation = jury.evaluations[holder], let session = sessions[id] else { return nil }
            return (session, evaluation)
        }.sorted { State.chronological($0.session, $1.session) }
    }

    /// Resolves references against this state.
    public var resolver: Resolver { Resolver(self) }

    /// The marks of a session as entities, sorted by holder name.
    public func attendanceMarks(session: EntityID) -> [AttendanceMark] {
        byHolderName((marks[session] ?? [:]).map { AttendanceMark(session: session, holder: $0.key, value: $0.value) }, \.holder)
    }
}
