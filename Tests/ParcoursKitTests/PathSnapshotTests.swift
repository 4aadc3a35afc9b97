import Foundation
import ParcoursDomain
import ParcoursTestSupport
import Testing
@testable import ParcoursKit

/// Follow-up plans and records, milestones, needs, legal forms and funding come back
/// from the snapshot as the plain path folds them.
@Suite struct PathSnapshotTests {
    @Test func followUpsPathAndMoneyComeBackFromTheSnapshot() throws {
        let url = try GeneratedData.make(events: 2_000, seed: 4, writers: 2)
        defer { try? FileManager.default.removeItem(at: url) }
        let w = try Workspace(directory: url, author: "test", useCache: true)
        let cohort = try #require(w.state.cohorts.values.sorted { $0.id < $1.id }.first { !w.state.holdersTakingPart(cohort: $0.id).isEmpty })
        let holder = try #require(w.state.holdersTakingPart(cohort: cohort.id).sorted { $0.id < $1.id }.first {
            w.state.projects(holder: $0.id).count == 1
        })
        let project = try #require(w.state.projects(holder: holder.id).first)
        try w.perform(.planFollowUps(programme: cohort.programme, waves: [6, 12, 36]))
        try w.perform(.recordFollowUp(project: project.id, wave: 12, FollowUpDraft(
            activity: .operationnelle, jobsCreated: 2, jobsKept: 1, structure: "SCIC « Test »", note: "ouverte\nle lundi")))
        try w.perform(.addProgrammeMilestone(programme: cohort.programme, title: "Visite d’un lieu"))
        try w.perform(.reachMilestone(project: project.id, milestone: "pitch"))
        try w.perform(.reachMilestone(project: project.id, milestone: "Visite d’un lieu"))
        try w.perform(.addNeed(project: project.id, kind: .foncier, description: "2 ha"))
        try w.perform(.resolveNeed(project: project.id, kind: .foncier, note: "bail rural"))
        try w.perform(.addNeed(project: project.id, kind: .local))
        try w.perform(.changeLegalForm(project: project.id, form: "SCIC"))
        try w.perform(.setFunding(target: cohort.id, FundingDraft(
            cost: 1_000_000, funders: [FunderDraft(name: "FSE", share: 6_000), FunderDraft(name: "Commune", amount: 400_000)],
            fee: .some(12_000), inKind: .some(150_000))))
        try w.perform(.setFunding(target: cohort.programme, FundingDraft(cost: 50_000)))
        #expect(w.state.anomalies == 0)
        try FileManager.default.removeItem(atPath: url.path + "/cache/state.snapshot")
        #expect(!(try Workspace(directory: url, author: "test", useCache: true)).restoredFromCache)
        let warm = try Workspace(directory: url, author: "test", useCache: true)
        #expect(warm.restoredFromCache)
        #expect(warm.state.followUps[project.id]?.first { $0.wave == 12 }?.structure == "SCIC « Test »")
        #expect(warm.state.funding.count == 2 && warm.state.needs.count == 2 && warm.state.milestones[project.id]?.count == 2)
        expectSameState(warm.state, try GeneratedData.plainState(url))
        expectSameState(warm.state, w.state)
        let today = warm.today
        #expect(Report.make(state: warm.state, scope: .all, today: today) == Report.make(state: w.state, scope: .all, today: today))
    }

    /// `parcours conflicts` names what was changed twice in words, for the new subjects too.
    @Test func conflictsOnFollowUpsMilestonesNeedsAndFundingAreNamed() throws {
        let url = try GeneratedData.make(events: 500, seed: 6, writers: 1)
        defer { try? FileManager.default.removeItem(at: url) }
        let w = try Workspace(directory: url, author: "test", useCache: false)
        let cohort = try #require(w.state.cohorts.values.sorted { $0.id < $1.id }.first)
        let project = try #require(w.state.projects.values.sorted { $0.id < $1.id }.first)
        let programme = try #require(w.state.programmes[cohort.programme])
        try w.perform(.addNeed(project: project.id, kind: .juridique))
        let need = try #require(w.state.needs.values.first)
        let subjects: [(ConflictSubject, String, String)] = [
            (ConflictSubject(kind: .followUpPlan, entity: programme.id), "Suivis prévus de \(programme.name)",
             "Follow-up waves of \(programme.name)"),
            (ConflictSubject(kind: .followUp, entity: project.id, field: "1y"), "Suivi 1y de \(project.title)",
             "Follow-up 1y of \(project.title)"),
            (ConflictSubject(kind: .milestone, entity: project.id, field: "pitch"), "Jalon « Pitch » de \(project.title)",
             "Milestone “Pitch deck” of \(project.title)"),
            (ConflictSubject(kind: .need, entity: need.id), "Besoin (expertise juridique) de \(project.title)",
             "Need (legal expertise) of \(project.title)"),
            (ConflictSubject(kind: .funding, entity: cohort.id), "Financement de \(cohort.name)", "Funding of \(cohort.name)"),
        ]
        for (subject, fr, en) in subjects {
            #expect(ConflictListing.subject(subject, w.state, .fr) == fr)
            #expect(ConflictListing.subject(subject, w.state, .en) == en)
        }
    }
}
