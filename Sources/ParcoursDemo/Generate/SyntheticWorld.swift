import Foundation
import ParcoursKit
import ParcoursDomain

/// Builds a realistic stream of domain events from a seed: a network's organisations and
/// programmes, then cohort after cohort (3–24 holders each) with recruitment, workshops,
/// attendance, stage moves and notes in French — and what came after: the people and
/// venues of the directories, each session's facilitator, an open evening per cohort
/// counted by audience, the end-of-programme survey, follow-ups at 6 months and 1 year,
/// and now and then an idea before its holder — so every kind of table the state keeps
/// is measured and checked. Pure: no files, no clock.
struct SyntheticWorld {
    /// One cohort's (or the set-up's) events, stamped with the day they were recorded.
    struct Chunk {
        var day: Day
        var author: String
        var events: [DomainEvent]
    }

    private var rng: SeededGenerator
    private(set) var programmes: [Programme] = []
    private var organisations: [Organisation] = []
    private(set) var cohortCount = 0
    private(set) var holderCount = 0
    private(set) var sessionCount = 0
    /// The directories: facilitators (people) and venues, made at set-up.
    private var people: [EntityID] = []
    private var venues: [Venue] = []
    /// Each programme's end-of-programme survey.
    private var surveys: [EntityID: EntityID] = [:]
    private let firstDay = Day(year: 2016, month: 1, day: 4)!
    /// Days between two cohort starts, so the whole stream spans about ten years.
    private let spacing: Double

    init(seed: UInt64, expectedEvents: Int) {
        rng = SeededGenerator(seed: seed)
        spacing = 3650 / max(1, Double(expectedEvents) / 230)
    }

    /// Organisations and programmes with their workshop templates.
    mutating func setUp() -> Chunk {
        var events: [DomainEvent] = []
        let action = rng.id()
        for (i, name) in SyntheticVocabulary.organisations.enumerated() {
            let kind: OrganisationKind = i == 0 ? .operator : (i == 3 ? .funder : .partner)
            let organisation = Organisation(id: rng.id(), name: name, kind: kind)
            organisations.append(organisation)
            events.append(.organisationAdded(EntityPayload(action: action, entity: organisation)))
        }
        for name in SyntheticVocabulary.programmes {
            let count = Int.random(in: 6...10, using: &rng)
            let template = (0..<count).map { i in
                WorkshopTemplate(title: SyntheticVocabulary.workshops[(i + name.count) % SyntheticVocabulary.workshops.count],
                                 objectives: "Objectif : avancer sur « \(SyntheticVocabulary.workshops[i % 12].lowercased()) »",
                                 duration: .hours(rng.pick([2, 3, 3, 7])), facilitator: organisations[0].id,
                                 kind: i == count - 1 ? .bilan : .atelier)
            }
            let programme = Programme(id: rng.id(), name: name, operators: [organisations[0].id],
                                      partners: [Partner(organisation: organisations[1].id, role: "co-animation")],
                                      targetStages: [.envie, .idee, .emergence], targetPublic: "Porteurs de projet ESS",
                                      template: template)
            programmes.append(programme)
            events.append(.programmeCreated(EntityPayload(action: rng.id(), entity: programme)))
            events.append(.followUpPlanned(FollowUpPlanPayload(action: rng.id(), programme: programme.id, waves: [6, 12], previous: [])))
            let survey = QuestionnaireDraft.standardExit(.fr)
            let questionnaire = Questionnaire(id: rng.id(), programme: programme.id, kind: survey.kind, title: survey.title,
                                              questions: survey.questions)
            surveys[programme.id] = questionnaire.id
            events.append(.questionnaireAdded(EntityPayload(action: rng.id(), entity: questionnaire)))
        }
        for name in SyntheticVocabulary.staff {
            let person = Person(id: rng.id(), name: name, organisation: organisations[0].id, role: "chargé·e d’accompagnement")
            people.append(person.id)
            events.append(.personAdded(EntityPayload(action: rng.id(), entity: person)))
        }
        for commune in SyntheticVocabulary.communes.prefix(6) {
            let venue = Venue(id: rng.id(), name: "Salle \(commune)", commune: commune, kind: .salle)
            venues.append(venue)
            events.append(.venueAdded(EntityPayload(action: rng.id(), entity: venue)))
        }
        return Chunk(day: firstDay, author: SyntheticVocabulary.staff[0], events: events)
    }

    /// The next cohort's whole life.
    mutating func nextCohort() -> Chunk {
        let index = cohortCount
        cohortCount += 1
        let programme = rng.pick(programmes)
        let start = firstDay.adding(days: Int(Double(index) * spacing))
        let author = rng.pick(SyntheticVocabulary.staff)
        var events: [DomainEvent] = []
        let cohortID = rng.id()
        let cohort = Cohort(id: cohortID, programme: programme.id, name: "\(programme.name) \(start.year) n°\(index + 1)",
                            start: start, end: start.adding(days: 7 * programme.template.count),
                            capacity: 24, staff: [], status: .planned)
        events.append(.cohortCreated(EntityPayload(action: rng.id(), entity: cohort)))
        events.append(.staffAdded(StaffPayload(action: rng.id(), cohort: cohortID,
                                               member: StaffMember(name: author, role: .coordinator))))
        events.append(.cohortStatusChanged(CohortStatusPayload(action: rng.id(), cohort: cohortID, from: .planned, to: .recruiting)))

        var members: [(holder: EntityID, project: EntityID, stage: Stage)] = []
        let size = Int.random(in: 3...24, using: &rng)
        for _ in 0..<size {
            holderCount += 1
            let action = rng.id()
            let first = rng.pick(SyntheticVocabulary.firstNames), last = rng.pick(SyntheticVocabulary.lastNames)
            let holder = Holder(id: rng.id(), name: "\(first) \(last)", kind: rng.chance(0.1) ? .collective : .person,
                                commune: rng.pick(SyntheticVocabulary.communes),
                                email: rng.chance(0.7) ? "\(first.lowercased().filter(\.isASCII)).\(holderCount)@exemple.fr" : nil,
                                phone: rng.chance(0.5) ? "06 \(Int.random(in: 10...99, using: &rng)) 00 00 00" : nil,
                                tags: rng.chance(0.3) ? ["qpv"] : [], referredBy: rng.chance(0.4) ? organisations[5].id : nil)
            let stage: Stage = rng.pick([.envie, .idee, .idee, .emergence])
            let project = Project(id: rng.id(), holders: [holder.id],
                                  title: "\(rng.pick(SyntheticVocabulary.projectWords)) \(rng.pick(SyntheticVocabulary.projectPlaces))",
                                  sectors: [rng.pick(SyntheticVocabulary.sectors)], commune: holder.commune,
                                  stage: stage, created: start.adding(days: -14))
            events.append(.holderAdded(EntityPayload(action: action, entity: holder)))
            events.append(.projectCreated(EntityPayload(action: action, entity: project)))
            events.append(.participationChanged(ParticipationPayload(action: action, holder: holder.id, cohort: cohortID,
                                                                     from: nil, to: .candidat, date: start.adding(days: -14))))
            events.append(.participationChanged(ParticipationPayload(action: rng.id(), holder: holder.id, cohort: cohortID,
                                                                     from: .candidat, to: .retenu, date: start.adding(days: -7))))
            events.append(.participationChanged(ParticipationPayload(action: rng.id(), holder: holder.id, cohort: cohortID,
                                                                     from: .retenu, to: .inscrit, date: start.adding(days: -3))))
            members.append((holder.id, project.id, stage))
        }
        events.append(.cohortStatusChanged(CohortStatusPayload(action: rng.id(), cohort: cohortID, from: .recruiting, to: .running)))
        for member in members {
            events.append(.participationChanged(ParticipationPayload(action: rng.id(), holder: member.holder, cohort: cohortID,
                                                                     from: .inscrit, to: .enCours, date: start)))
        }

        var left: Set<EntityID> = []
        for (i, workshop) in programme.template.enumerated() {
            sessionCount += 1
            let day = start.adding(days: 7 * i)
            let venue = rng.pick(venues)
            let session = Session(id: rng.id(), cohort: cohortID,
                                  details: SessionDetails(title: workshop.title, kind: workshop.kind, date: day,
                                                          time: ClockTime(hour: rng.pick([9, 14]), minute: 0),
                                                          duration: workshop.duration ?? .hours(3),
                                                          venue: venue.name, remote: false,
                                                          facilitators: [organisations[0].id], place: venue.id),
                                  status: .planned, templateIndex: i)
            events.append(.sessionScheduled(EntityPayload(action: rng.id(), entity: session)))
            events.append(.sessionFacilitatorAdded(SessionFacilitatorPayload(action: rng.id(), session: session.id,
                                                                             person: rng.pick(people))))
            events.append(.sessionHeld(SessionStatusPayload(action: rng.id(), session: session.id, from: .planned, to: .held)))
            let markAction = rng.id()
            let time = Self.date(day, hour: 18)
            for member in members where !left.contains(member.holder) {
                let roll = Double.random(in: 0..<1, using: &rng)
                let mark: Mark = roll < 0.8 ? .present : (roll < 0.92 ? .absent : .excuse)
                let value = MarkValue(mark: mark, remote: rng.chance(0.1),
                                      remark: rng.chance(0.05) ? rng.pick(SyntheticVocabulary.remarks) : nil,
                                      author: author, time: time)
                events.append(.attendanceMarked(AttendancePayload(action: markAction, session: session.id,
                                                                  holder: member.holder, mark: value, previous: nil)))
            }
            // Some holders move a stage, some get a note, a few leave.
            for (m, member) in members.enumerated() where !left.contains(member.holder) {
                if rng.chance(0.08), member.stage < .developpement {
                    let next = Stage.allCases[Stage.allCases.firstIndex(of: member.stage)! + 1]
                    events.append(.stageChanged(StagePayload(action: rng.id(), project: member.project, from: member.stage,
                                                             to: next, date: day,
                                                             note: rng.chance(0.5) ? rng.pick(SyntheticVocabulary.notes) : nil)))
                    members[m].stage = next
                }
                if rng.chance(0.06) {
                    let note = Note(id: rng.id(), target: rng.chance(0.5) ? .holder(member.holder) : .project(member.project),
                                    text: rng.pick(SyntheticVocabulary.notes), author: author,
                                    time: Self.date(day, hour: 19), date: day)
                    events.append(.noteAdded(EntityPayload(action: rng.id(), entity: note)))
                }
                if rng.chance(0.01) {
                    left.insert(member.holder)
                    events.append(.participationChanged(ParticipationPayload(action: rng.id(), holder: member.holder,
                                                                             cohort: cohortID, from: .enCours, to: .sorti, date: day)))
                }
            }
        }
        events += openEvening(cohort: cohortID, programme: programme.id, day: start.adding(days: 10))
        let end = start.adding(days: 7 * programme.template.count)
        for member in members where !left.contains(member.holder) {
            events.append(.participationChanged(ParticipationPayload(action: rng.id(), holder: member.holder, cohort: cohortID,
                                                                     from: .enCours, to: .termine, date: end)))
        }
        for member in members where !left.contains(member.holder) {
            events += afterwards(member.holder, project: member.project, cohort: cohortID, programme: programme.id,
                                 end: end, author: author)
        }
        if index % 10 == 0 { events += idea(programme: programme.id, day: start, author: author) }
        events.append(.cohortStatusChanged(CohortStatusPayload(action: rng.id(), cohort: cohortID, from: .running, to: .closed)))
        return Chunk(day: end, author: author, events: events)
    }

    /// An evening debate of the cohort, counted by audience the next day.
    private mutating func openEvening(cohort: EntityID, programme: EntityID, day: Day) -> [DomainEvent] {
        let event = OpenEvent(id: rng.id(), programme: programme, cohort: cohort, details: OpenEventDetails(
            title: "Soirée « \(rng.pick(SyntheticVocabulary.projectWords).lowercased()) »", kind: .soiree, date: day,
            time: ClockTime(hour: 19, minute: 0), duration: .hours(2), venue: rng.pick(venues).name, remote: false))
        let counts = [AudienceCount(.standard(.habitants), Int.random(in: 4...30, using: &rng)),
                      AudienceCount(.standard(.elus), Int.random(in: 0...6, using: &rng)),
                      AudienceCount(.standard(.porteurs), Int.random(in: 2...12, using: &rng))]
        return [.openEventScheduled(EntityPayload(action: rng.id(), entity: event)),
                .headcountRecorded(HeadcountPayload(action: rng.id(), event: event.id, headcount: Headcount(audiences: counts),
                                                    previous: nil))]
    }

    /// What comes after the programme for one holder: the survey (most answer), then
    /// follow-ups at 6 months and 1 year (fewer and fewer reached).
    private mutating func afterwards(_ holder: EntityID, project: EntityID, cohort: EntityID, programme: EntityID,
                                     end: Day, author: String) -> [DomainEvent] {
        var events: [DomainEvent] = []
        if rng.chance(0.6), let survey = surveys[programme] {
            let answers = [Answer(key: StandardQuestion.recommendation, scale: Int.random(in: 5...10, using: &rng)),
                           Answer(key: StandardQuestion.continues, yes: rng.chance(0.9)),
                           Answer(key: StandardQuestion.settles, yes: rng.chance(0.8))]
            events.append(.questionnaireAnswered(ResponsePayload(action: rng.id(), questionnaire: survey, holder: holder,
                                                                 response: QuestionnaireResponse(cohort: cohort, date: end, answers: answers),
                                                                 previous: nil)))
        }
        for (wave, chance) in [(6, 0.6), (12, 0.4)] where rng.chance(chance) {
            let activity: FollowUpActivity = rng.pick([.operationnelle, .operationnelle, .enDeveloppement, .cessee, .injoignable])
            let record = FollowUp(wave: wave, activity: activity,
                                  jobsCreated: activity == .operationnelle ? Int.random(in: 0...3, using: &rng) : nil,
                                  date: end.adding(months: wave), author: author)
            events.append(.followUpRecorded(FollowUpPayload(action: rng.id(), project: project, wave: wave, record: record,
                                                            previous: nil)))
        }
        return events
    }

    /// An idea detected before any holder, studied, and sometimes set aside.
    private mutating func idea(programme: EntityID, day: Day, author: String) -> [DomainEvent] {
        let idea = Idea(id: rng.id(), programme: programme,
                        title: "\(rng.pick(SyntheticVocabulary.projectWords)) \(rng.pick(SyntheticVocabulary.projectPlaces)) n°\(cohortCount)",
                        source: "Diagnostic de territoire", need: rng.pick(SyntheticVocabulary.notes),
                        commune: rng.pick(SyntheticVocabulary.communes), detected: day)
        var events: [DomainEvent] = [.ideaAdded(EntityPayload(action: rng.id(), entity: idea))]
        events.append(.ideaStatusChanged(IdeaStatusPayload(action: rng.id(), idea: idea.id, from: .detectee, to: .enEtude,
                                                           date: day.adding(days: 30), reason: "comité de pilotage")))
        if rng.chance(0.3) {
            events.append(.ideaStatusChanged(IdeaStatusPayload(action: rng.id(), idea: idea.id, from: .enEtude, to: .ecartee,
                                                               date: day.adding(days: 90), reason: "faute de potentiel")))
        }
        return events
    }

    /// Whole seconds, so the ISO-8601 payload round-trips exactly.
    static func date(_ day: Day, hour: Int) -> Date {
        let epoch = Day(year: 1970, month: 1, day: 1)!
        return Date(timeIntervalSince1970: Double(epoch.days(to: day)) * 86_400 + Double(hour) * 3600)
    }
}
