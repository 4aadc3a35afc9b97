import ParcoursDomain
import ParcoursKit

// Sprint after its first promotion (domain.md §3 E2): the end-of-programme survey whose
// key figures the guide gives — « Note de recommandation du programme : 9/10 ; 100 % des
// participants souhaitent poursuivre leur projet ; 91 % des participants sont confortés
// dans leur envie d'implanter durablement leur projet sur le territoire » (002:L1814–1820)
// — then the follow-up waves and the budget, which the guide does not give.
//
// 91 % is 10 of 11: the survey counted people, co-holders included (domain.md Appendix
// B). The demo therefore lets Archi Possible's co-holder named by the guide, Franck
// Mathieu (002:L1824–1828), answer beside the ten selected holders (the one who left
// answered too): 11 respondents, marks averaging 9, all wishing to continue, 10 of 11
// confirmed to settle. The follow-up outcomes are the demo's (the guide reports none for
// Sprint), as is the budget: the only cost of a session the guide quotes is 10 000 to
// 12 000 euros for an ideation session (002:L1082), and TRESSONS is cofinanced by the
// Fonds social européen (002:L2956).
extension Demo {
    static let sprintAfter = DemoAfter(
        followUpWaves: [6, 12, 36], exitSurvey: true,
        funding: FundingDraft(cost: 12_000_00, funders: [
            FunderDraft(name: parcChevreuse, amount: 6_000_00),
            FunderDraft(name: "Fonds social européen (TRESSONS)", amount: 4_000_00),
        ]))

    static let sprintAfterMoves: [DemoMove] = {
        let surveyed = DemoMoment(day("2021-03-23"), 19)
        // recommendation /10, wishes to continue, confirmed to settle on the territory
        let answers: [(String, Int, Bool, Bool)] = [
            ("archi", 10, true, true), ("archi.co", 9, true, true), ("ressourcerie", 9, true, true),
            ("conserverie", 9, true, true), ("cafelib", 8, true, true), ("ferme", 9, true, true),
            ("velo", 10, true, true), ("traiteur", 9, true, true), ("epicerie", 10, true, true),
            ("ecopaturage", 8, true, true), ("habitat", 8, true, false),
        ]
        var moves: [DemoMove] = [.init(at: DemoMoment(day("2021-01-12"), 8), change:
                                        .coHolder(holder: "archi", name: "Franck Mathieu", commune: nil))]
        // At entry, only the Archi Possible collective already existed (« collectif
        // indépendant », 002:L1824); the other nine projects were new.
        for (index, key) in ["archi", "ressourcerie", "conserverie", "cafelib", "ferme", "velo", "traiteur", "habitat",
                             "epicerie", "ecopaturage"].enumerated() {
            moves.append(.init(at: DemoMoment(day("2021-01-12"), 8, 10 + index),
                               change: .editProject(holder: key, ProjectEdit(alreadyCreated: key == "archi"))))
        }
        for (index, answer) in answers.enumerated() {
            moves.append(.answers(surveyed.adding(minutes: index), answer.0, [
                StandardQuestion.recommendation: String(answer.1),
                StandardQuestion.continues: answer.2 ? "oui" : "non",
                StandardQuestion.settles: answer.3 ? "oui" : "non",
            ]))
        }
        moves.append(.milestone(DemoMoment(day("2021-03-16"), 20, 30), "archi", .pitch))
        moves.append(.milestone(DemoMoment(day("2021-03-16"), 20, 31), "epicerie", .pitch))

        // Six months after the end (the holder who left: six months after leaving).
        let sixMonths = DemoMoment(day("2021-09-20"), 10)
        moves += [
            .followUp(DemoMoment(day("2021-08-16"), 10), "habitat", wave: 6, .injoignable),
            .followUp(sixMonths, "archi", wave: 6, .enDeveloppement),
            .followUp(sixMonths.adding(minutes: 10), "ressourcerie", wave: 6, .enDeveloppement),
            .followUp(sixMonths.adding(minutes: 20), "conserverie", wave: 6, .enDeveloppement),
            .followUp(sixMonths.adding(minutes: 30), "cafelib", wave: 6, .operationnelle, jobsCreated: 1,
                      structure: "Association Le Café-librairie"),
            .followUp(sixMonths.adding(minutes: 40), "ferme", wave: 6, .enDeveloppement),
            .followUp(sixMonths.adding(minutes: 50), "velo", wave: 6, .operationnelle, jobsCreated: 1),
            .followUp(sixMonths.adding(minutes: 60), "traiteur", wave: 6, .operationnelle, jobsCreated: 2),
            .followUp(sixMonths.adding(minutes: 70), "epicerie", wave: 6, .operationnelle, jobsCreated: 1),
            .followUp(sixMonths.adding(minutes: 80), "ecopaturage", wave: 6, .enDeveloppement),
        ]
        moves += [
            .stage(sixMonths.adding(minutes: 31), "cafelib", .creation, note: "Association créée, ouverture le 1er septembre."),
            .stage(sixMonths.adding(minutes: 51), "velo", .creation, note: "Tournées hebdomadaires dans six communes."),
            .stage(sixMonths.adding(minutes: 61), "traiteur", .creation),
            .stage(sixMonths.adding(minutes: 71), "epicerie", .creation),
        ]
        let oneYear = DemoMoment(day("2022-03-21"), 10)
        moves += [
            .followUp(DemoMoment(day("2022-02-14"), 10), "habitat", wave: 12, .enDeveloppement,
                      note: "A repris le projet avec deux familles de Cernay-la-Ville."),
            .followUp(oneYear, "archi", wave: 12, .operationnelle, jobsCreated: 1, structure: "Association Archi Possible"),
            .followUp(oneYear.adding(minutes: 10), "ressourcerie", wave: 12, .operationnelle, jobsCreated: 2,
                      structure: "Association Ressourcerie de la vallée"),
            .followUp(oneYear.adding(minutes: 20), "conserverie", wave: 12, .cessee,
                      note: "Arrêt : aucun local de transformation disponible dans le Parc."),
            .followUp(oneYear.adding(minutes: 30), "cafelib", wave: 12, .operationnelle, jobsCreated: 1, jobsKept: 1),
            .followUp(oneYear.adding(minutes: 40), "ferme", wave: 12, .enDeveloppement),
            .followUp(oneYear.adding(minutes: 50), "velo", wave: 12, .operationnelle, jobsCreated: 1),
            .followUp(oneYear.adding(minutes: 60), "traiteur", wave: 12, .operationnelle, jobsCreated: 2),
            .followUp(oneYear.adding(minutes: 70), "epicerie", wave: 12, .operationnelle, jobsCreated: 2),
            .followUp(oneYear.adding(minutes: 80), "ecopaturage", wave: 12, .operationnelle, jobsCreated: 1,
                      structure: "SCIC Éco-pâturage du Parc"),
        ]
        moves += [
            .stage(oneYear.adding(minutes: 1), "archi", .creation, note: "Association déclarée, premiers chantiers rémunérés."),
            .stage(oneYear.adding(minutes: 11), "ressourcerie", .creation),
            .status(oneYear.adding(minutes: 21), "conserverie", .cesse, note: "Aucun local de transformation disponible dans le Parc."),
            .stage(oneYear.adding(minutes: 81), "ecopaturage", .creation),
        ]
        // Three years on: the conserverie stopped earlier and is not called again; the
        // habitat project is not followed up yet.
        let threeYears = DemoMoment(day("2024-03-25"), 10)
        moves += [
            .followUp(threeYears, "archi", wave: 36, .operationnelle, jobsKept: 2),
            .followUp(threeYears.adding(minutes: 10), "ressourcerie", wave: 36, .operationnelle, jobsCreated: 3),
            .followUp(threeYears.adding(minutes: 20), "cafelib", wave: 36, .operationnelle, jobsKept: 1),
            .followUp(threeYears.adding(minutes: 30), "ferme", wave: 36, .cessee, note: "Terrain repris par le propriétaire."),
            .followUp(threeYears.adding(minutes: 40), "velo", wave: 36, .operationnelle),
            .followUp(threeYears.adding(minutes: 50), "traiteur", wave: 36, .operationnelle, jobsCreated: 3),
            .followUp(threeYears.adding(minutes: 60), "epicerie", wave: 36, .injoignable),
            .followUp(threeYears.adding(minutes: 70), "ecopaturage", wave: 36, .operationnelle, jobsCreated: 1),
        ]
        moves.append(.status(threeYears.adding(minutes: 31), "ferme", .cesse, note: "Terrain repris par le propriétaire."))
        return moves
    }()
}
