import ParcoursDomain

extension ReportLayout {
    /// The end-of-programme survey's headline figures, each questionnaire's answers, and
    /// the juries' evaluations — each only when there is something to show.
    static func evaluationTables(_ r: Report, _ l: Language) -> [ReportTable] {
        func t(_ french: String, _ english: String) -> String { l == .fr ? french : english }
        func figure(_ label: String, _ value: ReportValue, _ path: [String]) -> [ReportCell] {
            [ReportCell(.text(label)), ReportCell(value, path)]
        }
        var tables: [ReportTable] = []
        let exit = r.exitSurvey
        if exit.respondents > 0 {
            let at = { (key: String) in ["exit_survey", key] }
            tables.append(ReportTable(
                id: "exit_survey", title: t("Satisfaction (questionnaire de fin)", "Satisfaction (exit survey)"), shape: .figures,
                columns: [t("Indicateur", "Figure"), t("Valeur", "Value")], rows: [
                    figure(t("Répondants", "Respondents"), .count(exit.respondents), at("respondents")),
                    figure(t("Note de recommandation", "Recommendation score"), .score(exit.recommendationMean), at("recommendation_mean")),
                    figure(t("  réponses", "  answers"), .count(exit.recommendationAnswers), at("recommendation_answers")),
                    figure(t("Souhaitent poursuivre leur projet", "Wish to continue their project"), .percent(exit.continueShare), at("continue_share")),
                    figure(t("  réponses", "  answers"), .count(exit.continueAnswers), at("continue_answers")),
                    figure(t("Confortés dans leur envie de s’implanter", "Confirmed in their wish to settle"), .percent(exit.settleShare), at("settle_share")),
                    figure(t("  réponses", "  answers"), .count(exit.settleAnswers), at("settle_answers")),
                ]))
        }
        for (index, q) in r.questionnaires.enumerated() where q.respondents > 0 {
            let base = ["questionnaires", String(index)]
            let kind = QuestionnaireKind(rawValue: q.kind).map { Catalog.label($0, l) } ?? q.kind
            var rows = [figure(t("Répondants", "Respondents"), .count(q.respondents), base + ["respondents"])]
            for (number, question) in q.questions.enumerated() {
                let at = { (key: String) in base + ["questions", String(number), key] }
                rows.append(figure(question.label + t(" — réponses", " — answers"), .count(question.answered), at("answered")))
                switch QuestionType(rawValue: question.type) {
                case .scale?:
                    rows.append(figure(t("  moyenne", "  mean"), .score(question.mean), at("mean")))
                    for score in 0...10 {
                        guard let count = question.distribution?[String(score)] else { continue }
                        rows.append(figure(t("  note ", "  score ") + String(score), .count(count), at("distribution") + [String(score)]))
                    }
                case .yesNo?:
                    rows.append(figure(t("  oui", "  yes"), .count(question.yes ?? 0), at("yes")))
                    rows.append(figure(t("  non", "  no"), .count(question.no ?? 0), at("no")))
                    rows.append(figure(t("  part de oui", "  share of yes"), .percent(question.yesShare), at("yes_share")))
                case .choice?:
                    for (choice, count) in (question.choices ?? [:]).sorted(by: { $0.key < $1.key }) {
                        rows.append(figure("  " + choice, .count(count), at("choices") + [choice]))
                    }
                case .text?, nil:
                    break
                }
            }
            tables.append(ReportTable(id: "questionnaire-\(q.id)", title: t("Questionnaire « \(q.title) » (\(kind))", "Questionnaire “\(q.title)” (\(kind))"),
                                      shape: .figures, columns: [t("Question", "Question"), t("Valeur", "Value")], rows: rows))
        }
        let jury = r.jury
        if jury.sessions > 0 || jury.evaluated > 0 {
            tables.append(ReportTable(
                id: "jury", title: t("Jury", "Jury"), shape: .figures,
                columns: [t("Indicateur", "Figure"), t("Valeur", "Value")], rows: [
                    figure(t("Séances de bilan avec un jury", "Review sessions with a jury"), .count(jury.sessions), ["jury", "sessions"]),
                    figure(t("Porteurs évalués", "Holders evaluated"), .count(jury.evaluated), ["jury", "evaluated"]),
                ]))
            let levels = JuryLevel.allCases.filter { jury.project[$0.rawValue] != nil || jury.progress[$0.rawValue] != nil }
            if !levels.isEmpty {
                tables.append(ReportTable(
                    id: "jury_levels", title: t("Évaluations du jury", "The jury’s evaluations"), shape: .grid,
                    columns: [t("Niveau", "Level"), t("Projet", "Project"), t("Progression de la personne", "Person’s progress")],
                    rows: levels.map { level in
                        [ReportCell(.text(Catalog.label(level, l))),
                         ReportCell(.count(jury.project[level.rawValue] ?? 0), jury.project[level.rawValue] == nil ? nil : ["jury", "project", level.rawValue]),
                         ReportCell(.count(jury.progress[level.rawValue] ?? 0), jury.progress[level.rawValue] == nil ? nil : ["jury", "progress", level.rawValue])]
                    }))
            }
            let decisions = JuryDecision.allCases.filter { jury.decisions[$0.rawValue] != nil }
            if !decisions.isEmpty {
                tables.append(ReportTable(
                    id: "jury_decisions", title: t("Décisions du jury", "The jury’s decisions"), shape: .grid,
                    columns: [t("Décision", "Decision"), t("Porteurs", "Holders")],
                    rows: decisions.map { [ReportCell(.text(Catalog.label($0, l))),
                                           ReportCell(.count(jury.decisions[$0.rawValue] ?? 0), ["jury", "decisions", $0.rawValue])] }))
            }
            if !jury.destinations.isEmpty {
                tables.append(ReportTable(
                    id: "jury_destinations", title: t("Orientations décidées par le jury", "Referrals decided by the jury"), shape: .grid,
                    columns: [t("Vers", "To"), t("Porteurs", "Holders")],
                    rows: jury.destinations.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
                        [ReportCell(.text($0.key), ["jury", "destinations", $0.key]), ReportCell(.count($0.value), ["jury", "destinations", $0.key])]
                    }))
            }
        }
        return tables
    }
}
