import Foundation
import Testing
@testable import ParcoursDomain

/// Open events counted by headcount (domain.md F6, F31): where they belong, how a headcount
/// is read and checked, what holds, cancels and undoes them, and what reports count.
@Suite struct OpenEventTests {
    static let amesud = "AMESUD – parcours multiacteur"

    /// An awareness programme with no cohort (AMESUD's) beside the standard world.
    static func world() throws -> World {
        let w = try World.standard()
        w.today = day("2021-06-30")
        try w.run(.addProgramme(name: amesud, operatorNames: ["AMESUD"]))
        return w
    }

    static func evening(_ title: String, _ date: String) -> OpenEventDraft {
        OpenEventDraft(title: title, kind: .soiree, date: day(date), time: ClockTime(hour: 19, minute: 0), venue: "La Source")
    }

    static func count(_ pairs: KeyValuePairs<String, Int>, total: Int? = nil) -> HeadcountInput {
        HeadcountInput(audiences: pairs.map { AudienceInput($0.key, $0.value) }, total: total)
    }

    func event(_ w: World, _ title: String) -> OpenEvent { w.state.openEvents.values.first { $0.title == title }! }

    @Test func anEventBelongsToAProgrammeWithoutCohortOrToACohort() throws {
        let w = try Self.world()
        try w.run(.addOpenEvent(target: "amesud", Self.evening("Projets coopératifs", "2021-03-04")))
        let soiree = event(w, "Projets coopératifs")
        #expect(soiree.programme == w.programme(Self.amesud).id && soiree.cohort == nil)
        #expect(soiree.status == .planned && soiree.duration == .hours(2))
        #expect(w.lastDecision?.summary == .openEventScheduled(title: "Projets coopératifs", date: day("2021-03-04"), owner: Self.amesud))

        try w.run(.addOpenEvent(target: "Promo 1", OpenEventDraft(title: "Lancement", kind: .lancement, date: day("2021-01-11"))))
        let launch = event(w, "Lancement")
        #expect(launch.cohort == w.cohort("Promo 1").id && launch.programme == w.programme("Lance-toi !").id)
        // Before the cohort's start: said, not refused (the calendar may not be final).
        #expect(w.lastDecision?.warnings == [.sessionOutsideCohortDates(session: "Lancement", date: day("2021-01-11"))])
        // A training lasts a day unless said otherwise; an awareness half-day 3 h 30.
        try w.run(.addOpenEvent(target: Self.amesud, OpenEventDraft(title: "Formation", kind: .formation, date: day("2021-05-10"),
                                                                     duration: TimeSpan(minutes: 14 * 60))))
        #expect(event(w, "Formation").duration.minutes == 840)
        #expect(OpenEventKind.sensibilisation.usualDuration.minutes == 210 && OpenEventKind.formation.usualDuration.minutes == 420)
        #expect(w.state.openEvents(programme: w.programme(Self.amesud).id).map(\.title) == ["Projets coopératifs", "Formation"])
        #expect(w.state.openEvents(cohort: w.cohort("Promo 1").id).map(\.title) == ["Lancement"])
    }

    @Test func whereAnEventGoesIsFoundOrRefusedNamingTheCandidates() throws {
        let w = try Self.world()
        try w.run(.addProgramme(name: "Sprint"))
        try w.run(.addCohort(programme: "Sprint", name: "Sprint 2021", start: day("2021-01-04")))
        // "Sprint" is the programme's whole name and the start of the cohort's: the whole name wins.
        try w.run(.addOpenEvent(target: "sprint", Self.evening("A", "2021-02-01")))
        #expect(event(w, "A").cohort == nil)
        try w.run(.addOpenEvent(target: "Sprint 2021", Self.evening("B", "2021-02-01")))
        #expect(event(w, "B").cohort == w.cohort("Sprint 2021").id)
        #expect(w.error(.addOpenEvent(target: "Nulle part", Self.evening("C", "2021-02-01")))
                == .notFound(.programmeOrCohort, reference: "Nulle part"))
        try w.run(.addCohort(programme: "Sprint", name: "Promo Sprint", start: day("2021-01-04")))
        guard case .ambiguous(.programmeOrCohort, _, let candidates)? = w.error(.addOpenEvent(target: "sprin", Self.evening("C", "2021-02-01"))) else {
            Issue.record("a programme and a cohort both starting with the reference should be listed")
            return
        }
        #expect(candidates.count >= 2)
    }

    @Test func typedTextAndDurationsFollowTheInputRules() throws {
        let w = try Self.world()
        let before = w.state.eventCount
        #expect(w.error(.addOpenEvent(target: Self.amesud, Self.evening("  ", "2021-03-04"))) == .emptyName(.openEvent))
        #expect(w.error(.addOpenEvent(target: Self.amesud, Self.evening("Soirée\u{1B}[2J", "2021-03-04")))
                == .controlCharacter(.eventTitle, code: 0x1B, position: 7))
        var draft = Self.evening("Soirée", "2021-03-04")
        draft.venue = String(repeating: "v", count: 201)
        #expect(w.error(.addOpenEvent(target: Self.amesud, draft)) == .textTooLong(.venue, length: 201, limit: 200))
        draft.venue = nil
        draft.duration = TimeSpan(minutes: 25 * 60)
        #expect(w.error(.addOpenEvent(target: Self.amesud, draft)) == .invalidDuration(minutes: 1500))
        #expect(w.state.eventCount == before, "nothing written")
    }

    @Test func aHeadcountReadsStandardAndFreeCategoriesAndTheRest() throws {
        let w = try Self.world()
        try w.run(.addOpenEvent(target: Self.amesud, OpenEventDraft(title: "Journée des acteurs", kind: .formation,
                                                                     date: day("2021-04-02"))))
        // "26 participants dont 10 provenant de collectivités et 6 issus de structures de l'accompagnement".
        try w.run(.recordHeadcount(event: "journée", Self.count(["Élus": 4, "techniciens de collectivités": 6,
                                                                 "professionals": 6, " bénévoles associatifs ": 2], total: 26)))
        let held = try #require(event(w, "Journée des acteurs").headcount)
        #expect(held.audiences == [AudienceCount(.standard(.elus), 4), AudienceCount(.standard(.techniciens), 6),
                                   AudienceCount(.standard(.professionnels), 6), AudienceCount(.free("bénévoles associatifs"), 2)])
        #expect(held.total == 26 && held.counted == 18 && held.unspecified == 8)
        #expect(event(w, "Journée des acteurs").status == .held)
        #expect(w.lastDecision?.summary == .headcountRecorded(event: "Journée des acteurs", total: 26, replaced: false))
        // Without a total, the total is the sum.
        #expect(Headcount(audiences: [AudienceCount(.standard(.habitants), 12)]).total == 12)
        for (typed, standard) in [("elus", StandardAudience.elus), ("élus locaux", .elus), ("Residents", .habitants),
                                  ("porteurs d'idée", .porteurs), ("autres", .autres), ("agents territoriaux", .techniciens)] {
            #expect(Audience.read(typed) == .standard(standard), "\(typed)")
        }
        #expect(Audience.read("Étudiants") == .free("Étudiants"))
    }

    @Test func aHeadcountThatDoesNotAddUpIsRefusedAndNothingIsWritten() throws {
        let w = try Self.world()
        try w.run(.addOpenEvent(target: Self.amesud, Self.evening("Soirée", "2021-03-04")))
        let before = w.state.eventCount
        let cases: [(HeadcountInput, DomainError)] = [
            (Self.count(["élus": 10, "techniciens": 6], total: 12), .totalBelowCategories(event: "Soirée", total: 12, counted: 16)),
            (Self.count(["élus": -3]), .invalidHeadcount(event: "Soirée", category: "élus", count: -3)),
            (Self.count(["habitants": 100_001]), .invalidHeadcount(event: "Soirée", category: "habitants", count: 100_001)),
            (Self.count(["habitants": 5], total: -1), .invalidHeadcount(event: "Soirée", category: "total", count: -1)),
            (Self.count(["élus": 3, "Elus": 4]), .duplicateAudience(event: "Soirée", category: "Elus")),
            (Self.count(["Bénévoles": 3, "benevoles": 4]), .duplicateAudience(event: "Soirée", category: "benevoles")),
            (Self.count([:]), .emptyHeadcount(event: "Soirée")),
            (Self.count(["élus": 0]), .emptyHeadcount(event: "Soirée")),
            (Self.count(["\u{202E}public": 3]), .controlCharacter(.audience, code: 0x202E, position: 1)),
        ]
        for (input, expected) in cases {
            #expect(w.error(.recordHeadcount(event: "Soirée", input)) == expected)
        }
        #expect(w.state.eventCount == before)
        #expect(event(w, "Soirée").status == .planned)
    }

    @Test func aHeadcountIsCorrectedClearedAndEachStepUndone() throws {
        let w = try Self.world()
        try w.run(.addOpenEvent(target: Self.amesud, Self.evening("Soirée", "2021-03-04")))
        let planned = w.observable
        try w.run(.recordHeadcount(event: "Soirée", Self.count(["habitants": 12, "élus": 3])))
        let first = w.observable
        try w.run(.recordHeadcount(event: "Soirée", Self.count(["habitants": 13, "élus": 3])))
        #expect(w.lastDecision?.summary == .headcountRecorded(event: "Soirée", total: 16, replaced: true))
        #expect(event(w, "Soirée").headcount?.total == 16)
        #expect(w.error(.recordHeadcount(event: "Soirée", Self.count(["habitants": 13, "élus": 3]))) == .sameHeadcount(event: "Soirée"))
        try w.run(.undo(author: w.author))
        #expect(w.observable == first, "the correction undone brings the first headcount back")
        try w.run(.undo(author: w.author))
        #expect(w.observable == planned, "the first headcount undone: planned again")
        try w.run(.redo(author: w.author))
        #expect(w.observable == first)
        try w.run(.clearHeadcount(event: "Soirée"))
        #expect(event(w, "Soirée").status == .planned)
        #expect(w.error(.clearHeadcount(event: "Soirée")) == .noHeadcount(event: "Soirée"))
        try w.run(.undo(author: w.author))
        #expect(w.observable == first, "a cleared headcount comes back with undo")
    }

    @Test func cancellingEditingAndSchedulingAreUndone() throws {
        let w = try Self.world()
        let empty = w.observable
        try w.run(.addOpenEvent(target: Self.amesud, Self.evening("Soirée", "2021-03-04")))
        let planned = w.observable
        try w.run(.editOpenEvent(event: "Soirée", OpenEventEdit(title: "Soirée BaZalt", date: day("2021-03-11"), venue: .some(nil))))
        let edited = event(w, "Soirée BaZalt")
        #expect(edited.date == day("2021-03-11") && edited.details.venue == nil && edited.details.time == ClockTime(hour: 19, minute: 0))
        #expect(w.error(.editOpenEvent(event: "Soirée BaZalt", OpenEventEdit(title: "Soirée BaZalt"))) == .nothingToChange(.openEvent, name: "Soirée BaZalt"))
        try w.run(.undo(author: w.author))
        #expect(w.observable == planned)
        try w.run(.cancelOpenEvent(event: "Soirée"))
        #expect(event(w, "Soirée").status == .cancelled)
        #expect(w.error(.cancelOpenEvent(event: "Soirée")) == .openEventIsCancelled(event: "Soirée"))
        #expect(w.error(.recordHeadcount(event: "Soirée", Self.count(["habitants": 3]))) == .openEventIsCancelled(event: "Soirée"))
        try w.run(.undo(author: w.author))
        #expect(w.observable == planned)
        try w.run(.undo(author: w.author))
        #expect(w.observable == empty, "undoing the scheduling removes the event")
        try w.run(.redo(author: w.author))
        #expect(w.observable == planned)
    }

    @Test func aHeldEventIsNotCancelledAndItsSchedulingIsNotUndoneUnderSomeonesHeadcount() throws {
        let w = try Self.world()
        try w.run(.addOpenEvent(target: Self.amesud, Self.evening("Soirée", "2021-03-04")))
        w.author = "karim"
        try w.run(.recordHeadcount(event: "Soirée", Self.count(["habitants": 12])))
        #expect(w.error(.cancelOpenEvent(event: "Soirée")) == .openEventAlreadyHeld(event: "Soirée"))
        w.author = "claire"
        #expect(w.error(.undo(author: "claire")) == .undoBlocked(what: "Soirée"))
        // Nor is the programme the event belongs to taken away by undoing its creation.
        #expect(w.state.openEvents(programme: w.programme(Self.amesud).id).count == 1)
    }

    @Test func aFutureEventsHeadcountIsRecordedWithAWarning() throws {
        let w = try Self.world()
        try w.run(.addOpenEvent(target: Self.amesud, Self.evening("Soirée", "2021-09-04")))
        try w.run(.recordHeadcount(event: "Soirée", Self.count(["habitants": 12])))
        #expect(w.lastDecision?.warnings == [.headcountOnFutureEvent(event: "Soirée", date: day("2021-09-04"))])
    }

    /// AMESUD (domain.md §3 E6): three evening debates open to all, 44 participants in all.
    static func amesudEvenings(_ w: World) throws {
        try w.run(.addOpenEvent(target: amesud, evening("Projets coopératifs en milieu rural", "2021-03-04")))
        try w.run(.addOpenEvent(target: amesud, evening("À la rencontre de nos ruralités", "2021-04-08")))
        try w.run(.addOpenEvent(target: amesud, evening("Revitalisation de centres bourgs", "2021-05-20")))
        try w.run(.recordHeadcount(event: "Projets coopératifs", count(["habitants": 8, "porteurs": 4, "élus": 2])))
        try w.run(.recordHeadcount(event: "ruralités", count(["habitants": 6, "porteurs": 5, "étudiants": 3], total: 16)))
        try w.run(.recordHeadcount(event: "centres bourgs", count(["élus": 4, "habitants": 5, "porteurs": 3, "bénévoles associatifs": 2])))
    }

    @Test func reportsCountEventsHeldTheirHoursAndParticipantsByCategoryNeverAsHolders() throws {
        let w = try Self.world()
        try Self.amesudEvenings(w)
        try w.run(.addOpenEvent(target: Self.amesud, OpenEventDraft(title: "Formation des professionnels", kind: .formation,
                                                                     date: day("2021-06-10"), duration: TimeSpan(minutes: 14 * 60))))
        try w.run(.addOpenEvent(target: Self.amesud, Self.evening("Soirée reportée", "2021-06-15")))
        try w.run(.cancelOpenEvent(event: "reportée"))
        let programme = w.programme(Self.amesud).id
        let r = Report.make(state: w.state, scope: .programme(programme), today: w.today)
        #expect((r.events.held, r.events.planned, r.events.cancelled) == (3, 1, 1))
        #expect(r.events.participants == 44)
        #expect(r.events.byCategory == ["elus": 6, "techniciens": 0, "professionnels": 0, "habitants": 19, "porteurs": 12,
                                        "autres": 0, "étudiants": 3, "bénévoles associatifs": 2])
        #expect(r.events.unspecified == 2)
        #expect(r.events.hours == 6)
        #expect(r.hoursDelivered == 6, "the evenings are hours delivered; the training, never counted, is not")
        #expect(r.events.byKind == ["soiree": EventFigures.KindFigures(held: 3, hours: 6, participants: 44)])
        #expect(r.events.events.map(\.participants) == [14, 16, 14])
        #expect(r.events.events[1].byCategory == ["habitants": 6, "porteurs": 5, "étudiants": 3] && r.events.events[1].unspecified == 2)
        #expect(r.events.withoutHeadcount.map(\.title) == ["Formation des professionnels"])
        // Never holders: nobody is accompanied, nobody is a participant of a session.
        #expect(r.holders == 0 && r.candidates == 0 && r.breakdowns.participants.people == 0)

        // The whole network adds them to the sessions' hours; a cohort's scope does not see them.
        let all = Report.make(state: w.state, scope: .all, today: w.today)
        let sessionsOnly = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 1").id), today: w.today)
        #expect(all.events.participants == 44 && all.hoursDelivered == sessionsOnly.hoursDelivered + 6)
        #expect(sessionsOnly.events.held == 0)
        // A period narrows them by their day.
        let spring = Report.make(state: w.state, scope: .programme(programme), today: w.today,
                                 filter: ReportFilter(from: day("2021-04-01"), to: day("2021-04-30")))
        #expect(spring.events.held == 1 && spring.events.participants == 16)

        let json = try #require(try JSONSerialization.jsonObject(with: r.json()) as? [String: Any])
        let events = try #require(json["events"] as? [String: Any])
        #expect(Set(events.keys) == ["held", "planned", "cancelled", "hours", "participants", "by_category", "unspecified",
                                     "by_kind", "events", "without_headcount"])
        #expect((events["by_category"] as? [String: Int])?["habitants"] == 19)
    }

    @Test func aPastSessionNobodyIsExpectedAtIsHeldOrCancelledNotFlaggedForever() throws {
        let w = try World.standard()
        w.today = day("2021-06-30")
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo vide", start: day("2021-02-01"), fromTemplate: true))
        let cohort = w.cohort("Promo vide").id
        let sessions = w.state.sessions(cohort: cohort)
        #expect(w.state.pastPlannedSessions(today: w.today, cohorts: [cohort]).count == 3)
        let before = w.state.eventCount
        #expect(w.error(.markAllPresent(session: sessions[0].id)) == .nobodyExpected(session: "Atelier 1"))
        try w.run(.holdSession(session: sessions[0].id))
        #expect(w.lastDecision?.summary == .sessionHeld(title: "Atelier 1", date: sessions[0].date))
        try w.run(.cancelSession(session: sessions[1].id))
        #expect(w.state.eventCount == before + 2)
        #expect(w.state.pastPlannedSessions(today: w.today, cohorts: [cohort]).map(\.id) == [sessions[2].id])
        let r = Report.make(state: w.state, scope: .cohort(cohort), today: w.today)
        #expect(r.sessions == Report.Sessions(planned: 1, held: 1, cancelled: 1) && r.hoursDelivered == 3)

        #expect(w.error(.holdSession(session: sessions[0].id)) == .sessionIsHeld(session: "Atelier 1"))
        #expect(w.error(.holdSession(session: sessions[1].id)) == .sessionIsCancelled(session: "Atelier 2"))
        // Where holders are expected, their attendance holds the session.
        let promo1 = w.state.sessions(cohort: w.cohort("Promo 1").id)[0]
        #expect(w.error(.holdSession(session: promo1.id)) == .sessionHasExpectedHolders(session: "Atelier 1", count: 2))
        w.today = day("2021-01-04")
        #expect(w.error(.holdSession(session: sessions[2].id)) == .sessionNotYetHeld(session: "Atelier 3", date: sessions[2].date))
        w.today = day("2021-06-30")
        try w.run(.undo(author: w.author))
        #expect(w.state.sessions[sessions[1].id]?.status == .planned)
        try w.run(.undo(author: w.author))
        #expect(w.state.sessions[sessions[0].id]?.status == .planned)
    }

    @Test func pastEventsWithoutHeadcountAreListedUntilCountedOrCancelled() throws {
        let w = try Self.world()
        try w.run(.addOpenEvent(target: Self.amesud, Self.evening("Passée", "2021-03-04")))
        try w.run(.addOpenEvent(target: Self.amesud, Self.evening("À venir", "2021-09-04")))
        #expect(w.state.pastEventsWithoutHeadcount(today: w.today).map(\.title) == ["Passée"])
        try w.run(.recordHeadcount(event: "Passée", Self.count(["habitants": 9])))
        #expect(w.state.pastEventsWithoutHeadcount(today: w.today).isEmpty)
    }

    @Test func aStateRestoredFromItsTablesHasTheSameEvents() throws {
        let w = try Self.world()
        try Self.amesudEvenings(w)
        try w.run(.addOpenEvent(target: Self.amesud, Self.evening("Annulée", "2021-06-01")))
        try w.run(.cancelOpenEvent(event: "Annulée"))
        let restored = State(tables: w.state.tables)
        #expect(restored.openEvents == w.state.openEvents && restored.openEvents.count == 4)
    }
}
