import Foundation
import ParcoursDomain
import Testing
@testable import ParcoursDemo
import ParcoursKit

/// The demo carries what a bilan needs after the programme, from the guide's own figures
/// where it gives them: Sprint's end-of-programme survey (9/10, 100 %, 91 %), May'Idées'
/// jury and orientations, follow-up waves, funding.
@Suite("Demo: the bilan after the programme")
struct DemoBilanTests {
    func report(_ programme: DemoProgramme) throws -> Report {
        let demo = try DemoFixture.loaded.get()
        return Report.make(state: demo.state, scope: .programme(try demo.programme(programme).id), today: demo.today)
    }

    @Test func sprintsSurveyGivesTheGuidesKeyFigures() throws {
        let survey = try report(Demo.sprint).exitSurvey
        // « Note de recommandation du programme : 9/10 ; 100 % … poursuivre ; 91 % … confortés » (002:L1814–1820)
        #expect(survey.respondents == 11)
        #expect(survey.recommendationMean == 9)
        #expect(survey.continueShare == 1)
        #expect(survey.settleAnswers == 11 && survey.settleShare.map { Int(($0 * 100).rounded()) } == 91)
    }

    @Test func sprintStillCountsTheGuidesApplicants() throws {
        // The co-holder who answered the survey never applied: 35 applications, 10 selected.
        let r = try report(Demo.sprint)
        #expect(r.candidates == 35 && r.breakdowns.applicants.selected == 10 && r.holders == 10)
    }

    @Test func followUpsGiveSurvivalJobsAndStructures() throws {
        let r = try report(Demo.sprint)
        #expect(r.followUp.waves.map(\.months) == [6, 12, 36])
        let oneYear = try #require(r.followUp.waves.first { $0.months == 12 })
        // Nine active, the conserverie ceased, everyone reached.
        #expect((oneYear.reached, oneYear.active, oneYear.ceased) == (10, 9, 1))
        #expect(r.followUp.structuresCreated > 0 && r.followUp.jobs.created > 0)
        // Stages and statuses follow the follow-ups: seven launched, two ceased.
        #expect(r.outcomes.created == 7 && r.statuses["cesse"] == 2)
        #expect(r.path.projects.alreadyCreated == 1 && r.path.projects.new == 9)
    }

    @Test func mayIdeesJuryOrientsTwoAndTheEpicerieOpens() throws {
        let r = try report(Demo.mayIdees)
        #expect(r.jury.evaluated == 3)
        #expect(r.jury.decisions["poursuivre"] == 1 && r.jury.decisions["orienter"] == 2)
        #expect(r.jury.destinations == [Demo.bgeAnjouMaine: 1, Demo.caeCoodem: 1])
        #expect(r.path.milestones.first { $0.id == StandardMilestone.ouverture.rawValue }?.projects == 1)
    }

    @Test func fundingShowsTheSplitAndTheCostPerHolder() throws {
        let may = try report(Demo.mayIdees).funding
        #expect(may.cost == 11_000 && may.fees.total == 360 && may.costPerHolder.map { ($0 * 100).rounded() / 100 } == 3_666.67)
        #expect(may.funders.map(\.name) == ["Fonds social européen (TRESSONS)", "Agence nationale de la cohésion des territoires (ANCT)"])
        let sprint = try report(Demo.sprint).funding
        #expect(sprint.cost == 12_000 && sprint.costPerHolder == 1_200)
    }
}
