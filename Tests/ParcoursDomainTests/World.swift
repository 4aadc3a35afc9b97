import Foundation
@testable import ParcoursDomain

/// A small world for tests: decides commands with a fixed, deterministic context and
/// folds the resulting events, as the workspace will.
final class World {
    var state = State()
    /// Every event folded, in order: what the logs hold (the state keeps only their sum).
    var journal: [RecordedEvent] = []
    var today = Day(iso: "2021-01-04")!
    var author = "claire"
    private var idCounter = 0
    private var actionCounter = 0
    private var clock = 0
    var lastDecision: Decision?
    /// The geographic code commands resolve communes and territories against.
    var geography: Geography = .none

    var context: Context {
        actionCounter += 1
        return Context(now: Date(timeIntervalSince1970: 1_609_459_200 + Double(actionCounter) * 60),
                       today: today, author: author, action: "act\(actionCounter)",
                       newID: { [unowned self] in
                           idCounter += 1
                           return "x\(String(idCounter, radix: 16))" + String(repeating: "0", count: 6)
                       }, geography: { [unowned self] in geography })
    }

    /// Decides and applies; returns the decision.
    @discardableResult
    func run(_ command: Command) throws(DomainError) -> Decision {
        let decision = try decide(command, state: state, context: context)
        apply(decision.events)
        lastDecision = decision
        return decision
    }

    func apply(_ events: [DomainEvent]) {
        for event in events {
            clock += 1
            let recorded = RecordedEvent(meta: EventMeta(id: "e\(clock)", author: author,
                                                         time: Date(timeIntervalSince1970: 1_609_459_200 + Double(clock)),
                                                         writer: "w1", clock: clock, sequence: clock), event: event)
            state.apply(recorded)
            journal.append(recorded)
        }
    }

    /// The journal of an entity, as the workspace reads it from the logs: the events
    /// referring to its journal scope.
    func journal(concerning id: EntityID) -> [RecordedEvent] {
        let scope = state.journalScope(of: id)
        return journal.filter { !scope.isDisjoint(with: $0.event.references) }
    }

    /// Error thrown by a command, or nil if it succeeded.
    func error(_ command: Command) -> DomainError? {
        do { try run(command); return nil } catch { return error }
    }

    // Lookups by name, for assertions.
    func holder(_ name: String) -> Holder { state.holders.values.first { $0.name == name }! }
    func project(_ title: String) -> Project { state.projects.values.first { $0.title == title }! }
    func cohort(_ name: String) -> Cohort { state.cohorts.values.first { $0.name == name }! }
    func programme(_ name: String) -> Programme { state.programmes.values.first { $0.name == name }! }
    func session(_ title: String) -> Session { state.sessions.values.first { $0.title == title }! }

    /// What a facilitator can see: every entity, not the journal or the action history.
    var observable: Observable { Observable(state) }

    /// A programme "Lance-toi !" with a 3-workshop template, a cohort "Promo 1" created
    /// from it on 2021-01-12, and Léa Martin (project "Épicerie") and Tom Durand
    /// (project "Recyclerie") enrolled.
    static func standard() throws -> World {
        let w = World()
        try w.run(.addProgramme(name: "Lance-toi !", operatorNames: ["Ardèche ESS"], targetStages: [.idee, .emergence]))
        try w.run(.addWorkshop(programme: "Lance-toi", title: "Atelier 1", duration: .hours(3), byOrganisationName: "Ardèche ESS"))
        try w.run(.addWorkshop(programme: "Lance-toi", title: "Atelier 2", duration: .hours(3)))
        try w.run(.addWorkshop(programme: "Lance-toi", title: "Atelier 3", duration: TimeSpan(minutes: 210)))
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo 1", start: Day(iso: "2021-01-12")!,
                             end: Day(iso: "2021-03-30")!, capacity: 12, fromTemplate: true))
        try w.run(.addHolder(HolderDraft(name: "Léa Martin", commune: "Annonay", projectTitle: "Épicerie")))
        try w.run(.addHolder(HolderDraft(name: "Tom Durand", projectTitle: "Recyclerie", stage: .emergence)))
        try w.run(.enrol(holder: "Léa Martin", cohort: "Promo 1"))
        try w.run(.enrol(holder: "Tom Durand", cohort: "Promo 1"))
        return w
    }
}

struct Observable: Equatable {
    var organisations: [EntityID: Organisation]
    var programmes: [EntityID: Programme]
    var cohorts: [EntityID: Cohort]
    var holders: [EntityID: Holder]
    var projects: [EntityID: Project]
    var participations: [EntityID: [EntityID: Participation]]
    var sessions: [EntityID: Session]
    var marks: [EntityID: [EntityID: MarkValue]]
    var notes: [EntityID: Note]
    var questionnaires: [EntityID: Questionnaire]
    var responses: [EntityID: [EntityID: QuestionnaireResponse]]
    var juries: [EntityID: Jury]
    var openEvents: [EntityID: OpenEvent]
    var ideas: [EntityID: Idea]
    var calls: [EntityID: CallForApplications]
    var applications: [EntityID: [EntityID: Application]]

    init(_ s: State) {
        organisations = s.organisations
        programmes = s.programmes
        cohorts = s.cohorts
        holders = s.holders
        projects = s.projects
        participations = s.participations.filter { !$0.value.isEmpty }
        sessions = s.sessions
        marks = s.marks.filter { !$0.value.isEmpty }
        notes = s.notes
        questionnaires = s.questionnaires
        responses = s.responses
        juries = s.juries
        openEvents = s.openEvents
        ideas = s.ideas
        calls = s.calls
        applications = s.applications
    }
}

func day(_ iso: String) -> Day { Day(iso: iso)! }
