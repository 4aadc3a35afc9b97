import Foundation
import Testing
@testable import ParcoursDomain

/// Calls for applications (F4): a call's source, dates and criteria, each applicant's
/// checklist and eligibility, the candidacy it opens in the call's cohort, undo, and the
/// report's figures ("parmi 35 porteurs d'idée, 10 ont été retenus").
@Suite struct CallTests {
    /// Sprint's call of October 2020, recruiting for "Promo 1", with PLOUCS' three criteria
    /// (domain.md F4), and three applicants.
    static func sprint() throws -> World {
        let w = World()
        w.today = day("2020-11-30")
        try w.run(.addProgramme(name: "Sprint", operatorNames: ["Germoir"]))
        try w.run(.addCohort(programme: "Sprint", name: "Promo 1", start: day("2020-12-01")))
        try w.run(.addCall(programme: "Sprint", CallDraft(
            title: "Appel à projets 2020", cohort: "Promo 1", opens: day("2020-10-01"), closes: day("2020-10-31"),
            source: "PNR Haute Vallée de Chevreuse", criteria: ["Porté par un collectif", "Visée d'utilité sociale",
                                                             "Complémentarité avec l'existant"])))
        for name in ["Ana Lopez", "Bruno Vidal", "Chloé Petit"] {
            try w.run(.addHolder(HolderDraft(name: name, projectTitle: "Projet de \(name)", date: day("2020-09-01"))))
        }
        return w
    }

    func call(_ w: World) -> CallForApplications { w.state.calls.values.first! }

    @Test func applicationsAreCheckedAgainstTheCriteriaAndOpenACandidacy() throws {
        let w = try Self.sprint()
        let c = call(w)
        #expect(c.criteria.count == 3 && c.source == "PNR Haute Vallée de Chevreuse" && c.cohort == w.cohort("Promo 1").id)
        try w.run(.applyToCall(call: "Appel", holder: "Ana", date: day("2020-10-12")))
        #expect(w.lastDecision?.summary == .call(.applied(holder: "Ana Lopez", call: "Appel à projets 2020", candidateIn: "Promo 1")))
        let ana = w.holder("Ana Lopez").id, promo = w.cohort("Promo 1").id
        #expect(w.state.application(call: c.id, holder: ana) == Application(date: day("2020-10-12")))
        #expect(w.state.participation(holder: ana, cohort: promo)?.status == .candidat, "a candidate of the cohort, in the same action")
        #expect(w.state.participation(holder: ana, cohort: promo)?.history.first?.date == day("2020-10-12"))

        // Criteria by number or by words; the others keep their check.
        try w.run(.checkApplication(call: "Appel", holder: "Ana", met: ["1", "utilité"]))
        #expect(w.state.application(call: c.id, holder: ana)?.eligibility(criteria: 3) == .pending)
        try w.run(.checkApplication(call: "Appel", holder: "Ana", met: ["complémentarité"]))
        #expect(w.lastDecision?.summary == .call(.checked(holder: "Ana Lopez", call: "Appel à projets 2020", eligibility: .eligible)))
        try w.run(.checkApplication(call: "Appel", holder: "Ana", unmet: ["Porté"]))
        #expect(w.state.application(call: c.id, holder: ana)?.eligibility(criteria: 3) == .notEligible)
        try w.run(.checkApplication(call: "Appel", holder: "Ana", unchecked: ["1"]))
        #expect(w.state.application(call: c.id, holder: ana)?.checks == [CriterionCheck(criterion: 1, met: true),
                                                                          CriterionCheck(criterion: 2, met: true)])

        // Someone already a candidate keeps their place; no second participation.
        try w.run(.enrol(holder: "Bruno", cohort: "Promo 1", status: .candidat, date: day("2020-10-05")))
        try w.run(.applyToCall(call: "Appel", holder: "Bruno", date: day("2020-10-20")))
        #expect(w.lastDecision?.summary == .call(.applied(holder: "Bruno Vidal", call: "Appel à projets 2020", candidateIn: nil)))
        #expect(w.state.participation(holder: w.holder("Bruno Vidal").id, cohort: promo)?.history.count == 1)
    }

    @Test func wrongCallsApplicationsAndChecksAreRefusedAndWriteNothing() throws {
        let w = try Self.sprint()
        try w.run(.addProgramme(name: "Lance-toi !"))
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo Ardèche", start: day("2020-12-01")))
        try w.run(.applyToCall(call: "Appel", holder: "Ana", date: day("2020-10-12")))
        let before = w.observable
        let refused: [(Command, DomainError)] = [
            (.addCall(programme: "Sprint", CallDraft(title: "appel a projets 2020")),
             .call(.titleTaken(title: "Appel à projets 2020", programme: "Sprint"))),
            (.addCall(programme: "Sprint", CallDraft(title: "AMI", cohort: "Promo Ardèche")),
             .cohortOfAnotherProgramme(cohort: "Promo Ardèche", programme: "Sprint")),
            (.addCall(programme: "Sprint", CallDraft(title: "AMI", opens: day("2020-10-31"), closes: day("2020-10-01"))),
             .endBeforeStart(start: day("2020-10-31"), end: day("2020-10-01"))),
            (.addCall(programme: "Sprint", CallDraft(title: "AMI", criteria: ["Collectif", "collectif "])), .call(.duplicateCriterion("collectif"))),
            (.addCall(programme: "Sprint", CallDraft(title: "AMI", criteria: ["Un\ncritère"])), .controlCharacter(.criterion, code: 0x0A, position: 3)),
            (.addCall(programme: "Sprint", CallDraft(title: "")), .emptyName(.call)),
            (.applyToCall(call: "Appel", holder: "Ana"), .call(.alreadyApplied(holder: "Ana Lopez", call: "Appel à projets 2020"))),
            (.applyToCall(call: "Appel", holder: "Bruno", date: day("2020-09-30")),
             .call(.beforeOpening(call: "Appel à projets 2020", date: day("2020-09-30"), opens: day("2020-10-01")))),
            (.applyToCall(call: "Appel", holder: "Bruno", date: day("2020-12-25")),
             .dateInFuture(.application, date: day("2020-12-25"), today: day("2020-11-30"))),
            (.applyToCall(call: "AMI inconnu", holder: "Bruno"), .notFound(.call, reference: "AMI inconnu")),
            (.checkApplication(call: "Appel", holder: "Bruno", met: ["1"]), .call(.notApplied(holder: "Bruno Vidal", call: "Appel à projets 2020"))),
            (.checkApplication(call: "Appel", holder: "Ana"), .call(.nothingToCheck)),
            (.checkApplication(call: "Appel", holder: "Ana", met: ["1"], unmet: ["collectif"]), .call(.criterionTwice("Porté par un collectif"))),
            (.checkApplication(call: "Appel", holder: "Ana", met: ["4"]),
             .call(.unknownCriterion("4", call: "Appel à projets 2020", criteria: [
                "1. Porté par un collectif", "2. Visée d'utilité sociale", "3. Complémentarité avec l'existant"]))),
            (.checkApplication(call: "Appel", holder: "Ana", met: ["it"]),
             .ambiguous(.criterion, reference: "it", candidates: [Candidate(name: "Visée d'utilité sociale", id: "2"),
                                                                  Candidate(name: "Complémentarité avec l'existant", id: "3")])),
            (.removeApplication(call: "Appel", holder: "Bruno"), .call(.notApplied(holder: "Bruno Vidal", call: "Appel à projets 2020"))),
        ]
        for (command, expected) in refused { #expect(w.error(command) == expected, "\(command)") }
        try w.run(.checkApplication(call: "Appel", holder: "Ana", met: ["1"]))
        #expect(w.error(.checkApplication(call: "Appel", holder: "Ana", met: ["1"])) == .nothingChanged)
        try w.run(.undo(author: w.author))
        #expect(w.observable == before, "the refusals wrote nothing; the check is undone")
    }

    @Test func everyCallEventIsUndone() throws {
        let w = try Self.sprint()
        let empty = w.observable
        try w.run(.applyToCall(call: "Appel", holder: "Ana", date: day("2020-10-12")))
        let applied = w.observable
        try w.run(.checkApplication(call: "Appel", holder: "Ana", met: ["1", "2"], unmet: ["3"]))
        let checked = w.observable
        try w.run(.removeApplication(call: "Appel", holder: "Ana"))
        #expect(w.state.applications.isEmpty)
        try w.run(.undo(author: w.author))
        #expect(w.observable == checked)
        try w.run(.undo(author: w.author))
        #expect(w.observable == applied)
        try w.run(.undo(author: w.author))
        #expect(w.observable == empty, "the application and the candidacy it opened")
        try w.run(.redo(author: w.author))
        #expect(w.observable == applied)
        // The call's creation is not undone under an application made since.
        let v = World()
        try v.run(.addProgramme(name: "Sprint"))
        try v.run(.addCall(programme: "Sprint", CallDraft(title: "AMI")))
        v.author = "autre"
        try v.run(.addHolder(HolderDraft(name: "Ana Lopez")))
        try v.run(.applyToCall(call: "AMI", holder: "Ana"))
        #expect(v.error(.undo(author: "claire")) == .undoBlocked(what: "AMI"))
    }

    @Test func theReportCountsApplicationsEligibilityAndSelection() throws {
        let w = try Self.sprint()
        try w.run(.applyToCall(call: "Appel", holder: "Ana", date: day("2020-10-12")))
        try w.run(.applyToCall(call: "Appel", holder: "Bruno", date: day("2020-10-20")))
        try w.run(.applyToCall(call: "Appel", holder: "Chloé", date: day("2020-10-30")))
        try w.run(.checkApplication(call: "Appel", holder: "Ana", met: ["1", "2", "3"]))
        try w.run(.checkApplication(call: "Appel", holder: "Bruno", met: ["2", "3"], unmet: ["1"]))
        try w.run(.checkApplication(call: "Appel", holder: "Chloé", met: ["1"]))
        try w.run(.setParticipation(holder: "Ana", cohort: "Promo 1", status: .retenu))
        try w.run(.setParticipation(holder: "Bruno", cohort: "Promo 1", status: .nonRetenu))
        let sprint = w.programme("Sprint").id
        let report = Report.make(state: w.state, scope: .programme(sprint), today: w.today)
        let figures = try #require(report.calls.first)
        #expect(report.calls.count == 1)
        #expect((figures.applications, figures.eligible, figures.notEligible, figures.pending, figures.selected) == (3, 1, 1, 1, 1))
        #expect(figures.criteria.map(\.met) == [2, 2, 2] && figures.criteria.map(\.unmet) == [1, 0, 0])
        #expect(figures.cohort == "Promo 1" && figures.source == "PNR Haute Vallée de Chevreuse")
        // The cohort's report has its call; the existing applicants' figures agree.
        let promo = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 1").id), today: w.today)
        #expect(promo.calls.map(\.applications) == [3] && promo.candidates == 3)
        // Applications in a period; a call closed before a period is left out.
        let late = Report.make(state: w.state, scope: .programme(sprint), today: w.today,
                               filter: ReportFilter(from: day("2020-10-15"), to: day("2020-10-25")))
        #expect(late.calls.first?.applications == 1)
        #expect(Report.make(state: w.state, scope: .programme(sprint), today: w.today,
                            filter: ReportFilter(from: day("2020-11-01"))).calls.isEmpty)
    }

    @Test func applicationsAreHistoryOfTheHolder() throws {
        let w = try Self.sprint()
        try w.run(.addHolder(HolderDraft(name: "Dan Roux")))
        try w.run(.applyToCall(call: "Appel", holder: "Dan"))
        try w.run(.removeParticipation(holder: "Dan", cohort: "Promo 1", reason: "erreur"))
        #expect(w.error(.removeHolder(holder: "Dan", reason: "erreur"))
                == .idea(.holderHasIdeas(holder: "Dan Roux", adopted: 0, applications: 1)))
        try w.run(.removeHolder(holder: "Dan", reason: "erreur", withHistory: true))
        #expect(w.state.applications.isEmpty)
        try w.run(.undo(author: w.author))
        #expect(w.state.applications.values.first?.count == 1)
        // Erased, the applicant's checklist stays (it holds no text of theirs).
        try w.run(.checkApplication(call: "Appel", holder: "Dan", met: ["1"]))
        try w.run(.erase(holder: "Dan", reason: "demande"))
        #expect(w.state.applications.values.first?.values.first?.check(0) == true)
    }
}
