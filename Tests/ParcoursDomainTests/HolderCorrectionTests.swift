import Foundation
import Testing
@testable import ParcoursDomain

/// Issue 16: a holder entered by mistake, a duplicate from an import, an enrolment made
/// by mistake — each corrected in one action, undone in one.
@Suite struct HolderCorrectionTests {
    @Test func aHolderWithoutHistoryIsRemovedWithTheReasonAndComesBackOnUndo() throws {
        let w = try World.standard()
        try w.run(.addHolder(HolderDraft(name: "Zoé Erreur", projectTitle: "Rien", sectors: ["x"])))
        let id = w.holder("Zoé Erreur").id
        let before = w.observable
        #expect(w.error(.removeHolder(holder: "Zoé", reason: "  ")) == .reasonRequired(what: "Zoé Erreur"))
        let decision = try w.run(.removeHolder(holder: "Zoé", reason: "saisie en double"))
        #expect(decision.events.map(\.typeName) == ["project.removed", "holder.discarded"])
        #expect(decision.summary == .holderRemoved(name: "Zoé Erreur", marks: 0, notes: 0, participations: 0, meetings: 0, projects: 1))
        #expect(w.state.holders[id] == nil)
        #expect(w.state.removedHolders[id]?.reason == "saisie en double")
        #expect(w.state.removedHolders[id]?.author == "claire")
        // Out of every list and reference: it can no longer be named.
        #expect(w.error(.addNote(target: "Zoé", text: "x")) == .notFound(.holderOrProject, reference: "Zoé"))
        // The journal still names them.
        #expect(Catalog.describe(w.journal.last!, in: w.state, language: .fr) == "Porteur Zoé Erreur retiré des listes : saisie en double")
        try w.run(.undo(author: "claire"))
        #expect(w.observable == before)
        #expect(w.state.removedHolders.isEmpty)
        try w.run(.redo(author: "claire"))
        #expect(w.state.holders[id] == nil && w.state.removedHolders[id] != nil)
        #expect(w.state.anomalies == 0)
    }

    @Test func aHolderWithHistoryIsRefusedWithTheCountsUnlessWithHistory() throws {
        let w = try World.standard()
        w.today = day("2021-01-20")
        try w.run(.attend(session: "Atelier 1", holder: "Léa", mark: .present))
        try w.run(.attend(session: "Atelier 2", holder: "Léa", mark: .absent))
        try w.run(.addNote(target: "Léa", text: "Motivée"))
        try w.run(.addNote(target: "Épicerie", text: "Local trouvé"))
        try w.run(.addHolderToProject(holder: "Tom", project: "Épicerie"))
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "RDV Léa", date: day("2021-01-21"), kind: .individuel, holder: "Léa")))
        let before = w.observable
        let count = w.state.eventCount
        // The project's note is Épicerie's, which Tom carries too: it stays with it.
        #expect(w.error(.removeHolder(holder: "Léa", reason: "erreur"))
                == .holderHasHistory(holder: "Léa Martin", marks: 2, notes: 1, participations: 1))
        #expect(w.state.eventCount == count)

        let decision = try w.run(.removeHolder(holder: "Léa", reason: "erreur", withHistory: true))
        #expect(decision.summary == .holderRemoved(name: "Léa Martin", marks: 2, notes: 1, participations: 1, meetings: 1, projects: 0))
        #expect(Set(decision.events.map(\.action)).count == 1)
        #expect(w.state.holders.values.map(\.name) == ["Tom Durand"])
        #expect(w.project("Épicerie").holders == [w.holder("Tom Durand").id])
        #expect(w.state.marks.values.allSatisfy { $0.keys.allSatisfy { $0 == w.holder("Tom Durand").id } })
        let report = Report.make(state: w.state, scope: .all, today: w.today)
        #expect(report.holders == 1 && report.perHolder.map(\.name) == ["Tom Durand"])
        #expect(report.attendance.present == 0)

        try w.run(.undo(author: "claire"))
        #expect(w.observable == before)
        try w.run(.redo(author: "claire"))
        try w.run(.undo(author: "claire"))
        #expect(w.observable == before)
        #expect(w.state.anomalies == 0)
    }

    @Test func mergeMovesEveryReferenceFillsTheGapsAndRemovesTheDuplicate() throws {
        let w = try World.standard()
        w.today = day("2021-01-20")
        try w.run(.addHolder(HolderDraft(name: "L. Martin", email: "lea@example.org", tags: ["jeune"],
                                         referredByName: "Mission locale", projectTitle: "Épicerie bis")))
        try w.run(.addProgramme(name: "Sprint"))
        try w.run(.addCohort(programme: "Sprint", name: "Sprint 1", start: day("2021-01-05")))
        try w.run(.addSession(cohort: "Sprint 1", SessionDraft(title: "Kick-off", date: day("2021-01-06"))))
        try w.run(.enrol(holder: "L. Martin", cohort: "Sprint 1"))
        try w.run(.attend(session: "Kick-off", holder: "L. Martin", mark: .present))
        try w.run(.addNote(target: "L. Martin", text: "Vue au salon"))
        try w.run(.addHolderToProject(holder: "L. Martin", project: "Épicerie"))
        let keep = w.holder("Léa Martin").id, duplicate = w.holder("L. Martin").id
        let before = w.observable

        let decision = try w.run(.mergeHolders(keep: keep, duplicate: duplicate))
        #expect(decision.events.map(\.typeName) == ["holder.merged", "holder.edited", "holder.discarded"])
        #expect(decision.summary == .holdersMerged(keep: "Léa Martin", duplicate: "L. Martin", moved: 5,
                                                   filled: ["email", "referred_by", "tags"]))
        let sprint = w.cohort("Sprint 1").id
        #expect(w.state.participation(holder: keep, cohort: sprint)?.status == .enCours)
        #expect(w.state.mark(session: w.session("Kick-off").id, holder: keep)?.mark == .present)
        #expect(w.state.notes(about: .holder(keep)).map(\.text) == ["Vue au salon"])
        #expect(w.project("Épicerie bis").holders == [keep])
        #expect(w.project("Épicerie").holders == [keep])
        #expect(w.state.projects(holder: keep).count == 2)
        let merged = w.holder("Léa Martin")
        #expect((merged.commune, merged.email, merged.tags) == ("Annonay", "lea@example.org", ["jeune"]))
        #expect(w.state.removedHolders[duplicate]?.mergedInto == keep)
        #expect(w.state.holders[duplicate] == nil)
        #expect(Catalog.describe(w.journal.last!, in: w.state, language: .en) == "Holder L. Martin merged into Léa Martin (duplicate removed)")
        // The figures count one person, in both cohorts.
        let report = Report.make(state: w.state, scope: .all, today: w.today)
        #expect(report.holders == 2)
        #expect(report.perHolder.map(\.name) == ["Léa Martin", "Tom Durand"])
        #expect(report.perHolder[0].attended == 1)

        try w.run(.undo(author: "claire"))
        #expect(w.observable == before)
        try w.run(.redo(author: "claire"))
        #expect(w.state.holders[duplicate] == nil)
        try w.run(.undo(author: "claire"))
        #expect(w.observable == before)
        #expect(w.state.anomalies == 0)
    }

    @Test func mergeClashesAreListedAllAtOnceAndRefusedUntilSettled() throws {
        let w = try World.standard()
        w.today = day("2021-01-20")
        try w.run(.addHolder(HolderDraft(name: "L. Martin", cohort: "Promo 1")))
        try w.run(.markAllPresent(session: "Atelier 1"))
        try w.run(.attend(session: "Atelier 2", holder: "L. Martin", mark: .absent))
        try w.run(.attend(session: "Atelier 2", holder: "Léa Martin", mark: .present))
        let keep = w.holder("Léa Martin").id, duplicate = w.holder("L. Martin").id
        let count = w.state.eventCount
        #expect(w.error(.mergeHolders(keep: keep, duplicate: duplicate)) == .mergeClashes(
            keep: "Léa Martin", duplicate: "L. Martin",
            clashes: [.cohort(name: "Promo 1"), .session(title: "Atelier 1", date: day("2021-01-12")),
                      .session(title: "Atelier 2", date: day("2021-01-19"))]))
        #expect(w.error(.mergeHolders(keep: keep, duplicate: keep)) == .mergeSameHolder(holder: "Léa Martin"))
        #expect(w.state.eventCount == count)

        // Settled: the duplicate's marks cleared, then its participation removed.
        #expect(w.error(.removeParticipation(holder: duplicate, cohort: "Promo 1", reason: "doublon"))
                == .participationHasMarks(holder: "L. Martin", cohort: "Promo 1", marks: 2))
        try w.run(.clearMark(session: "Atelier 1", holder: duplicate))
        try w.run(.clearMark(session: "Atelier 2", holder: duplicate))
        #expect(w.error(.removeParticipation(holder: duplicate, cohort: "Promo 1", reason: "")) == .reasonRequired(what: "L. Martin — Promo 1"))
        try w.run(.removeParticipation(holder: duplicate, cohort: "Promo 1", reason: "doublon"))
        #expect(w.state.participation(holder: duplicate, cohort: w.cohort("Promo 1").id) == nil)
        try w.run(.mergeHolders(keep: keep, duplicate: duplicate))
        #expect(w.state.holders[duplicate] == nil)
    }

    @Test func aParticipationRemovedByMistakeTakesItsMeetingsAndComesBackWhole() throws {
        let w = World()
        try w.run(.addProgramme(name: "Sprint"))
        try w.run(.addWorkshop(programme: "Sprint", title: "Collectif"))
        try w.run(.addWorkshop(programme: "Sprint", title: "RDV", duration: .hours(1), kind: .individuel))
        try w.run(.addCohort(programme: "Sprint", name: "S1", start: day("2021-02-01"), fromTemplate: true))
        try w.run(.addHolder(HolderDraft(name: "Léa")))
        try w.run(.enrol(holder: "Léa", cohort: "S1"))
        try w.run(.setParticipation(holder: "Léa", cohort: "S1", status: .enCours, reason: "a commencé"))
        let before = w.observable
        let decision = try w.run(.removeParticipation(holder: "Léa", cohort: "S1", reason: "mauvaise promotion"))
        #expect(decision.summary == .participationRemoved(holder: "Léa", cohort: "S1", meetings: 1))
        #expect(w.state.sessions.count == 1)
        #expect(Catalog.describe(w.journal.last!, in: w.state, language: .fr) == "Participation de Léa à « S1 » retirée — mauvaise promotion")
        try w.run(.undo(author: "claire"))
        #expect(w.observable == before)
        // The history came back whole, reason included.
        #expect(w.state.participation(holder: w.holder("Léa").id, cohort: w.cohort("S1").id)?.history.last?.reason == "a commencé")
    }
}
