import Foundation
import ParcoursKit
import ParcoursDomain

/// What importing the CSV export of an online form (Framaforms, LimeSurvey, Google Forms)
/// into a questionnaire would do, validated as a whole: built only when every row is good
/// (otherwise `ImportError.rejected` lists every problem, by line and column).
///
/// Columns: a question's key or label (case, accents, spaces and punctuation ignored)
/// holds its answers; "Nom"/"Prénom"/"E-mail" say who answered; a timestamp column
/// ("Horodateur", "Timestamp", "submitdate"…) the day. Other columns (a form's metadata)
/// are named in a notice and ignored.
/// Rows: matched among the participants of the questionnaire's programme (of `cohort` when
/// given) by e-mail first, else by name ("Prénom Nom" or "Nom Prénom"). A row matching
/// nobody, or several people, is a problem with its line: the file is refused whole, so
/// no answer lands on the wrong person. Pure: reads the state, writes nothing.
public struct QuestionnaireImportPlan: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var line: Int
        public var holder: EntityID
        public var holderName: String
        /// Question key → the value as written, for the domain to read (the empty ones left out).
        public var answers: [AnswerInput]
        public var date: Day?
        /// The same answers are already recorded: nothing is written for this row.
        public var alreadyThere: Bool

        func command(questionnaire: EntityID, cohort: EntityID?) -> Command {
            .answerQuestionnaire(holder: holder, questionnaire: questionnaire, answers: answers, cohort: cohort, date: date)
        }
    }

    public var questionnaire: EntityID
    public var questionnaireTitle: String
    public var cohort: EntityID?
    public var rows: [Row]
    /// Header → question key, for the columns read as answers.
    public var questionColumns: [String: String]
    public var unknownColumns: [String]
    public var encoding: SpreadsheetEncoding
    public var separator: Character

    /// Rows that record answers (new or different).
    public var changes: [Row] { rows.filter { !$0.alreadyThere } }

    public static func make(table: SpreadsheetTable, state: State, questionnaire id: EntityID, cohort: EntityID? = nil,
                            today: Day) throws(ImportError) -> QuestionnaireImportPlan {
        guard let questionnaire = state.questionnaires[id] else { throw .unreadable(reason: "no questionnaire \(id)") }
        let programme = state.programmes[questionnaire.programme]?.name ?? questionnaire.programme
        // Who answered and when first; the other columns are questions, or ignored.
        var (identity, unknown) = ImportField.locate(table.header, among: [.name, .firstName, .email, .answeredAt])
        identity = identity.filter { field, index in
            // A column that is also a question (a form asking "Date de création ?") is the question.
            field == .name || field == .firstName || field == .email || questionnaire.question(named: table.header[index]) == nil
        }
        var questions: [Int: Question] = [:]
        var ignored: [String] = []
        for (index, title) in table.header.enumerated() where !identity.values.contains(index) {
            guard !Vocabulary.fold(title).isEmpty else { continue }
            if let question = questionnaire.question(named: title), !questions.values.contains(where: { $0.key == question.key }) {
                questions[index] = question
            } else {
                ignored.append(title)
            }
        }
        _ = unknown
        guard identity[.name] != nil || identity[.email] != nil else { throw .missingColumn(.name, header: table.header) }
        guard !questions.isEmpty else {
            throw .noQuestionColumn(questionnaire: questionnaire.title, keys: questionnaire.questions.map(\.key), header: table.header)
        }
        func title(_ field: ImportField) -> String? { identity[field].map { table.header[$0] } }

        // The people who may have answered: participants of the programme's cohorts (or of `cohort`).
        let cohorts = cohort.map { [$0] } ?? state.cohorts(programme: questionnaire.programme).map(\.id)
        var candidates: [Holder] = []
        var seenCandidate = Set<EntityID>()
        for c in cohorts {
            for participation in state.participations(cohort: c) where !seenCandidate.contains(participation.holder) {
                if let holder = state.holders[participation.holder], state.erasures.holders[holder.id] == nil {
                    candidates.append(holder)
                    seenCandidate.insert(holder.id)
                }
            }
        }

        var problems: [ImportProblem] = []
        var rows: [Row] = []
        var seen: [EntityID: Int] = [:]
        for row in table.rows {
            var rowProblems: [ImportProblem] = []
            let first = row[identity[.firstName]], last = row[identity[.name]]
            let email = row[identity[.email]].lowercased()
            let name = [first, last].filter { !$0.isEmpty }.joined(separator: " ")
            var holder: Holder?
            if !email.isEmpty {
                let byEmail = candidates.filter { $0.email?.lowercased() == email }
                if byEmail.count == 1 { holder = byEmail[0] }
            }
            if holder == nil, !name.isEmpty {
                let keys = Set([NameKey.of(name), NameKey.of([last, first].filter { !$0.isEmpty }.joined(separator: " "))])
                let byName = candidates.filter { keys.contains(NameKey.of($0.name)) }
                if byName.count == 1 {
                    holder = byName[0]
                } else if byName.count > 1 {
                    rowProblems.append(ImportProblem(line: row.line, column: title(.name), kind: .ambiguousRespondent(name, count: byName.count)))
                }
            }
            if holder == nil, rowProblems.isEmpty {
                let who = name.isEmpty ? email : name
                if who.isEmpty {
                    rowProblems.append(ImportProblem(line: row.line, column: title(.name) ?? title(.email), kind: .missingName))
                } else {
                    rowProblems.append(ImportProblem(line: row.line, column: title(.name) ?? title(.email),
                                                     kind: .unmatchedRespondent(who, programme: programme)))
                }
            }
            if let holder {
                if let firstLine = seen[holder.id] {
                    rowProblems.append(ImportProblem(line: row.line, column: nil, kind: .duplicate(name: holder.name, firstLine: firstLine)))
                } else {
                    seen[holder.id] = row.line
                }
            }
            // Every answer read as the domain will read it, so a bad cell names its column.
            var inputs: [AnswerInput] = []
            var answers: [String: Answer] = [:]
            for (index, question) in questions.sorted(by: { $0.key < $1.key }) {
                let cell = row[index]
                do {
                    if let answer = try question.read(cell) {
                        answers[question.key] = answer
                        inputs.append(AnswerInput(question: question.key, value: cell))
                    }
                } catch {
                    rowProblems.append(ImportProblem(line: row.line, column: table.header[index], kind: .refused(error)))
                }
            }
            var date: Day?
            if let index = identity[.answeredAt], !row[index].isEmpty {
                date = ImportDate.parseStamp(row[index])
                if date == nil {
                    rowProblems.append(ImportProblem(line: row.line, column: title(.answeredAt), kind: .impossibleDate(row[index])))
                } else if let day = date {
                    do { try InputRules.past(day, .answers, today: today) } catch {
                        rowProblems.append(ImportProblem(line: row.line, column: title(.answeredAt), kind: .refused(error)))
                    }
                }
            }
            if rowProblems.isEmpty, answers.isEmpty {
                rowProblems.append(ImportProblem(line: row.line, column: nil, kind: .refused(.noAnswers(questionnaire: questionnaire.title))))
            }
            guard rowProblems.isEmpty, let holder else {
                problems += rowProblems
                continue
            }
            let ordered = questionnaire.questions.compactMap { answers[$0.key] }
            let known = state.response(questionnaire: questionnaire.id, holder: holder.id)
            rows.append(Row(line: row.line, holder: holder.id, holderName: holder.name, answers: inputs, date: date,
                            alreadyThere: known?.answers == ordered))
        }
        guard problems.isEmpty, table.problems.isEmpty else { throw .rejected(ImportProblem.inLineOrder(table.problems + problems)) }
        var columns: [String: String] = [:]
        for (index, question) in questions { columns[table.header[index]] = question.key }
        return QuestionnaireImportPlan(questionnaire: questionnaire.id, questionnaireTitle: questionnaire.title, cohort: cohort,
                                       rows: rows, questionColumns: columns, unknownColumns: ignored,
                                       encoding: table.encoding, separator: table.separator)
    }
}

extension Workspace {
    /// Runs a validated questionnaire plan, all or nothing: every row is first decided
    /// against a scratch copy of the state (a holder in several cohorts of the programme,
    /// say, is refused there with its line), then each row is performed.
    @discardableResult
    public func run(_ plan: QuestionnaireImportPlan, progress: ((Int, Int) -> Void)? = nil) throws -> ImportOutcome {
        let scratch = ScratchState(state: state, author: author, now: now)
        var problems: [ImportProblem] = []
        for row in plan.changes {
            do {
                _ = try scratch.perform(row.command(questionnaire: plan.questionnaire, cohort: plan.cohort))
            } catch let error as DomainError {
                problems.append(ImportProblem(line: row.line, column: nil, kind: .refused(error)))
            }
        }
        guard problems.isEmpty else { throw ImportError.rejected(problems) }
        var outcome = ImportOutcome(created: 0, alreadyThere: plan.rows.count - plan.changes.count, enrolled: 0, warnings: [])
        for (index, row) in plan.changes.enumerated() {
            outcome.warnings += try perform(row.command(questionnaire: plan.questionnaire, cohort: plan.cohort)).warnings
            outcome.created += 1
            progress?(index + 1, plan.changes.count)
        }
        return outcome
    }
}
