import Foundation
import Testing
@testable import ParcoursDomain

/// Issue 16: a move to another cohort is a transfer, not a drop-out.
@Suite struct TransferTests {
    /// "Lance-toi !" with a collective workshop and an individual slot; Promo A from
    /// 2021-01-11 and Promo B from 2021-03-01 (both from the template); Léa enrolled in A.
    func world() throws -> World {
        let w = World()
        w.today = day("2021-01-04")
        try w.run(.addProgramme(name: "Lance-toi !"))
        try w.run(.addWorkshop(programme: "Lance-toi", title: "Atelier 1"))
        try w.run(.addWorkshop(programme: "Lance-toi", title: "Point individuel", duration: .hours(1), kind: .individuel))
        try w.run(.addWorkshop(programme: "Lance-toi", title: "Atelier 2"))
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo A", start: day("2021-01-11"), fromTemplate: true))
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo B", start: day("2021-03-01"), fromTemplate: true))
        try w.run(.addHolder(HolderDraft(name: "Léa Martin", projectTitle: "Épicerie")))
        try w.run(.addHolder(HolderDraft(name: "Tom Durand", projectTitle: "Recyclerie")))
        try w.run(.enrol(holder: "Léa", cohort: "Promo A"))
        try w.run(.enrol(holder: "Tom", cohort: "Promo A"))
        w.today = day("2021-02-01")
        try w.run(.markAllPresent(session: w.state.sessions(cohort: w.cohort("Promo A").id)[0].id))
        return w
    }

    @Test func theHolderMovesWithTheirStatusAndTheirPlannedMeetingsAreCancelledAndPlannedAnew() throws {
        let w = try world()
        let lea = w.holder("Léa Martin").id, a = w.cohort("Promo A").id, b = w.cohort("Promo B").id
        let before = w.observable
        let decision = try w.run(.transfer(holder: "Léa", cohort: "Promo B", date: day("2021-01-15"), reason: "horaires"))
        #expect(decision.summary == .transferred(holder: "Léa Martin", from: "Promo A", to: "Promo B", cancelled: 1, planned: 1))
        #expect(Catalog.text(decision.summary, .en) == "Léa Martin transferred from “Promo A” to “Promo B” (not a drop-out). "
                + "1 individual meeting planned in “Promo A” cancelled. 1 individual meeting planned.")
        #expect(Set(decision.events.map(\.action)).count == 1)
        let old = try #require(w.state.participation(holder: lea, cohort: a))
        #expect(old.status == .transfere)
        #expect(old.history.last == ParticipationChange(date: day("2021-01-15"), from: .enCours, to: .transfere, author: "claire", reason: "horaires"))
        let new = try #require(w.state.participation(holder: lea, cohort: b))
        #expect(new.status == .enCours && new.history.map(\.date) == [day("2021-01-15")])
        let meetings = w.state.sessions.values.filter { $0.holder == lea }
        #expect(meetings.filter { $0.cohort == a }.map(\.status) == [.cancelled])
        #expect(meetings.filter { $0.cohort == b }.map(\.status) == [.planned])
        // On the old cohort's roll calls before the transfer, no longer after it.
        let sessionsA = w.state.sessions(cohort: a).filter { $0.kind == .atelier }
        #expect(w.state.isExpected(holder: lea, at: sessionsA[0]))
        #expect(!w.state.isExpected(holder: lea, at: sessionsA[1]))
        #expect(w.state.expectedHolders(session: sessionsA[1]).map(\.name) == ["Tom Durand"])
        let line = try #require(w.journal.first { recorded in
            if case .participationChanged(let p) = recorded.event { return p.to == .transfere }
            return false
        })
        #expect(Catalog.describe(line, in: w.state, language: .fr) == "Léa Martin dans « Promo A » : en cours → transféré — horaires")

        try w.run(.undo(author: "claire"))
        #expect(w.observable == before)
    }

    @Test func aTransferIsNotADropOutInTheReports() throws {
        let w = try world()
        try w.run(.transfer(holder: "Léa", cohort: "Promo B"))
        try w.run(.setParticipation(holder: "Tom", cohort: "Promo A", status: .sorti))
        let a = Report.make(state: w.state, scope: .cohort(w.cohort("Promo A").id), today: w.today)
        #expect((a.outcomes.droppedOut, a.outcomes.transferred) == (1, 1))
        #expect(a.launchRate.ended == 1)   // Tom's project only: Léa carries on elsewhere
        #expect(a.perHolder.map(\.participation) == ["transfere", "sorti"])
        let programme = Report.make(state: w.state, scope: .programme(w.programme("Lance-toi !").id), today: w.today)
        // Over the programme Léa is one holder, in progress in Promo B.
        #expect(programme.holders == 2)
        #expect(programme.perHolder.first { $0.name == "Léa Martin" }?.participation == "en_cours")
        #expect((programme.outcomes.droppedOut, programme.outcomes.transferred) == (1, 0))
        // The same whichever cohort sorts first: a holder moving from B to A is "inscrit" too.
        try w.run(.addHolder(HolderDraft(name: "Zoé", cohort: "Promo B")))
        try w.run(.transfer(holder: "Zoé", cohort: "Promo A"))
        let again = Report.make(state: w.state, scope: .programme(w.programme("Lance-toi !").id), today: w.today)
        #expect(again.perHolder.first { $0.name == "Zoé" }?.participation == "inscrit")
        let json = try #require(try JSONSerialization.jsonObject(with: a.json()) as? [String: Any])
        let outcomes = try #require(json["outcomes"] as? [String: Any])
        #expect(outcomes["dropped_out"] as? Int == 1 && outcomes["transferred"] as? Int == 1)
    }

    @Test func aTransferNeedsOneCurrentCohortAnotherTargetAndAPlausibleDay() throws {
        let w = try world()
        let count = w.state.eventCount
        #expect(w.error(.transfer(holder: "Léa", cohort: "Promo A")) == .transferToSameCohort(holder: "Léa Martin", cohort: "Promo A"))
        #expect(w.error(.transfer(holder: "Léa", cohort: "Promo B", date: day("2021-02-02")))
                == .dateInFuture(.transfer, date: day("2021-02-02"), today: day("2021-02-01")))
        // Her last move was her first presence, on the workshop's day (11 January).
        #expect(w.error(.transfer(holder: "Léa", cohort: "Promo B", date: day("2021-01-10")))
                == .dateBeforeLastChange(.transfer, what: "Léa Martin", date: day("2021-01-10"), last: day("2021-01-11")))
        try w.run(.addHolder(HolderDraft(name: "Zoé")))
        #expect(w.error(.transfer(holder: "Zoé", cohort: "Promo B")) == .noCurrentCohort(holder: "Zoé"))
        // "transféré" comes from a transfer only, never from an enrolment or a move by hand.
        #expect(w.error(.enrol(holder: "Zoé", cohort: "Promo B", status: .transfere)) == .transferredOnlyByTransfer)
        #expect(w.error(.addHolder(HolderDraft(name: "Théo", cohort: "Promo B", participation: .transfere))) == .transferredOnlyByTransfer)
        #expect(w.error(.setParticipation(holder: "Léa", cohort: "Promo A", status: .transfere)) == .invalidTransition(from: .enCours, to: .transfere))
        try w.run(.addProgramme(name: "Sprint"))
        try w.run(.addCohort(programme: "Sprint", name: "Sprint 1", start: day("2021-02-01")))
        try w.run(.enrol(holder: "Léa", cohort: "Sprint 1"))
        let several = w.state.eventCount
        #expect(w.error(.transfer(holder: "Léa", cohort: "Promo B"))
                == .severalCurrentCohorts(holder: "Léa Martin", cohorts: ["Promo A", "Sprint 1"]))
        #expect(w.error(.transfer(holder: "Léa", cohort: "Sprint 1", from: "Promo A"))
                == .alreadyEnrolled(holder: "Léa Martin", cohort: "Sprint 1", status: .inscrit))
        #expect(w.state.eventCount == several && several > count)
        // Naming the cohort left settles it; another programme is allowed.
        try w.run(.transfer(holder: "Léa", cohort: "Promo B", from: "Sprint 1"))
        #expect(w.state.participation(holder: w.holder("Léa Martin").id, cohort: w.cohort("Sprint 1").id)?.status == .transfere)
    }
}
