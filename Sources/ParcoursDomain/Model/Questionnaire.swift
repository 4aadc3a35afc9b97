/// When in the accompaniment a questionnaire is answered (domain.md §4.2: a
/// pre-accompaniment questionnaire, an end-of-programme survey, later follow-ups).
public enum QuestionnaireKind: String, CaseIterable, Sendable, Codable {
    case intake, exit
    case followUp = "follow_up"

    /// Intake, exit, then follow-up: the order of the accompaniment.
    public var order: Int { QuestionnaireKind.allCases.firstIndex(of: self)! }
}

/// What a question takes as an answer.
public enum QuestionType: String, CaseIterable, Sendable, Codable {
    /// A whole number from 0 to 10 (a recommendation score).
    case scale
    /// Yes or no.
    case yesNo = "yes_no"
    /// One choice among the question's `choices`.
    case choice
    /// Free text: personal data about the person, never aggregated, erased with them.
    case text
}

/// One question of a questionnaire. `key` is how answers, the command line and imported
/// columns name it (an ASCII slug, unique in its questionnaire); `label` is the question
/// as it is asked.
public struct Question: Hashable, Sendable, Codable {
    public var key: String
    public var label: String
    public var type: QuestionType
    /// The choices offered (only for `.choice`, at least two).
    public var choices: [String]

    public init(key: String, label: String, type: QuestionType, choices: [String] = []) {
        self.key = key
        self.label = label
        self.type = type
        self.choices = choices
    }

    private enum CodingKeys: String, CodingKey { case key, label, type, choices }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        label = try c.decode(String.self, forKey: .label)
        type = try c.decode(QuestionType.self, forKey: .type)
        choices = try c.decodeIfPresent([String].self, forKey: .choices) ?? []
    }

    /// Whether a typed key, a column header or a label names this question: its key or its
    /// label, with case, accents, spaces and punctuation ignored.
    public func isNamed(_ text: String) -> Bool {
        let wanted = Question.fold(text)
        return !wanted.isEmpty && (wanted == Question.fold(key) || wanted == Question.fold(label))
    }

    /// A text compared as `isNamed` does: `NameKey`, then letters and digits only.
    public static func fold(_ text: String) -> String {
        String(NameKey.of(text).unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }
}

/// A questionnaire of a programme: an intake, exit or follow-up survey whose answers are
/// recorded per holder (`QuestionnaireResponse`) and counted in reports.
public struct Questionnaire: Hashable, Sendable, Codable, Identifiable {
    public var id: EntityID
    public var programme: EntityID
    public var kind: QuestionnaireKind
    public var title: String
    public var questions: [Question]

    public init(id: EntityID, programme: EntityID, kind: QuestionnaireKind, title: String, questions: [Question]) {
        self.id = id
        self.programme = programme
        self.kind = kind
        self.title = title
        self.questions = questions
    }

    /// The question a key, label or column header names. A question of the guide's survey
    /// (`StandardQuestion`) also answers to its standard label in either language: a form
    /// written in French feeds a questionnaire added by someone working in English.
    public func question(named text: String) -> Question? {
        if let question = questions.first(where: { Question.fold($0.key) == Question.fold(text) }) ?? questions.first(where: { $0.isNamed(text) }) {
            return question
        }
        let standard = Language.allCases.flatMap { QuestionnaireDraft.standardExit($0).questions }.filter { $0.isNamed(text) }
        return standard.lazy.compactMap { label in questions.first { $0.key == label.key && $0.type == label.type } }.first
    }
}

/// The keys of the exit questionnaire the guide's Sprint programme reports (domain.md
/// §4.1: "Note de recommandation du programme : 9/10 ; 100 % des participants souhaitent
/// poursuivre leur projet ; 91 % … confortés dans leur envie d'implanter durablement leur
/// projet sur le territoire"). Reports take their headline figures from questions with
/// these keys in exit questionnaires, whoever wrote the questionnaire.
public enum StandardQuestion {
    /// Scale 0–10: would you recommend the programme?
    public static let recommendation = "recommendation"
    /// Yes/no: do you wish to continue your project?
    public static let continues = "continue"
    /// Yes/no: are you confirmed in your wish to settle your project on the territory?
    public static let settles = "settle"
}
