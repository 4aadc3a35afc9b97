import Foundation
@testable import ParcoursDomain
import Testing

/// The report's figures for follow-up, path and money, on a small world whose every
/// number is worked out by hand in the comments.
@Suite("Report: follow-up, path, money")
struct PathReportTests {
    /// "Lance-toi !" plans follow-ups at 6 months, 1 and 3 years. In "Promo 2021":
    /// - Léa (Épicerie, new) finished 2021-06-30: 6m developing; 1y operating, 2 jobs
    ///   created, structure "SCIC L'Épicerie"; 3y operating, 3 created, 1 kept.
    /// - Tom (Recyclerie, already created) finished 2021-06-30: 6m operating, 4 kept;
    ///   1y unreachable; 3y not recorded.
    /// - Thi (Café) left 2021-03-15: 6m ceased; 1y and 3y known ceased from it.
    /// - Fred (Conserves) finished 2021-06-30, abandoned 2022-01-10: 6m (due 2021-12-30,
    ///   still active then) not recorded; 1y and 3y ended by the status.
    /// - Zoé (Tiers-lieu, in Annonay) still in progress: nothing due.
    /// Today is 2025-01-10: every wave has come.
    static func world() throws -> World {
        let w = World()
        w.today = day("2021-01-04")
        try w.run(.addProgramme(name: "Lance-toi !"))
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo 2021", start: day("2021-01-04")))
        for (name, project) in [("Léa Martin", "Épicerie"), ("Tom Durand", "Recyclerie"), ("Thi Nguyen", "Café"),
                                ("Fred Roux", "Conserves"), ("Zoé Blanc", "Tiers-lieu")] {
            try w.run(.addHolder(HolderDraft(name: name, commune: name == "Zoé Blanc" ? "Annonay" : "Privas",
                                             projectTitle: project, cohort: "Promo 2021", participation: .enCours)))
        }
        try w.run(.editProject(project: "Épicerie", ProjectEdit(alreadyCreated: false)))
        try w.run(.editProject(project: "Recyclerie", ProjectEdit(legalForm: "Association", alreadyCreated: true)))
        w.today = day("2025-01-10")
        try w.run(.planFollowUps(programme: "Lance-toi", waves: [6, 12, 36]))
        for name in ["Léa Martin", "Tom Durand", "Fred Roux"] {
            try w.run(.setParticipation(holder: name, cohort: "Promo 2021", status: .termine, date: day("2021-06-30")))
        }
        try w.run(.setParticipation(holder: "Thi Nguyen", cohort: "Promo 2021", status: .sorti, date: day("2021-03-15")))
        try w.run(.setStatus(project: "Conserves", status: .abandonne, date: day("2022-01-10")))

        func record(_ project: String, _ wave: Int, _ activity: FollowUpActivity, created: Int? = nil, kept: Int? = nil,
                    structure: String? = nil) throws {
            try w.run(.recordFollowUp(project: project, wave: wave, FollowUpDraft(
                activity: activity, jobsCreated: created, jobsKept: kept, structure: structure)))
        }
        try record("Épicerie", 6, .enDeveloppement, created: 0)
        try record("Épicerie", 12, .operationnelle, created: 2, structure: "SCIC L'Épicerie")
        try record("Épicerie", 36, .operationnelle, created: 3, kept: 1)
        try record("Recyclerie", 6, .operationnelle, kept: 4)
        try record("Recyclerie", 12, .injoignable)
        try record("Café", 6, .cessee)

        // The path.
        try w.run(.addProgrammeMilestone(programme: "Lance-toi", title: "Visite"))
        for (project, milestone) in [("Épicerie", "pitch"), ("Épicerie", "etude_marche"), ("Épicerie", "Visite"),
                                     ("Recyclerie", "pitch"), ("Recyclerie", "structure_immatriculee"),
                                     ("Café", "structure_immatriculee")] {
            try w.run(.reachMilestone(project: project, milestone: milestone, date: day("2021-05-01")))
        }
        try w.run(.changeLegalForm(project: "Épicerie", form: "SCIC", date: day("2022-02-01")))
        try w.run(.addNeed(project: "Épicerie", kind: .local))
        try w.run(.addNeed(project: "Recyclerie", kind: .financement))
        try w.run(.resolveNeed(project: "Recyclerie", kind: .financement))
        try w.run(.addNeed(project: "Café", kind: .local))
        try w.run(.resolveNeed(project: "Café", kind: .local))
        try w.run(.addNeed(project: "Café", kind: .juridique))

        // Money: the programme 2 000 € (Région 500 €); the cohort 10 000 € (FSE 60 %,
        // Commune 4 000 €), 120 € per holder, 1 500 € in kind.
        try w.run(.setFunding(target: "Lance-toi !", FundingDraft(cost: 200_000, funders: [FunderDraft(name: "Région", amount: 50_000)])))
        try w.run(.setFunding(target: "Promo 2021", FundingDraft(
            cost: 1_000_000, funders: [FunderDraft(name: "FSE", share: 6_000), FunderDraft(name: "Commune", amount: 400_000)],
            fee: .some(12_000), inKind: .some(150_000))))
        return w
    }

    static func wave(_ months: Int, followed: Int, operational: Int, developing: Int, ceased: Int, earlier: Int, byStatus: Int,
                     unreachable: Int, notRecorded: Int, created: Int, kept: Int) -> FollowUpFigures.Wave {
        let active = operational + developing, reached = active + ceased
        return FollowUpFigures.Wave(wave: FollowUpWave.id(months), months: months, followed: followed, operational: operational,
                                    developing: developing, ceased: ceased, ceasedEarlier: earlier, ceasedByStatus: byStatus,
                                    unreachable: unreachable, notRecorded: notRecorded, reached: reached, active: active,
                                    survivalRate: reached == 0 ? nil : Double(active) / Double(reached),
                                    jobsCreated: created, jobsKept: kept)
    }

    @Test func survivalJobsAndStructures() throws {
        let w = try Self.world()
        let r = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 2021").id), today: w.today)
        // 6m: Léa developing, Tom operating, Thi ceased, Fred due → 2 active of 3 reached.
        // 1y: Léa operating, Tom unreachable, Thi ceased (earlier), Fred ended by status → 1 of 3.
        // 3y: Léa operating, Tom due, Thi ceased (earlier), Fred ended by status → 1 of 3.
        #expect(r.followUp.waves == [
            Self.wave(6, followed: 4, operational: 1, developing: 1, ceased: 1, earlier: 0, byStatus: 0, unreachable: 0,
                      notRecorded: 1, created: 0, kept: 4),
            Self.wave(12, followed: 4, operational: 1, developing: 0, ceased: 2, earlier: 1, byStatus: 1, unreachable: 1,
                      notRecorded: 0, created: 2, kept: 0),
            Self.wave(36, followed: 4, operational: 1, developing: 0, ceased: 2, earlier: 1, byStatus: 1, unreachable: 0,
                      notRecorded: 1, created: 3, kept: 1),
        ])
        let rates: [Double?] = [2.0 / 3, 1.0 / 3, 1.0 / 3]
        #expect(r.followUp.waves.map(\.survivalRate) == rates)
        // Jobs at each project's latest follow-up giving them: Léa 3 created and 1 kept (3y),
        // Tom 4 kept (6m; unreachable at 1y says nothing).
        #expect(r.followUp.jobs == FollowUpFigures.Jobs(created: 3, kept: 5, projects: 2))
        // Léa (a structure named, new) and Thi (milestone, not said); Tom's existed already.
        #expect(r.followUp.structuresCreated == 2)
        #expect(r.followUp.due == 2)

        // Before the 3-year wave came (2023-01-10): that wave counts only what was recorded.
        let earlier = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 2021").id), today: day("2023-01-10"))
        #expect(earlier.followUp.waves.last == Self.wave(36, followed: 1, operational: 1, developing: 0, ceased: 0, earlier: 0,
                                                         byStatus: 0, unreachable: 0, notRecorded: 0, created: 3, kept: 1))
        #expect(earlier.followUp.due == 1)
    }

    @Test func pathFigures() throws {
        let w = try Self.world()
        let r = Report.make(state: w.state, scope: .all, today: w.today)
        let reached = Dictionary(uniqueKeysWithValues: r.path.milestones.map { ($0.title ?? $0.id, $0.projects) })
        #expect(r.path.milestones.count == 13)
        #expect(r.path.milestones.prefix(12).map(\.id) == StandardMilestone.allCases.map(\.rawValue))
        #expect(reached["pitch"] == 2 && reached["etude_marche"] == 1 && reached["structure_immatriculee"] == 2
                && reached["Visite"] == 1 && reached["ouverture"] == 0)
        #expect(r.path.milestones.last.map { ($0.standard, $0.title) } ?? (true, nil) == (false, "Visite"))
        #expect(r.path.needs["local"] == PathFigures.Needs(open: 1, resolved: 1))
        #expect(r.path.needs["financement"] == PathFigures.Needs(open: 0, resolved: 1))
        #expect(r.path.needs["juridique"] == PathFigures.Needs(open: 1, resolved: 0))
        #expect(r.path.needs["foncier"] == PathFigures.Needs(open: 0, resolved: 0) && r.path.needs.count == 6)
        #expect(r.path.projects == PathFigures.Origin(alreadyCreated: 1, new: 1, unknown: 3))
    }

    @Test func moneyOverACohortAndOverItsProgramme() throws {
        let w = try Self.world()
        // The cohort: 10 000 €; FSE 6 000 € (60 %), Commune 4 000 € (40 %); five holders pay
        // 120 € (600 €, 6 %); 10 600 € came in, 600 € more than the cost; 2 000 € a holder.
        let cohort = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 2021").id), today: w.today).funding
        #expect(cohort.records == 1 && cohort.cost == 10_000)
        #expect(cohort.funders.map(\.name) == ["FSE", "Commune"])
        let cohortShares: [Double?] = [0.6, 0.4]
        #expect(cohort.funders.map(\.amount) == [6_000, 4_000] && cohort.funders.map(\.share) == cohortShares)
        #expect(cohort.fees == FundingFigures.Fees(perHolder: 120, holders: 5, total: 600, share: 0.06))
        #expect((cohort.inKind, cohort.funded, cohort.remainder) == (1_500, 10_600, -600))
        #expect((cohort.holders, cohort.costPerHolder) == (5, 2_000))
        // The programme adds its own 2 000 € and the Région's 500 €: 12 000 €, 11 100 € in,
        // 900 € left; 2 400 € a holder.
        let programme = Report.make(state: w.state, scope: .programme(w.programme("Lance-toi !").id), today: w.today).funding
        #expect(programme.records == 2 && programme.cost == 12_000)
        #expect(programme.funders.map(\.name) == ["FSE", "Commune", "Région"])
        let shares: [Double?] = [0.5, 4_000.0 / 12_000, 500.0 / 12_000]
        #expect(programme.funders.map(\.share) == shares)
        #expect((programme.funded, programme.remainder, programme.costPerHolder) == (11_100, 900, 2_400))
        // A programme's fee is what holders of its cohorts without their own fee pay.
        try w.run(.setFunding(target: "Lance-toi !", FundingDraft(fee: .some(5_000))))
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo 2024", start: day("2024-09-02")))
        try w.run(.addHolder(HolderDraft(name: "Ana Costa", projectTitle: "Vélos", cohort: "Promo 2024")))
        let fees = Report.make(state: w.state, scope: .programme(w.programme("Lance-toi !").id), today: w.today).funding.fees
        #expect(fees == FundingFigures.Fees(perHolder: nil, holders: 6, total: 650, share: 650.0 / 12_000))
        let promo2024 = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 2024").id), today: w.today).funding
        #expect(promo2024.fees.total == 50 && promo2024.records == 0 && promo2024.cost == nil)
        // A period the cohort does not run in leaves the cohort out, and the programme's own
        // funding with it.
        let later = Report.make(state: w.state, scope: .programme(w.programme("Lance-toi !").id), today: w.today,
                                filter: ReportFilter(from: day("2030-01-01"))).funding
        #expect(later.records == 0 && later.cost == nil && later.costPerHolder == nil && later.holders == 0)
        // Money is not split by commune: the cohort's whole cost and holders.
        let annonay = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 2021").id), today: w.today,
                                  filter: ReportFilter(commune: "Annonay"))
        #expect(annonay.holders == 1 && annonay.funding == cohort)
        #expect(annonay.followUp.waves.isEmpty && annonay.path.projects == PathFigures.Origin(alreadyCreated: 0, new: 0, unknown: 1))
    }

    @Test func theJSONCarriesTheNewFiguresUnderStableKeys() throws {
        let w = try Self.world()
        let r = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 2021").id), today: w.today)
        let json = try #require(try JSONSerialization.jsonObject(with: r.json()) as? [String: Any])
        let followUp = try #require(json["follow_up"] as? [String: Any])
        #expect(Set(followUp.keys) == ["waves", "jobs", "structures_created", "due"])
        let first = try #require((followUp["waves"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["wave", "months", "followed", "operational", "developing", "ceased", "ceased_earlier",
                                    "ceased_by_status", "unreachable", "not_recorded", "reached", "active", "survival_rate",
                                    "jobs_created", "jobs_kept"])
        #expect(first["wave"] as? String == "6m")
        let path = try #require(json["path"] as? [String: Any])
        #expect(Set(path.keys) == ["milestones", "needs", "projects"])
        #expect((path["projects"] as? [String: Any])?["already_created"] as? Int == 1)
        let funding = try #require(json["funding"] as? [String: Any])
        #expect(Set(funding.keys) == ["records", "cost", "funders", "fees", "in_kind", "funded", "remainder", "holders",
                                      "cost_per_holder"])
        #expect((funding["fees"] as? [String: Any])?["per_holder"] as? Double == 120)
        // Nothing recorded: nulls, not missing keys.
        let empty = try #require(try JSONSerialization.jsonObject(with: Report.make(state: State(), scope: .all, today: w.today).json())
                                 as? [String: Any])
        let none = try #require(empty["funding"] as? [String: Any])
        #expect(none["cost"] is NSNull && none["cost_per_holder"] is NSNull && none["in_kind"] is NSNull)
    }
}
