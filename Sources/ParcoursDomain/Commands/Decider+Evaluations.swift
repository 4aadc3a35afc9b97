// Evaluations (domain.md §4.2, F19, F20): questionnaires per programme and their answers
// per holder; the jury of a review session, and its evaluation of each holder.

extension Decider {
    /// The longest question key: a slug a person types (`recommendation=9`).
    static let keyLimit = 40

    /// Defines a questionnaire for a programme: a title unique in the programme, at least
    /// one question, keys that are slugs and unique, choices only (and at least two) for
    /// choice questions.
    mutating func addQuestionnaire(programme reference: String, _ draft: QuestionnaireDraft) throws(DomainError) -> Message {
        let programme = try resolver.programme(reference)
        let title = try name(draft.title, .questionnaireTitle, .questionnaire)
        if let taken = state.questionnaires(programme: programme.id).first(where: { NameKey.of($0.title) == NameKey.of(title) }) {
            throw .questionnaireTitleTaken(title: taken.title, programme: programme.name)
        }
        guard !draft.questions.isEmpty else { throw .emptyQuestionnaire }
        var questions: [Question] = []
        for question in draft.questions {
            let key = question.key.trimmingCharacters(in: .whitespaces)
            guard Decider.isSlug(key) else { throw .invalidQuestionKey(key) }
            guard !questions.contains(where: { $0.key == key }) else { throw .duplicateQuestionKey(key) }
            let label = try InputRules.name(question.label, .questionLabel, empty: .question)
            var choices: [String] = []
            for choice in question.choices {
                guard let cleaned = try optional(choice, .choice) else { continue }
                if !choices.contains(where: { NameKey.of($0) == NameKey.of(cleaned) }) { choices.append(cleaned) }
            }
            if question.type == .choice ? choices.count < 2 : !choices.isEmpty {
                throw .invalidChoices(key: key, type: question.type)
            }
            questions.append(Question(key: key, label: label, type: question.type, choices: choices))
        }
        let questionnaire = Questionnaire(id: context.newID(), programme: programme.id, kind: draft.kind, title: title,
                                          questions: questions)
        events.append(.questionnaireAdded(EntityPayload(action: action, entity: questionnaire)))
        return .questionnaireAdded(title: title, programme: programme.name, questions: questions.count)
    }

    /// Removes a questionnaire defined by mistake: refused while it has answers.
    mutating func removeQuestionnaire(_ reference: String) throws(DomainError) -> Message {
        let questionnaire = try resolver.questionnaire(reference)
        let answered = state.responses[questionnaire.id]?.count ?? 0
        guard answered == 0 else { throw .questionnaireAnswered(title: questionnaire.title, count: answered) }
        events.append(.questionnaireRemoved(EntityPayload(action: action, entity: questionnaire)))
        return .questionnaireRemoved(title: questionnaire.title)
    }

    /// Records a holder's answers: each value read by its question's type; empty values
    /// are questions left unanswered. One response per holder and questionnaire: answering
    /// again replaces the earlier answers (kept in the event, for undo). The holder answers
    /// as a participant of one of the programme's cohorts (`cohort` when they have several).
    mutating func answerQuestionnaire(holder h: String, questionnaire q: String, answers inputs: [AnswerInput],
                                      cohort c: String?, date: Day?) throws(DomainError) -> Message {
        let holder = try resolver.holder(h)
        let questionnaire = try resolver.questionnaire(q, answeredBy: holder.id)
        let cohort = try answeringCohort(holder, questionnaire, c)
        var given: [String: Answer] = [:]
        for input in inputs {
            guard let question = questionnaire.question(named: input.question) else {
                throw .unknownQuestion(input.question, questionnaire: questionnaire.title, keys: questionnaire.questions.map(\.key))
            }
            guard given[question.key] == nil else { throw .duplicateAnswer(key: question.key) }
            if let answer = try question.read(input.value) { given[question.key] = answer }
        }
        let answers = questionnaire.questions.compactMap { given[$0.key] }
        guard !answers.isEmpty else { throw .noAnswers(questionnaire: questionnaire.title) }
        let previous = state.response(questionnaire: questionnaire.id, holder: holder.id)
        // Not after today; before the holder was recorded is fine: an intake form is often
        // filled in before the person is entered.
        let day = try self.day(date, .answers, what: holder.name)
        let response = QuestionnaireResponse(cohort: cohort.id, date: day, answers: answers)
        guard response != previous else { throw .nothingChanged }
        events.append(.questionnaireAnswered(ResponsePayload(action: action, questionnaire: questionnaire.id, holder: holder.id,
                                                             response: response, previous: previous)))
        return .answered(holder: holder.name, questionnaire: questionnaire.title, count: answers.count,
                         replaced: previous != nil)
    }

    /// Takes a holder's answers to a questionnaire away (kept in the event, for undo).
    mutating func clearAnswers(holder h: String, questionnaire q: String) throws(DomainError) -> Message {
        let holder = try resolver.holder(h)
        let questionnaire = try resolver.questionnaire(q, answeredBy: holder.id)
        guard let previous = state.response(questionnaire: questionnaire.id, holder: holder.id) else {
            throw .noAnswer(holder: holder.name, questionnaire: questionnaire.title)
        }
        events.append(.answersCleared(ResponsePayload(action: action, questionnaire: questionnaire.id, holder: holder.id,
                                                      response: nil, previous: previous)))
        return .answersCleared(holder: holder.name, questionnaire: questionnaire.title)
    }

    /// Whether the holder is in the cohort: their own participation, or — a co-holder who
    /// came along without applying — a project they carry with someone taking part there.
    /// Surveys are answered per person, co-holders included (domain.md, Sprint's 91 %).
    private func answersIn(_ holder: Holder, _ cohort: EntityID) -> Bool {
        if state.participation(holder: holder.id, cohort: cohort) != nil { return true }
        return state.projects(holder: holder.id).contains { project in
            project.holders.contains { $0 != holder.id && state.participation(holder: $0, cohort: cohort)?.status.isTakingPart == true }
        }
    }

    /// The cohort the holder answers in: the one given (of the questionnaire's programme,
    /// where they take part, or a co-holder of theirs does), else the only such cohort.
    private func answeringCohort(_ holder: Holder, _ questionnaire: Questionnaire, _ reference: String?) throws(DomainError) -> Cohort {
        let programme = state.programmes[questionnaire.programme]?.name ?? questionnaire.programme
        if let reference = reference.map(trimmedReference), !reference.isEmpty {
            let cohort = try resolver.cohort(reference)
            guard cohort.programme == questionnaire.programme else {
                throw .cohortOfAnotherProgramme(cohort: cohort.name, programme: programme)
            }
            guard answersIn(holder, cohort.id) else {
                throw .notEnrolled(holder: holder.name, cohort: cohort.name)
            }
            return cohort
        }
        let cohorts = state.cohorts(programme: questionnaire.programme).filter { answersIn(holder, $0.id) }
        guard let only = cohorts.first else { throw .notInProgramme(holder: holder.name, programme: programme) }
        guard cohorts.count == 1 else {
            throw .severalCohortsInProgramme(holder: holder.name, programme: programme, cohorts: cohorts.map(\.name))
        }
        return only
    }

    /// A question key: an ASCII letter, then letters, digits, `_` or `-`.
    static func isSlug(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, key.unicodeScalars.count <= keyLimit,
              ("a"..."z").contains(first) || ("A"..."Z").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
    }

    // MARK: The jury of a review session

    /// A review (bilan) session, not cancelled: the only kind that has a jury.
    private func jurySession(_ reference: String) throws(DomainError) -> Session {
        let session = try resolver.session(reference)
        guard session.kind == .bilan else { throw .notAJurySession(session: session.title) }
        if session.status == .cancelled { throw .sessionIsCancelled(session: session.title) }
        return session
    }

    mutating func addJuryMember(session s: String, name text: String, organisationName: String?) throws(DomainError) -> Message {
        let session = try jurySession(s)
        let name = try self.name(text, .juryMember, .juryMember)
        let members = state.juries[session.id]?.members ?? []
        guard !members.contains(where: { NameKey.of($0.name) == NameKey.of(name) }) else {
            throw .alreadyJuryMember(name: name, session: session.title)
        }
        var organisation: EntityID?
        if let by = try optional(organisationName, .organisationName) {
            organisation = try self.organisation(named: by, kind: .partner).id
        }
        events.append(.juryMemberAdded(JuryMemberPayload(action: action, session: session.id,
                                                         member: JuryMember(name: name, organisation: organisation))))
        return .juryMemberAdded(name: name, session: session.title)
    }

    mutating func removeJuryMember(session s: String, name text: String) throws(DomainError) -> Message {
        let session = try resolver.session(s)
        let key = NameKey.of(text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard let member = state.juries[session.id]?.members.first(where: { NameKey.of($0.name) == key }) else {
            throw .notJuryMember(name: text, session: session.title)
        }
        events.append(.juryMemberRemoved(JuryMemberPayload(action: action, session: session.id, member: member)))
        return .juryMemberRemoved(name: member.name, session: session.title)
    }

    /// The jury's evaluation of a holder expected at the review session (its cohort's
    /// participants): replaces an earlier one (kept in the event, for undo).
    mutating func evaluateAtJury(session s: String, holder h: String, _ draft: JuryEvaluationDraft) throws(DomainError) -> Message {
        let session = try jurySession(s)
        let holder = try resolver.holder(h)
        guard state.isExpected(holder: holder.id, at: session) else {
            throw .notTakingPart(holder: holder.name, session: session.title)
        }
        var destination: EntityID?
        if let named = try optional(draft.destinationName, .organisationName) {
            guard draft.decision == .orienter else { throw .destinationOnlyWhenReferred }
            destination = try organisation(named: named, kind: .partner).id
        }
        let evaluation = JuryEvaluation(project: draft.project, progress: draft.progress, decision: draft.decision,
                                        destination: destination, comment: try optional(draft.comment, .comment))
        let previous = state.juries[session.id]?.evaluations[holder.id]
        guard evaluation != previous else { throw .nothingChanged }
        events.append(.juryEvaluated(JuryEvaluationPayload(action: action, session: session.id, holder: holder.id,
                                                           evaluation: evaluation, previous: previous)))
        return .juryEvaluated(holder: holder.name, session: session.title, decision: draft.decision)
    }

    mutating func clearJuryEvaluation(session s: String, holder h: String) throws(DomainError) -> Message {
        let session = try resolver.session(s)
        let holder = try resolver.holder(h)
        guard let previous = state.juries[session.id]?.evaluations[holder.id] else {
            throw .noJuryEvaluation(holder: holder.name, session: session.title)
        }
        events.append(.juryEvaluationCleared(JuryEvaluationPayload(action: action, session: session.id, holder: holder.id,
                                                                   evaluation: nil, previous: previous)))
        return .juryEvaluationCleared(holder: holder.name, session: session.title)
    }

    /// A holder's answers and jury evaluations, which a removal or a merge would leave
    /// pointing at nobody.
    func evaluations(of holder: EntityID) -> (answers: [(EntityID, QuestionnaireResponse)], evaluations: [(EntityID, JuryEvaluation)]) {
        let answers = state.responses.compactMap { q, byHolder in byHolder[holder].map { (q, $0) } }.sorted { $0.0 < $1.0 }
        let evaluations = state.juries.compactMap { s, jury in jury.evaluations[holder].map { (s, $0) } }.sorted { $0.0 < $1.0 }
        return (answers, evaluations)
    }
}

/// A questionnaire as a person defines it (`Command.addQuestionnaire`).
public struct QuestionnaireDraft: Hashable, Sendable {
    public var kind: QuestionnaireKind
    public var title: String
    public var questions: [Question]

    public init(kind: QuestionnaireKind, title: String, questions: [Question]) {
        self.kind = kind
        self.title = title
        self.questions = questions
    }

    /// The guide's end-of-programme survey (Sprint, domain.md §4.1 and §4.2), ready to
    /// use: recommendation out of 10, wish to continue, wish to settle on the territory.
    /// Its labels are in the language of whoever adds it; its keys are the same in both.
    public static func standardExit(_ l: Language) -> QuestionnaireDraft {
        QuestionnaireDraft(kind: .exit, title: Catalog.pick(l, "Questionnaire de fin de parcours", "End-of-programme survey"),
                           questions: [
            Question(key: StandardQuestion.recommendation,
                     label: Catalog.pick(l, "Recommanderiez-vous le programme ? (note de 0 à 10)",
                                         "Would you recommend the programme? (0 to 10)"), type: .scale),
            Question(key: StandardQuestion.continues,
                     label: Catalog.pick(l, "Souhaitez-vous poursuivre votre projet ?", "Do you wish to continue your project?"),
                     type: .yesNo),
            Question(key: StandardQuestion.settles,
                     label: Catalog.pick(l, "Êtes-vous conforté·e dans votre envie d'implanter durablement votre projet sur le territoire ?",
                                         "Are you confirmed in your wish to settle your project on the territory for good?"),
                     type: .yesNo),
        ])
    }
}

/// The jury's evaluation as a person gives it (`Command.evaluateAtJury`).
public struct JuryEvaluationDraft: Hashable, Sendable {
    public var project: JuryLevel
    public var progress: JuryLevel
    public var decision: JuryDecision
    /// The organisation the holder is referred to (`orienter` only), created on first use.
    public var destinationName: String?
    public var comment: String?

    public init(project: JuryLevel, progress: JuryLevel, decision: JuryDecision, destinationName: String? = nil,
                comment: String? = nil) {
        self.project = project
        self.progress = progress
        self.decision = decision
        self.destinationName = destinationName
        self.comment = comment
    }
}

extension Question {
    /// The answer a typed value gives this question: nil for an empty value (the question
    /// left unanswered); refused (`invalidAnswer`) when it does not fit the type. A scale
    /// takes a whole number 0–10, "9/10" and "9 sur 10" too; yes/no takes oui/non, yes/no,
    /// o/n, y/n, vrai/faux, true/false, 1/0; a choice one of the choices (case and accents
    /// ignored); free text the rules of a note.
    public func read(_ value: String) throws(DomainError) -> Answer? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        switch type {
        case .scale:
            var text = NameKey.of(trimmed).replacingOccurrences(of: " ", with: "")
            for suffix in ["/10", "sur10", "/10e"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
            if text.hasSuffix(",0") || text.hasSuffix(".0") { text.removeLast(2) }
            guard let number = Int(text), (0...10).contains(number) else { throw .invalidAnswer(key: key, value: trimmed, type: type, choices: []) }
            return Answer(key: key, scale: number)
        case .yesNo:
            switch Question.fold(trimmed) {
            case "oui", "o", "yes", "y", "vrai", "true", "1": return Answer(key: key, yes: true)
            case "non", "n", "no", "faux", "false", "0": return Answer(key: key, yes: false)
            default: throw .invalidAnswer(key: key, value: trimmed, type: type, choices: [])
            }
        case .choice:
            guard let choice = choices.first(where: { NameKey.of($0) == NameKey.of(trimmed) })
                ?? choices.first(where: { Question.fold($0) == Question.fold(trimmed) }) else {
                throw .invalidAnswer(key: key, value: trimmed, type: type, choices: choices)
            }
            return Answer(key: key, choice: choice)
        case .text:
            guard let text = try InputRules.optional(value, .answer) else { return nil }
            return Answer(key: key, text: text)
        }
    }
}
