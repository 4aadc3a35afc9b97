import ParcoursDomain
import ParcoursKit

// May’Idées after its first group (domain.md §3 E3): the review half-day's jury of the
// speakers evaluating « l'évolution du projet et de sa porteuse » and orienting them
// (002:L1946–1948) — the épicerie continues to its opening, the two others are referred
// to BGE Anjou Maine's incubation and to a test in the CAE Coodem (002:L1930, L1954) —
// the épicerie's milestones up to « a déjà pu ouvrir ses portes », the follow-up waves,
// and the budget. The guide names APES 53's coordinator, Gianina Perca; the other jury
// members' names, the follow-up outcomes and the budget are the demo's: the budget uses
// the only session cost the guide quotes (10 000 to 12 000 euros for an ideation
// session, holders paying 120 euros, 002:L1082–1084) and TRESSONS' cofinancers, the
// Fonds social européen (002:L2956) and the ANCT (002:L15).
extension Demo {
    static let mayIdeesAfter = DemoAfter(
        followUpWaves: [6, 12, 36],
        funding: FundingDraft(cost: 11_000_00, funders: [
            FunderDraft(name: "Fonds social européen (TRESSONS)", amount: 5_500_00),
            FunderDraft(name: "Agence nationale de la cohésion des territoires (ANCT)", amount: 3_000_00),
        ], fee: .some(120_00)))

    static let mayIdeesAfterMoves: [DemoMove] = {
        let jury = DemoMoment(day("2021-01-26"), 11)
        var moves: [DemoMove] = [
            .init(at: jury, change: .juryMember(session: "bilan", name: "Gianina Perca", organisation: apes53)),
            .init(at: jury, change: .juryMember(session: "bilan", name: "Sophie Bréhier", organisation: bgeAnjouMaine)),
            .init(at: jury, change: .juryMember(session: "bilan", name: "Thomas Lemaire", organisation: caeCoodem)),
            .init(at: jury, change: .juryMember(session: "bilan", name: "Julie Ferrand", organisation: franceActivePDL)),
            .init(at: jury.adding(minutes: 30), change: .jury(holder: "epicerie", session: "bilan", JuryEvaluationDraft(
                project: .tresSatisfaisant, progress: .tresSatisfaisant, decision: .poursuivre,
                comment: "Projet mûr : bail signé à Laval, ouverture visée au printemps."))),
            .init(at: jury.adding(minutes: 40), change: .jury(holder: "partheque", session: "bilan", JuryEvaluationDraft(
                project: .satisfaisant, progress: .satisfaisant, decision: .orienter, destinationName: caeCoodem,
                comment: "Tester l’activité au sein de la CAE."))),
            .init(at: jury.adding(minutes: 50), change: .jury(holder: "refugies", session: "bilan", JuryEvaluationDraft(
                project: .satisfaisant, progress: .tresSatisfaisant, decision: .orienter, destinationName: bgeAnjouMaine,
                comment: "Poursuivre en incubation."))),
            // All three projects were new when they came (« personnes au stade de l'idée »).
            .init(at: DemoMoment(day("2020-11-17"), 8), change: .editProject(holder: "partheque", ProjectEdit(alreadyCreated: false))),
            .init(at: DemoMoment(day("2020-11-17"), 8, 1), change: .editProject(holder: "epicerie", ProjectEdit(alreadyCreated: false))),
            .init(at: DemoMoment(day("2020-11-17"), 8, 2), change: .editProject(holder: "refugies", ProjectEdit(alreadyCreated: false))),
            .milestone(DemoMoment(day("2020-12-01"), 18, 5), "epicerie", .etudeMarche),
            .milestone(DemoMoment(day("2021-01-20"), 10), "epicerie", .localTrouve),
            .milestone(DemoMoment(day("2021-03-15"), 10), "epicerie", .structureImmatriculee),
            .milestone(DemoMoment(day("2021-04-06"), 10, 5), "epicerie", .ouverture),
        ]
        let sixMonths = DemoMoment(day("2021-07-27"), 10)
        moves += [
            .followUp(sixMonths, "epicerie", wave: 6, .operationnelle, jobsCreated: 1, structure: "Épicerie Les Cornichons"),
            .followUp(sixMonths.adding(minutes: 10), "partheque", wave: 6, .enDeveloppement,
                      note: "En test d’activité à la CAE Coodem."),
            .followUp(sixMonths.adding(minutes: 20), "refugies", wave: 6, .enDeveloppement,
                      note: "En incubation chez BGE Anjou Maine."),
        ]
        let oneYear = DemoMoment(day("2022-01-27"), 10)
        moves += [
            .followUp(oneYear, "epicerie", wave: 12, .operationnelle, jobsCreated: 2),
            .followUp(oneYear.adding(minutes: 10), "partheque", wave: 12, .operationnelle, jobsCreated: 1),
            .followUp(oneYear.adding(minutes: 20), "refugies", wave: 12, .operationnelle, jobsCreated: 1,
                      structure: "Association intermédiaire du Sud-Mayenne"),
        ]
        let threeYears = DemoMoment(day("2024-01-29"), 10)
        moves += [
            .followUp(threeYears, "epicerie", wave: 36, .operationnelle, jobsKept: 2),
            .followUp(threeYears.adding(minutes: 10), "partheque", wave: 36, .operationnelle, jobsCreated: 1),
            .followUp(threeYears.adding(minutes: 20), "refugies", wave: 36, .operationnelle, jobsCreated: 2),
        ]
        return moves
    }()
}
