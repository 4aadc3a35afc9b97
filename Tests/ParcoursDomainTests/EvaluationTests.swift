import Foundation
import Testing
@testable import ParcoursDomain

/// Questionnaires and their answers, the jury of a review session: the rules, undo, the
/// erasure of what is said about a person, and the figures a report draws from them.
@Suite struct EvaluationTests {
    static func answers(_ pairs: KeyValuePairs<String, String>) -> [AnswerInput] {
        pairs.map { AnswerInput(question: $0.key, value: $0.value) }
    }

    /// The standard world with the guide's exit survey on "Lance-toi !" and a custom intake
    /// questionnaire with a choice and a free-text question.
    static func withQuestionnaires() throws -> World {
        let w = try World.standard()
        try w.run(.addQuestionnaire(programme: "Lance-toi", QuestionnaireDraft.standardExit(.fr)))
        try w.run(.addQuestionnaire(programme: "Lance-toi", QuestionnaireDraft(kind: .intake, title: "Accueil", questions: [
            Question(key: "besoin", label: "Votre besoin principal", type: .choice, choices: ["Local", "Financement", "Réseau"]),
            Question(key: "attentes", label: "Vos attentes", type: .text),
        ])))
        return w
    }

    @Test func aCoHolderWhoNeverAppliedAnswersInTheirPartnersCohort() throws {
        let w = try Self.withQuestionnaires()
        try w.run(.addHolder(HolderDraft(name: "Franck Mathieu")))
        // Not a participant, not carrying a participant's project: not in the programme.
        #expect(w.error(.answerQuestionnaire(holder: "Franck", questionnaire: "sortie", answers: Self.answers(["recommendation": "9"])))
                == .notInProgramme(holder: "Franck Mathieu", programme: "Lance-toi !"))
        try w.run(.addHolderToProject(holder: "Franck", project: "Épicerie"))
        try w.run(.answerQuestionnaire(holder: "Franck", questionnaire: "sortie", answers: Self.answers(["recommendation": "9"])))
        let exit = try #require(w.state.questionnaires.values.first { $0.kind == .exit })
        #expect(w.state.response(questionnaire: exit.id, holder: w.holder("Franck Mathieu").id)?.cohort == w.cohort("Promo 1").id)
        let report = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 1").id), today: w.today)
        #expect(report.exitSurvey.respondents == 1 && report.holders == 2, "an answer, not a holder taking part")
    }

    @Test func theStandardExitSurveyReadsTypedValuesByTheQuestionsTypes() throws {
        let w = try Self.withQuestionnaires()
        let exit = try #require(w.state.questionnaires.values.first { $0.kind == .exit })
        #expect(exit.questions.map(\.key) == ["recommendation", "continue", "settle"])
        #expect(exit.questions.map(\.type) == [.scale, .yesNo, .yesNo])
        // By the kind's word, among the holder's programmes; keys or labels; "9/10", "Oui", "non".
        try w.run(.answerQuestionnaire(holder: "Léa", questionnaire: "sortie", answers: Self.answers([
            "recommendation": "9/10", "Souhaitez-vous poursuivre votre projet ?": "Oui", "settle": "non"])))
        let lea = w.holder("Léa Martin").id
        let response = try #require(w.state.response(questionnaire: exit.id, holder: lea))
        #expect(response.answers == [Answer(key: "recommendation", scale: 9), Answer(key: "continue", yes: true),
                                     Answer(key: "settle", yes: false)])
        #expect(response.cohort == w.cohort("Promo 1").id && response.date == w.today)
        try w.run(.answerQuestionnaire(holder: "Tom", questionnaire: "Accueil", answers: Self.answers([
            "besoin": "financement", "attentes": "Trouver des clients\nà Privas"])))
        let intake = try #require(w.state.questionnaires.values.first { $0.kind == .intake })
        #expect(w.state.response(questionnaire: intake.id, holder: w.holder("Tom Durand").id)?.answers
                == [Answer(key: "besoin", choice: "Financement"), Answer(key: "attentes", text: "Trouver des clients\nà Privas")])
    }

    @Test func answersThatDoNotFitAreRefusedNamingWhatIsExpected() throws {
        let w = try Self.withQuestionnaires()
        let cases: [(KeyValuePairs<String, String>, DomainError)] = [
            (["recommendation": "11"], .invalidAnswer(key: "recommendation", value: "11", type: .scale, choices: [])),
            (["recommendation": "neuf"], .invalidAnswer(key: "recommendation", value: "neuf", type: .scale, choices: [])),
            (["continue": "peut-être"], .invalidAnswer(key: "continue", value: "peut-être", type: .yesNo, choices: [])),
            (["motivation": "5"], .unknownQuestion("motivation", questionnaire: "Questionnaire de fin de parcours",
                                                   keys: ["recommendation", "continue", "settle"])),
            (["continue": "oui", "Continue": "non"], .duplicateAnswer(key: "continue")),
            (["continue": " "], .noAnswers(questionnaire: "Questionnaire de fin de parcours")),
        ]
        for (answers, expected) in cases {
            #expect(w.error(.answerQuestionnaire(holder: "Léa", questionnaire: "sortie", answers: Self.answers(answers))) == expected)
        }
        #expect(w.error(.answerQuestionnaire(holder: "Tom", questionnaire: "Accueil", answers: Self.answers(["besoin": "Terrain"])))
                == .invalidAnswer(key: "besoin", value: "Terrain", type: .choice, choices: ["Local", "Financement", "Réseau"]))
        #expect(Catalog.text(.invalidAnswer(key: "besoin", value: "Terrain", type: .choice, choices: ["Local", "Financement"]), .fr)
                == "Réponse « Terrain » impossible à « besoin » : attendu l'un des choix : « Local », « Financement ».")
        // Someone outside the programme, a date ahead, nothing written for any of them.
        try w.run(.addHolder(HolderDraft(name: "Zoé Passante")))
        #expect(w.error(.answerQuestionnaire(holder: "Zoé", questionnaire: "sortie", answers: Self.answers(["continue": "oui"])))
                == .notInProgramme(holder: "Zoé Passante", programme: "Lance-toi !"))
        #expect(w.error(.answerQuestionnaire(holder: "Léa", questionnaire: "sortie", answers: Self.answers(["continue": "oui"]),
                                             date: day("2021-02-01")))
                == .dateInFuture(.answers, date: day("2021-02-01"), today: w.today))
        #expect(w.state.responses.isEmpty)
    }

    @Test func aHolderInTwoCohortsOfTheProgrammeSaysWhichOne() throws {
        let w = try Self.withQuestionnaires()
        try w.run(.addCohort(programme: "Lance-toi", name: "Promo 2", start: day("2021-04-06")))
        try w.run(.enrol(holder: "Léa", cohort: "Promo 2"))
        let answer = Self.answers(["recommendation": "8"])
        #expect(w.error(.answerQuestionnaire(holder: "Léa", questionnaire: "sortie", answers: answer))
                == .severalCohortsInProgramme(holder: "Léa Martin", programme: "Lance-toi !", cohorts: ["Promo 1", "Promo 2"]))
        try w.run(.answerQuestionnaire(holder: "Léa", questionnaire: "sortie", answers: answer, cohort: "Promo 2"))
        #expect(w.state.responses.values.first?.values.first?.cohort == w.cohort("Promo 2").id)
    }

    @Test func questionnairesAreCheckedWhenDefined() throws {
        let w = try World.standard()
        func draft(_ questions: [Question], title: String = "Suivi à 6 mois") -> Command {
            .addQuestionnaire(programme: "Lance-toi", QuestionnaireDraft(kind: .followUp, title: title, questions: questions))
        }
        #expect(w.error(draft([])) == .emptyQuestionnaire)
        #expect(w.error(draft([Question(key: "état d'avancement", label: "État", type: .text)])) == .invalidQuestionKey("état d'avancement"))
        #expect(w.error(draft([Question(key: "a", label: "A", type: .scale), Question(key: "a", label: "B", type: .text)]))
                == .duplicateQuestionKey("a"))
        #expect(w.error(draft([Question(key: "a", label: "A", type: .choice, choices: ["Seul"])])) == .invalidChoices(key: "a", type: .choice))
        #expect(w.error(draft([Question(key: "a", label: "A", type: .yesNo, choices: ["x", "y"])])) == .invalidChoices(key: "a", type: .yesNo))
        #expect(w.error(draft([Question(key: "a", label: " ", type: .yesNo)])) == .emptyName(.question))
        try w.run(draft([Question(key: "ouvert", label: "Activité ouverte ?", type: .yesNo)]))
        #expect(w.error(draft([Question(key: "b", label: "B", type: .yesNo)], title: "suivi a 6 MOIS"))
                == .questionnaireTitleTaken(title: "Suivi à 6 mois", programme: "Lance-toi !"))
        // Removed while unanswered; undo brings it back.
        try w.run(.removeQuestionnaire(questionnaire: "Suivi"))
        #expect(w.state.questionnaires.isEmpty)
        try w.run(.undo(author: "claire"))
        #expect(w.state.questionnaires.count == 1)
    }

    @Test func answeringAgainReplacesAndUndoBringsTheEarlierAnswersBack() throws {
        let w = try Self.withQuestionnaires()
        let exit = try #require(w.state.questionnaires.values.first { $0.kind == .exit }).id
        let lea = w.holder("Léa Martin").id
        try w.run(.answerQuestionnaire(holder: "Léa", questionnaire: "sortie", answers: Self.answers(["recommendation": "7", "continue": "oui"])))
        let first = w.state.response(questionnaire: exit, holder: lea)
        try w.run(.answerQuestionnaire(holder: "Léa", questionnaire: "sortie", answers: Self.answers(["recommendation": "9"])))
        #expect(w.lastDecision?.summary == .answered(holder: "Léa Martin", questionnaire: "Questionnaire de fin de parcours",
                                                     count: 1, replaced: true))
        #expect(w.state.response(questionnaire: exit, holder: lea)?.answers == [Answer(key: "recommendation", scale: 9)])
        guard case .questionnaireAnswered(let p)? = w.journal.last?.event else { Issue.record("no answer event"); return }
        #expect(p.previous == first)
        #expect(w.error(.answerQuestionnaire(holder: "Léa", questionnaire: "sortie", answers: Self.answers(["recommendation": "9"])))
                == .nothingChanged)
        try w.run(.undo(author: "claire"))
        #expect(w.state.response(questionnaire: exit, holder: lea) == first)
        try w.run(.undo(author: "claire"))
        #expect(w.state.responses.isEmpty)
        try w.run(.redo(author: "claire"))
        #expect(w.state.response(questionnaire: exit, holder: lea) == first)
        // Cleared, and a questionnaire with answers can neither be removed nor have its
        // creation undone.
        #expect(w.error(.removeQuestionnaire(questionnaire: exit)) == .questionnaireAnswered(title: "Questionnaire de fin de parcours", count: 1))
        try w.run(.clearAnswers(holder: "Léa", questionnaire: "sortie"))
        #expect(w.state.responses.isEmpty)
        #expect(w.error(.clearAnswers(holder: "Léa", questionnaire: "sortie"))
                == .noAnswer(holder: "Léa Martin", questionnaire: "Questionnaire de fin de parcours"))
        let line = Catalog.describe(try #require(w.journal.last), in: w.state, language: .fr)
        #expect(line == "Réponses de Léa Martin à « Questionnaire de fin de parcours » effacées")
    }

    @Test func undoingAQuestionnaireStillAnsweredIsRefused() throws {
        let w = try World.standard()
        w.author = "anne"
        try w.run(.addQuestionnaire(programme: "Lance-toi", QuestionnaireDraft.standardExit(.en)))
        w.author = "claire"
        try w.run(.answerQuestionnaire(holder: "Tom", questionnaire: "exit", answers: Self.answers(["continue": "yes"])))
        #expect(w.error(.undo(author: "anne")) == .undoBlocked(what: "End-of-programme survey"))
    }

    static func withJury() throws -> World {
        let w = try Self.withQuestionnaires()
        try w.run(.addSession(cohort: "Promo 1", SessionDraft(title: "Bilan devant le jury", date: day("2021-03-30"), duration: .hours(4), kind: .bilan)))
        return w
    }

    @Test func aReviewSessionsJuryEvaluatesItsParticipants() throws {
        let w = try Self.withJury()
        #expect(w.error(.addJuryMember(session: "Atelier 1", name: "Anne")) == .notAJurySession(session: "Atelier 1"))
        try w.run(.addJuryMember(session: "Bilan", name: "Anne Rivière", organisationName: "BGE Anjou Maine"))
        try w.run(.addJuryMember(session: "Bilan", name: "Paul Coodem"))
        #expect(w.error(.addJuryMember(session: "Bilan", name: "anne riviere")) == .alreadyJuryMember(name: "anne riviere", session: "Bilan devant le jury"))
        let bilan = w.session("Bilan devant le jury").id
        #expect(w.state.juries[bilan]?.members.map(\.name) == ["Anne Rivière", "Paul Coodem"])
        #expect(w.state.juries[bilan]?.members[0].organisation == w.state.organisations.values.first { $0.name == "BGE Anjou Maine" }?.id)

        try w.run(.addHolder(HolderDraft(name: "Zoé Passante")))
        let good = JuryEvaluationDraft(project: .satisfaisant, progress: .tresSatisfaisant, decision: .orienter,
                                       destinationName: "CAE Coodem", comment: "A gagné en assurance")
        try w.run(.evaluateAtJury(session: "Bilan", holder: "Léa", good))
        let lea = w.holder("Léa Martin").id
        let evaluation = try #require(w.state.juries[bilan]?.evaluations[lea])
        #expect(evaluation.decision == .orienter && evaluation.comment == "A gagné en assurance")
        #expect(evaluation.destination.flatMap { w.state.organisations[$0]?.name } == "CAE Coodem")
        #expect(Catalog.describe(try #require(w.journal.last), in: w.state, language: .en)
                == "Jury of “Bilan devant le jury”: Léa Martin — project satisfactory, progress very satisfactory, decision: refer on to CAE Coodem")
        // Only with "orienter" a destination; only the cohort's participants.
        #expect(w.error(.evaluateAtJury(session: "Bilan", holder: "Tom", JuryEvaluationDraft(
            project: .aConforter, progress: .satisfaisant, decision: .poursuivre, destinationName: "BGE"))) == .destinationOnlyWhenReferred)
        #expect(w.error(.evaluateAtJury(session: "Bilan", holder: "Zoé", JuryEvaluationDraft(
            project: .aConforter, progress: .satisfaisant, decision: .poursuivre)))
                == .notTakingPart(holder: "Zoé Passante", session: "Bilan devant le jury"))
        // A second evaluation replaces the first; undo brings it back, and the destination
        // created with it stays while the first evaluation names it.
        try w.run(.evaluateAtJury(session: "Bilan", holder: "Léa", JuryEvaluationDraft(
            project: .satisfaisant, progress: .satisfaisant, decision: .poursuivre)))
        #expect(w.state.juries[bilan]?.evaluations[lea]?.decision == .poursuivre)
        try w.run(.undo(author: "claire"))
        #expect(w.state.juries[bilan]?.evaluations[lea] == evaluation)
        // Undoing the first evaluation takes its new destination organisation away too.
        try w.run(.undo(author: "claire"))
        #expect(w.state.juries[bilan]?.evaluations[lea] == nil)
        #expect(!w.state.organisations.values.contains { $0.name == "CAE Coodem" })
        try w.run(.removeJuryMember(session: "Bilan", name: "paul coodem"))
        #expect(w.state.juries[bilan]?.members.map(\.name) == ["Anne Rivière"])
        #expect(w.error(.clearJuryEvaluation(session: "Bilan", holder: "Léa"))
                == .noJuryEvaluation(holder: "Léa Martin", session: "Bilan devant le jury"))
    }

    @Test func anErasureEmptiesFreeTextsAndCommentsAndKeepsTheFigures() throws {
        let w = try Self.withJury()
        try w.run(.answerQuestionnaire(holder: "Léa", questionnaire: "Accueil", answers: Self.answers([
            "besoin": "Local", "attentes": "Sortir de l'isolement, je vis seule avec mes enfants"])))
        try w.run(.evaluateAtJury(session: "Bilan", holder: "Léa", JuryEvaluationDraft(
            project: .satisfaisant, progress: .tresSatisfaisant, decision: .poursuivre, comment: "Très isolée au départ")))
        try w.run(.evaluateAtJury(session: "Bilan", holder: "Tom", JuryEvaluationDraft(
            project: .aConforter, progress: .satisfaisant, decision: .reorienter, comment: "Vers une formation")))
        let lea = w.holder("Léa Martin").id, tom = w.holder("Tom Durand").id
        let bilan = w.session("Bilan devant le jury").id
        try w.run(.erase(holder: "Léa", reason: "demande de l'intéressée"))

        let intake = try #require(w.state.questionnaires.values.first { $0.kind == .intake }).id
        #expect(w.state.response(questionnaire: intake, holder: lea)?.answers
                == [Answer(key: "besoin", choice: "Local"), Answer(key: "attentes", text: "")])
        #expect(w.state.juries[bilan]?.evaluations[lea] == JuryEvaluation(project: .satisfaisant, progress: .tresSatisfaisant,
                                                                          decision: .poursuivre))
        #expect(w.state.juries[bilan]?.evaluations[tom]?.comment == "Vers une formation", "only the person erased")
        // What the logs are rewritten to holds neither text.
        let rewritten = w.journal.map { $0.event.erasing(w.state.erasures) }
        let written = rewritten.map { "\($0)" }.joined()
        #expect(!written.contains("isolement") && !written.contains("Très isolée"))
        #expect(written.contains("Vers une formation"))
        // The figures stay.
        let report = Report.make(state: w.state, scope: .all, today: w.today)
        #expect(report.jury.decisions["poursuivre"] == 1 && report.jury.decisions["reorienter"] == 1)
        #expect(report.questionnaires.first { $0.kind == "intake" }?.questions.first?.choices?["Local"] == 1)
    }

    @Test func removingOrMergingAHolderWithEvaluationsAsksFirst() throws {
        let w = try Self.withJury()
        try w.run(.answerQuestionnaire(holder: "Tom", questionnaire: "sortie", answers: Self.answers(["continue": "oui"])))
        try w.run(.evaluateAtJury(session: "Bilan", holder: "Tom", JuryEvaluationDraft(
            project: .aConforter, progress: .satisfaisant, decision: .arreter)))
        try w.run(.addHolder(HolderDraft(name: "Thomas Durand")))
        #expect(w.error(.mergeHolders(keep: "Thomas", duplicate: "Tom")) == .holderHasEvaluations(holder: "Tom Durand", answers: 1, evaluations: 1))
        #expect(w.error(.removeHolder(holder: "Tom", reason: "test")) == .holderHasHistory(holder: "Tom Durand", marks: 0, notes: 0, participations: 1))
        try w.run(.removeParticipation(holder: "Tom", cohort: "Promo 1", reason: "erreur"))
        #expect(w.error(.removeHolder(holder: "Tom", reason: "test")) == .holderHasEvaluations(holder: "Tom Durand", answers: 1, evaluations: 1))
        let before = w.observable
        try w.run(.removeHolder(holder: "Tom", reason: "test", withHistory: true))
        #expect(w.state.responses.isEmpty && w.state.juries.values.allSatisfy { $0.evaluations.isEmpty })
        try w.run(.undo(author: "claire"))
        #expect(w.observable == before)
    }

    @Test func theReportCountsAnswersAndDecisionsInScope() throws {
        let w = try Self.withJury()
        try w.run(.addHolder(HolderDraft(name: "Inès Bah", commune: "Privas", cohort: "Promo 1")))
        try w.run(.answerQuestionnaire(holder: "Léa", questionnaire: "sortie", answers: Self.answers(["recommendation": "9", "continue": "oui", "settle": "oui"])))
        try w.run(.answerQuestionnaire(holder: "Tom", questionnaire: "sortie", answers: Self.answers(["recommendation": "10", "continue": "oui", "settle": "non"])))
        try w.run(.answerQuestionnaire(holder: "Inès", questionnaire: "sortie", answers: Self.answers(["recommendation": "8/10", "continue": "oui"])))
        try w.run(.answerQuestionnaire(holder: "Inès", questionnaire: "Accueil", answers: Self.answers(["besoin": "Réseau", "attentes": "Rencontrer"])))
        for (holder, decision) in [("Léa", JuryDecision.poursuivre), ("Tom", .poursuivre), ("Inès", .orienter)] {
            try w.run(.evaluateAtJury(session: "Bilan", holder: holder, JuryEvaluationDraft(
                project: .satisfaisant, progress: holder == "Tom" ? .aConforter : .satisfaisant, decision: decision,
                destinationName: decision == .orienter ? "BGE Anjou Maine" : nil)))
        }
        // Another programme's answers are outside a cohort's report.
        try w.run(.addProgramme(name: "Sprint"))
        try w.run(.addCohort(programme: "Sprint", name: "Sprint 1", start: day("2021-01-05")))
        try w.run(.addQuestionnaire(programme: "Sprint", QuestionnaireDraft.standardExit(.fr)))
        try w.run(.enrol(holder: "Léa", cohort: "Sprint 1"))
        // "sortie" now names two questionnaires of Léa's programmes: she says which.
        #expect(w.error(.answerQuestionnaire(holder: "Léa", questionnaire: "sortie", answers: Self.answers(["recommendation": "2"])))?
                .description.contains("matches several questionnaires") == true)
        let sprintExit = try #require(w.state.questionnaires.values.first { w.state.programmes[$0.programme]?.name == "Sprint" }).id
        try w.run(.answerQuestionnaire(holder: "Léa", questionnaire: sprintExit, answers: Self.answers(["recommendation": "2"])))

        let promo = Report.make(state: w.state, scope: .cohort(w.cohort("Promo 1").id), today: w.today)
        #expect(promo.exitSurvey.respondents == 3)
        #expect(promo.exitSurvey.recommendationAnswers == 3 && promo.exitSurvey.recommendationMean == 9)
        #expect(promo.exitSurvey.continueAnswers == 3 && promo.exitSurvey.continueShare == 1)
        #expect(promo.exitSurvey.settleAnswers == 2 && promo.exitSurvey.settleShare == 0.5)
        let exit = try #require(promo.questionnaires.first { $0.kind == "exit" })
        #expect(exit.respondents == 3 && exit.programme == "Lance-toi !")
        #expect(exit.questions[0].distribution?["9"] == 1 && exit.questions[0].distribution?["0"] == 0)
        #expect(exit.questions[2].yes == 1 && exit.questions[2].no == 1 && exit.questions[2].yesShare == 0.5)
        let intake = try #require(promo.questionnaires.first { $0.kind == "intake" })
        #expect(intake.questions[0].choices == ["Local": 0, "Financement": 0, "Réseau": 1])
        #expect(intake.questions[1].answered == 1 && intake.questions[1].mean == nil && intake.questions[1].choices == nil,
                "free text is counted, not aggregated")
        #expect(promo.jury.sessions == 1 && promo.jury.evaluated == 3)
        #expect(promo.jury.decisions == ["poursuivre": 2, "orienter": 1, "reorienter": 0, "arreter": 0])
        #expect(promo.jury.destinations == ["BGE Anjou Maine": 1])
        #expect(promo.jury.progress["a_conforter"] == 1 && promo.jury.project["satisfaisant"] == 3)
        #expect(!promo.questionnaires.contains { $0.programme == "Sprint" })

        let all = Report.make(state: w.state, scope: .all, today: w.today)
        #expect(all.exitSurvey.respondents == 4 && all.exitSurvey.recommendationMean == 29.0 / 4)
        // Narrowed to a commune: Inès only; to a period before the answers: nothing.
        let privas = Report.make(state: w.state, scope: .all, today: w.today, filter: ReportFilter(commune: "privas"))
        #expect(privas.exitSurvey.respondents == 1 && privas.exitSurvey.recommendationMean == 8)
        #expect(privas.jury.evaluated == 1 && privas.jury.decisions["orienter"] == 1)
        let before = Report.make(state: w.state, scope: .all, today: w.today,
                                 filter: ReportFilter(from: day("2021-01-01"), to: day("2021-01-03")))
        #expect(before.exitSurvey.respondents == 0 && before.exitSurvey.recommendationMean == nil && before.jury.evaluated == 0)
        // The JSON carries them under stable keys.
        let json = String(decoding: try all.json(), as: UTF8.self)
        for key in ["\"exit_survey\"", "\"recommendation_mean\"", "\"continue_share\"", "\"settle_share\"", "\"questionnaires\"",
                    "\"yes_share\"", "\"distribution\"", "\"jury\"", "\"decisions\"", "\"destinations\""] {
            #expect(json.contains(key), "\(key)")
        }
    }
}
