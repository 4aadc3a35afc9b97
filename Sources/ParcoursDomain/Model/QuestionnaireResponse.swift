/// One question answered. Exactly one of the values is set, the one of the question's
/// type; written `{"key": "recommendation", "scale": 9}` in the log.
public struct Answer: Hashable, Sendable, Codable {
    public var key: String
    /// A scale question's score, 0–10.
    public var scale: Int?
    /// A yes/no question's answer.
    public var yes: Bool?
    /// A choice question's choice (as the questionnaire spells it).
    public var choice: String?
    /// A free-text answer: personal data, emptied when the person is erased.
    public var text: String?

    public init(key: String, scale: Int? = nil, yes: Bool? = nil, choice: String? = nil, text: String? = nil) {
        self.key = key
        self.scale = scale
        self.yes = yes
        self.choice = choice
        self.text = text
    }

    /// The answer without its free text (an erased person's).
    public var erased: Answer {
        var answer = self
        if answer.text != nil { answer.text = "" }
        return answer
    }
}

/// A holder's answers to one questionnaire (one per holder and questionnaire: answering
/// again replaces them, the event keeping what they replace).
public struct QuestionnaireResponse: Hashable, Sendable, Codable {
    /// The cohort of the questionnaire's programme the holder answered in (reports by
    /// cohort count it there).
    public var cohort: EntityID
    /// The day of the answers (a report's period counts it by this day).
    public var date: Day
    /// In the questionnaire's question order; unanswered questions are absent.
    public var answers: [Answer]

    public init(cohort: EntityID, date: Day, answers: [Answer]) {
        self.cohort = cohort
        self.date = date
        self.answers = answers
    }

    public func answer(_ key: String) -> Answer? { answers.first { $0.key == key } }

    /// The response without its free texts.
    public var erased: QuestionnaireResponse {
        var response = self
        response.answers = answers.map(\.erased)
        return response
    }
}

/// A typed answer, as a person or a spreadsheet gives it: the question (its key or its
/// label) and the value as text ("9", "9/10", "Oui", "Yes", a choice). The domain reads
/// the value by the question's type (`Question.read`).
public struct AnswerInput: Hashable, Sendable {
    public var question: String
    public var value: String

    public init(question: String, value: String) {
        self.question = question
        self.value = value
    }
}
