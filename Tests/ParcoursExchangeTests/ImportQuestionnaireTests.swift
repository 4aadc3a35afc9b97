import Foundation
import ParcoursDomain
import Testing
@testable import ParcoursExchange
import ParcoursKit

@Suite("Importing an online form's answers")
struct ImportQuestionnaireTests {
    /// Three participants of "Promotion 2026", the standard exit survey and an intake
    /// questionnaire with a choice and a free-text question.
    func prepared() throws -> (ImportFixture, exit: EntityID, intake: EntityID) {
        let f = try ImportFixture()
        try f.importHolders("Nom;Prénom;Email\nMartin;Léa;lea@example.org\nRoux;Frédéric;\nNguyen;Thi;thi@example.org\n")
        try f.workspace.perform(.addQuestionnaire(programme: "Lance-toi !", QuestionnaireDraft.standardExit(.fr)))
        try f.workspace.perform(.addQuestionnaire(programme: "Lance-toi !", QuestionnaireDraft(kind: .intake, title: "Accueil", questions: [
            Question(key: "besoin", label: "Votre besoin principal", type: .choice, choices: ["Local", "Financement", "Réseau"]),
            Question(key: "attentes", label: "Vos attentes", type: .text)])))
        let state = f.workspace.state
        return (f, state.questionnaires.values.first { $0.kind == .exit }!.id, state.questionnaires.values.first { $0.kind == .intake }!.id)
    }

    func plan(_ f: ImportFixture, _ text: String, _ questionnaire: EntityID, encoding: String.Encoding = .utf8) throws -> QuestionnaireImportPlan {
        try QuestionnaireImportPlan.make(table: try SpreadsheetTable.read(ImportFixture.bytes(text, encoding)), state: f.workspace.state,
                                         questionnaire: questionnaire, today: f.workspace.today)
    }

    /// A Google Forms export as a French spreadsheet saves it: the questions' labels as
    /// headers, a timestamp, "Oui"/"Non", "9/10"; the form's own columns ignored.
    @Test("Columns by label or key, rows by e-mail or name, values by the question's type")
    func goodFile() throws {
        let (f, exit, _) = try prepared()
        let text = """
        Horodateur;Adresse e-mail;Nom;Prénom;Recommanderiez-vous le programme ? (note de 0 à 10);Souhaitez-vous poursuivre votre projet ?;SETTLE;Score
        15/01/2026 10:12:03;LEA@example.org;Martin-Dupré;Léa;9/10;Oui;Non;12
        16/01/2026 18:40:00;;Roux;Frédéric;10;oui;oui;3
        "2026-01-17 09:00:00";thi@example.org;;;8;Non;;

        """
        let plan = try plan(f, text, exit, encoding: .windowsCP1252)
        #expect(plan.encoding == .windows1252 && plan.separator == ";")
        #expect(plan.unknownColumns == ["Score"])
        #expect(Set(plan.questionColumns.values) == ["recommendation", "continue", "settle"])
        #expect(plan.rows.map(\.holderName) == ["Léa Martin", "Frédéric Roux", "Thi Nguyen"], "Léa by her e-mail, whatever her name says")
        #expect(plan.rows.map(\.date) == [Day(iso: "2026-01-15"), Day(iso: "2026-01-16"), Day(iso: "2026-01-17")])
        let outcome = try f.workspace.run(plan)
        #expect(outcome.created == 3)
        let state = f.workspace.state
        let lea = try #require(f.holder("Léa Martin")).id, thi = try #require(f.holder("Thi Nguyen")).id
        #expect(state.response(questionnaire: exit, holder: lea)?.answers
                == [Answer(key: "recommendation", scale: 9), Answer(key: "continue", yes: true), Answer(key: "settle", yes: false)])
        #expect(state.response(questionnaire: exit, holder: thi)?.answers
                == [Answer(key: "recommendation", scale: 8), Answer(key: "continue", yes: false)], "an empty cell is unanswered")
        #expect(state.response(questionnaire: exit, holder: thi)?.date == Day(iso: "2026-01-17"))
        let report = Report.make(state: state, scope: .all, today: f.workspace.today)
        #expect(report.exitSurvey.recommendationMean == 9 && report.exitSurvey.continueShare == 2.0 / 3)
        // The same file again records nothing.
        #expect(try self.plan(f, text, exit, encoding: .windowsCP1252).changes.isEmpty)
    }

    @Test("A bad file is refused whole, every problem named by its line")
    func badFile() throws {
        let (f, exit, intake) = try prepared()
        let before = try f.snapshot()
        let text = """
        Timestamp,Name,First name,besoin,Vos attentes
        2026-01-15,Martin,Léa,Local,"Un local
        à Annonay"
        2026-01-15,Inconnue,Zoé,Local,
        2026-01-16,Roux,Frédéric,Terrain,
        2026-01-16,Martin,Léa,Réseau,
        2026-02-30,Nguyen,Thi,,
        """
        let problems = ImportFixture.problems { _ = try plan(f, text, intake) }
        #expect(problems.map(\.line) == [4, 5, 6, 7])
        #expect(problems.map(\.kind) == [
            .unmatchedRespondent("Zoé Inconnue", programme: "Lance-toi !"),
            .refused(.invalidAnswer(key: "besoin", value: "Terrain", type: .choice, choices: ["Local", "Financement", "Réseau"])),
            .duplicate(name: "Léa Martin", firstLine: 2),
            .impossibleDate("2026-02-30"),
        ])
        #expect(problems[1].column == "besoin")
        #expect(problems.map { $0.text(.fr) }[0]
                == "ligne 4, colonne « Name » : « Zoé Inconnue » ne correspond à aucun·e participant·e de « Lance-toi ! » (ni par l’e-mail, ni par le nom) : corrigez le nom, inscrivez la personne, ou retirez la ligne")
        #expect(try f.snapshot() == before, "nothing written")
        // A file none of whose columns is a question says which keys it expected.
        do {
            _ = try plan(f, "Nom;Note\nMartin;9\n", exit)
            Issue.record("a file with no question column was accepted")
        } catch let error as ImportError {
            #expect(error == .noQuestionColumn(questionnaire: "Questionnaire de fin de parcours",
                                               keys: ["recommendation", "continue", "settle"], header: ["Nom", "Note"]))
        }
    }

    @Test("Two participants of the same name need an e-mail column; the domain's own refusals carry the line")
    func ambiguousAndDomainRefusals() throws {
        let (f, exit, _) = try prepared()
        try f.importHolders("Nom;Prénom;Email\nMartin;Léa;autre.lea@example.org\n")
        let problems = ImportFixture.problems { _ = try plan(f, "Nom;Prénom;continue\nMartin;Léa;oui\n", exit) }
        #expect(problems.map(\.kind) == [.ambiguousRespondent("Léa Martin", count: 2)])
        let byEmail = try plan(f, "Email;continue\nautre.lea@example.org;oui\n", exit)
        #expect(byEmail.rows.count == 1)
        // In two cohorts of the programme: the row is refused by the domain, with its line,
        // and nothing is written; --cohort settles it.
        try f.workspace.perform(.addCohort(programme: "Lance-toi !", name: "Promotion 2027", start: Day(iso: "2027-01-11")!))
        try f.workspace.perform(.enrol(holder: "Roux", cohort: "Promotion 2027"))
        let text = "Nom;Prénom;continue\nNguyen;Thi;oui\nRoux;Frédéric;oui\n"
        let refused = ImportFixture.problems { try f.workspace.run(try plan(f, text, exit)) }
        #expect(refused.map(\.line) == [3])
        #expect(f.workspace.state.responses.isEmpty)
        let cohort = try QuestionnaireImportPlan.make(table: try SpreadsheetTable.read(ImportFixture.bytes(text)), state: f.workspace.state,
                                                      questionnaire: exit, cohort: f.cohort, today: f.workspace.today)
        #expect(try f.workspace.run(cohort).created == 2)
    }
}
