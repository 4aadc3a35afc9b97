/// What the evaluations add up to for a report (domain.md §4.1 and §4.2): per
/// questionnaire and question, how many answered and what they said (free text is not
/// aggregated); the end-of-programme survey's headline figures the guide quotes for Sprint
/// (recommendation /10, % wishing to continue, % confirmed to settle on the territory);
/// and the juries' evaluations and decisions (May'Idées: "deux continuent leur parcours").
public struct EvaluationFigures: Hashable, Sendable, Codable {
    /// One question's answers.
    public struct QuestionFigures: Hashable, Sendable, Codable {
        public var key: String
        public var label: String
        /// The question type id (`scale`, `yes_no`, `choice`, `text`).
        public var type: String
        /// Responses that answer this question.
        public var answered: Int
        /// Scale: the mean score (null when nobody answered).
        public var mean: Double?
        /// Scale: score "0"…"10" → answers (every score listed, zeros included).
        public var distribution: [String: Int]?
        /// Yes/no: answers yes, answers no, and the share of yes (null when nobody answered).
        public var yes: Int?
        public var no: Int?
        public var yesShare: Double?
        /// Choice: each choice → answers (every choice listed, zeros included).
        public var choices: [String: Int]?

        enum CodingKeys: String, CodingKey {
            case key, label, type, answered, mean, distribution, yes, no, choices
            case yesShare = "yes_share"
        }

        /// Null fields written as null, so every question has the same keys.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(key, forKey: .key)
            try c.encode(label, forKey: .label)
            try c.encode(type, forKey: .type)
            try c.encode(answered, forKey: .answered)
            try c.encode(mean, forKey: .mean)
            try c.encode(distribution, forKey: .distribution)
            try c.encode(yes, forKey: .yes)
            try c.encode(no, forKey: .no)
            try c.encode(yesShare, forKey: .yesShare)
            try c.encode(choices, forKey: .choices)
        }
    }

    /// One questionnaire's answers in scope.
    public struct QuestionnaireFigures: Hashable, Sendable, Codable {
        public var id: EntityID
        public var title: String
        /// Programme name.
        public var programme: String
        /// `intake`, `exit` or `follow_up`.
        public var kind: String
        /// Holders whose answers are counted.
        public var respondents: Int
        public var questions: [QuestionFigures]
    }

    /// The end-of-programme survey's headline figures, from the exit questionnaires'
    /// questions keyed `recommendation` (scale), `continue` and `settle` (yes/no)
    /// (`StandardQuestion`): what the guide reports for Sprint.
    public struct ExitSurvey: Hashable, Sendable, Codable {
        /// Holders who answered an exit questionnaire in scope.
        public var respondents: Int
        public var recommendationAnswers: Int
        /// Mean recommendation out of 10 (null when nobody answered).
        public var recommendationMean: Double?
        public var continueAnswers: Int
        /// Share of those who answered who wish to continue their project.
        public var continueShare: Double?
        public var settleAnswers: Int
        /// Share of those who answered who are confirmed in their wish to settle on the territory.
        public var settleShare: Double?

        enum CodingKeys: String, CodingKey {
            case respondents
            case recommendationAnswers = "recommendation_answers"
            case recommendationMean = "recommendation_mean"
            case continueAnswers = "continue_answers"
            case continueShare = "continue_share"
            case settleAnswers = "settle_answers"
            case settleShare = "settle_share"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(respondents, forKey: .respondents)
            try c.encode(recommendationAnswers, forKey: .recommendationAnswers)
            try c.encode(recommendationMean, forKey: .recommendationMean)
            try c.encode(continueAnswers, forKey: .continueAnswers)
            try c.encode(continueShare, forKey: .continueShare)
            try c.encode(settleAnswers, forKey: .settleAnswers)
            try c.encode(settleShare, forKey: .settleShare)
        }
    }

    /// The juries of review sessions in scope.
    public struct JuryFigures: Hashable, Sendable, Codable {
        /// Review sessions with a jury (members or evaluations).
        public var sessions: Int
        /// Holders evaluated (one per session and holder).
        public var evaluated: Int
        /// Decision id (`poursuivre`, `orienter`, `reorienter`, `arreter`) → holders.
        public var decisions: [String: Int]
        /// Destination organisation name → holders referred there.
        public var destinations: [String: Int]
        /// Level id (`insuffisant`…`tres_satisfaisant`) → evaluations of the project.
        public var project: [String: Int]
        /// Level id → evaluations of the person's progress.
        public var progress: [String: Int]
    }

    public var questionnaires: [QuestionnaireFigures]
    public var exitSurvey: ExitSurvey
    public var jury: JuryFigures

    /// The evaluations over `cohorts` (already narrowed by the filter's period): answers
    /// given in one of them and dated in the period, and evaluations at their review
    /// sessions dated in the period, of holders the filter admits (commune) and not removed.
    static func make(state: State, cohorts: Set<EntityID>, filter: ReportFilter) -> EvaluationFigures {
        func counted(_ holder: EntityID) -> Bool { state.holders[holder] != nil && filter.admits(holder: holder, in: state) }

        var figures: [QuestionnaireFigures] = []
        var survey = ExitSurvey(respondents: 0, recommendationAnswers: 0, recommendationMean: nil, continueAnswers: 0,
                                continueShare: nil, settleAnswers: 0, settleShare: nil)
        var recommendationSum = 0, continueYes = 0, settleYes = 0
        let questionnaires = state.questionnaires.values.sorted {
            (state.programmes[$0.programme]?.name ?? "", $0.kind.order, NameKey.of($0.title), $0.id)
                < (state.programmes[$1.programme]?.name ?? "", $1.kind.order, NameKey.of($1.title), $1.id)
        }
        for questionnaire in questionnaires {
            let responses = (state.responses[questionnaire.id] ?? [:])
                .filter { cohorts.contains($0.value.cohort) && filter.contains($0.value.date) && counted($0.key) }
                .map(\.value)
            // A questionnaire of a programme outside the scope says nothing here.
            guard !responses.isEmpty || state.cohorts(programme: questionnaire.programme).contains(where: { cohorts.contains($0.id) })
            else { continue }
            var questions: [QuestionFigures] = []
            for question in questionnaire.questions {
                let answers = responses.compactMap { $0.answer(question.key) }
                var line = QuestionFigures(key: question.key, label: question.label, type: question.type.rawValue,
                                           answered: answers.count)
                switch question.type {
                case .scale:
                    let scores = answers.compactMap(\.scale)
                    var distribution = Dictionary(uniqueKeysWithValues: (0...10).map { (String($0), 0) })
                    for score in scores { distribution[String(score), default: 0] += 1 }
                    line.distribution = distribution
                    line.mean = scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)
                    if questionnaire.kind == .exit, question.key == StandardQuestion.recommendation {
                        survey.recommendationAnswers += scores.count
                        recommendationSum += scores.reduce(0, +)
                    }
                case .yesNo:
                    let yes = answers.filter { $0.yes == true }.count, no = answers.filter { $0.yes == false }.count
                    line.yes = yes
                    line.no = no
                    line.yesShare = yes + no == 0 ? nil : Double(yes) / Double(yes + no)
                    if questionnaire.kind == .exit, question.key == StandardQuestion.continues {
                        survey.continueAnswers += yes + no
                        continueYes += yes
                    }
                    if questionnaire.kind == .exit, question.key == StandardQuestion.settles {
                        survey.settleAnswers += yes + no
                        settleYes += yes
                    }
                case .choice:
                    var counts = Dictionary(uniqueKeysWithValues: question.choices.map { ($0, 0) })
                    for answer in answers { if let choice = answer.choice { counts[choice, default: 0] += 1 } }
                    line.choices = counts
                case .text:
                    break
                }
                questions.append(line)
            }
            if questionnaire.kind == .exit { survey.respondents += responses.count }
            figures.append(QuestionnaireFigures(id: questionnaire.id, title: questionnaire.title,
                                                programme: state.programmes[questionnaire.programme]?.name ?? questionnaire.programme,
                                                kind: questionnaire.kind.rawValue, respondents: responses.count,
                                                questions: questions))
        }
        survey.recommendationMean = survey.recommendationAnswers == 0
            ? nil : Double(recommendationSum) / Double(survey.recommendationAnswers)
        survey.continueShare = survey.continueAnswers == 0 ? nil : Double(continueYes) / Double(survey.continueAnswers)
        survey.settleShare = survey.settleAnswers == 0 ? nil : Double(settleYes) / Double(survey.settleAnswers)

        var jury = JuryFigures(sessions: 0, evaluated: 0,
                               decisions: Dictionary(uniqueKeysWithValues: JuryDecision.allCases.map { ($0.rawValue, 0) }),
                               destinations: [:],
                               project: Dictionary(uniqueKeysWithValues: JuryLevel.allCases.map { ($0.rawValue, 0) }),
                               progress: Dictionary(uniqueKeysWithValues: JuryLevel.allCases.map { ($0.rawValue, 0) }))
        for (id, panel) in state.juries {
            guard let session = state.sessions[id], cohorts.contains(session.cohort), filter.contains(session.date),
                  session.status != .cancelled else { continue }
            jury.sessions += 1
            for (holder, evaluation) in panel.evaluations where counted(holder) {
                jury.evaluated += 1
                jury.decisions[evaluation.decision.rawValue, default: 0] += 1
                jury.project[evaluation.project.rawValue, default: 0] += 1
                jury.progress[evaluation.progress.rawValue, default: 0] += 1
                if let destination = evaluation.destination {
                    jury.destinations[state.organisations[destination]?.name ?? destination, default: 0] += 1
                }
            }
        }
        return EvaluationFigures(questionnaires: figures, exitSurvey: survey, jury: jury)
    }
}
