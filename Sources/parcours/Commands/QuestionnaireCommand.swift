import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursExchange

/// `parcours questionnaire`: intake, exit and follow-up questionnaires of a programme, and
/// the holders' answers, typed or imported from an online form's CSV export.
struct QuestionnaireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaire",
        abstract: "Questionnaires of a programme (intake, exit, follow-up) and the holders' answers.",
        subcommands: [Add.self, List.self, Answer.self, Import.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Define a questionnaire for a programme, or add the guide's end-of-programme survey (--standard exit).",
            discussion: """
            Each --question is KEY|TYPE|LABEL, and for a choice KEY|choice|LABEL|CHOICE1|CHOICE2…
            TYPE: scale (0 to 10), yes_no, choice, text (free text). KEY: a letter, then letters,
            digits, _ or -. --standard exit adds recommendation (scale), continue and settle (yes/no).
            """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The programme.") var programme: String
        @Argument(help: "The questionnaire's title (not with --standard).") var title: String?
        @Option(help: "intake, exit or follow_up (exit by default).") var kind: String?
        @Option(help: "A question: KEY|TYPE|LABEL[|CHOICE…] (repeat).") var question: [String] = []
        @Option(help: "exit: the guide's end-of-programme survey, ready to use.") var standard: String?

        func run() throws {
            try CLI.run(global) { cli in
                var draft: QuestionnaireDraft
                if let standard {
                    guard Vocabulary.questionnaireKind(standard) == .exit else {
                        throw InputError(value: standard, option: "--standard", expectedFR: "exit (le questionnaire de fin de parcours)",
                                         expectedEN: "exit (the end-of-programme survey)")
                    }
                    draft = QuestionnaireDraft.standardExit(cli.language)
                    if let title { draft.title = title }
                    draft.questions += try question.map(Self.parse)
                } else {
                    draft = QuestionnaireDraft(kind: try kind.map { try Arguments.questionnaireKind($0, "--kind") } ?? .exit,
                                               title: title ?? "", questions: try question.map(Self.parse))
                }
                try cli.perform(.addQuestionnaire(programme: programme, draft))
            }
        }

        static func parse(_ text: String) throws -> Question {
            let parts = text.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard parts.count >= 3 else {
                throw InputError(value: text, option: "--question", expectedFR: "CLÉ|TYPE|LIBELLÉ (et |CHOIX… pour un choix)",
                                 expectedEN: "KEY|TYPE|LABEL (and |CHOICE… for a choice)")
            }
            return Question(key: parts[0], label: parts[2], type: try Arguments.questionType(parts[1], "--question"),
                            choices: Array(parts.dropFirst(3)))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The questionnaires, their questions and how many answered.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Only this programme's.") var programme: String?
        @OptionGroup var output: OutputOptions

        struct Row: Encodable {
            var id: String, title: String, programme: String, kind: String, answered: Int
            var questions: [QuestionRow]
        }
        struct QuestionRow: Encodable { var key: String, label: String, type: String, choices: [String] }

        func run() throws {
            try CLI.run(global) { cli in
                let state = try cli.workspace().state
                let only = try programme.map { try Resolver(state).programme($0).id }
                let rows = state.programmes.values.sorted { NameKey.of($0.name) < NameKey.of($1.name) }
                    .filter { only == nil || $0.id == only }
                    .flatMap { p in state.questionnaires(programme: p.id).map { q in
                        Row(id: q.id, title: q.title, programme: p.name, kind: q.kind.rawValue,
                            answered: state.responses[q.id]?.count ?? 0,
                            questions: q.questions.map { QuestionRow(key: $0.key, label: $0.label, type: $0.type.rawValue, choices: $0.choices) })
                    } }
                if output.json { try cli.printJSON(rows); return }
                let fr = cli.language == .fr
                if rows.isEmpty { print(fr ? "Aucun questionnaire." : "No questionnaire."); return }
                for row in rows {
                    let kind = Catalog.label(QuestionnaireKind(rawValue: row.kind)!, cli.language)
                    print("\(row.title) — \(row.programme) (\(kind), \(row.answered) " + (fr ? "réponse(s)" : "answer(s)") + ") [\(row.id)]")
                    for q in row.questions {
                        let type = Catalog.label(QuestionType(rawValue: q.type)!, cli.language)
                        let choices = q.choices.isEmpty ? "" : ": " + q.choices.joined(separator: " | ")
                        print("  \(q.key) — \(q.label) (\(type)\(choices))")
                    }
                }
            }
        }
    }

    struct Answer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a holder's answers (KEY=VALUE…); answering again replaces the earlier answers.",
            discussion: """
            KEY is a question's key or label. Values: 0 to 10 (also 9/10) for a scale; oui/non,
            yes/no for yes/no; one of the choices; any text. An empty value leaves the question
            unanswered. --clear takes the holder's answers away (undo brings them back).
            """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The holder.") var holder: String
        @Argument(help: "The questionnaire (title, id, or its kind: exit, intake, follow_up).") var questionnaire: String
        @Argument(help: "KEY=VALUE answers.") var answers: [String] = []
        @Option(help: "The programme's cohort they answer in, when they are in several.") var cohort: String?
        @Option(help: "The day they answered (YYYY-MM-DD, today by default).") var date: String?
        @Flag(help: "Take the holder's answers away.") var clear = false

        func run() throws {
            try CLI.run(global) { cli in
                if clear {
                    guard answers.isEmpty else {
                        throw InputError(value: answers.joined(separator: " "), option: "--clear",
                                         expectedFR: "aucune réponse avec --clear", expectedEN: "no answer with --clear")
                    }
                    try cli.perform(.clearAnswers(holder: holder, questionnaire: questionnaire))
                    return
                }
                let inputs = try answers.map { text -> AnswerInput in
                    guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
                        throw InputError(value: text, option: "KEY=VALUE", expectedFR: "CLÉ=VALEUR (par exemple recommendation=9)",
                                         expectedEN: "KEY=VALUE (for instance recommendation=9)")
                    }
                    return AnswerInput(question: String(text[..<equals]), value: String(text[text.index(after: equals)...]))
                }
                try cli.perform(.answerQuestionnaire(holder: holder, questionnaire: questionnaire, answers: inputs,
                                                     cohort: cohort, date: try date.map { try Arguments.day($0, "--date") }))
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import the CSV export of an online form (Framaforms, LimeSurvey, Google Forms) into a questionnaire.",
            discussion: """
            Columns named by a question's key or label hold its answers; nom/name, prénom/first
            name and e-mail say who answered (matched among the programme's participants, by
            e-mail first); a timestamp column (Horodateur, Timestamp, submitdate…) the day. Other
            columns are ignored. All or nothing: a row matching nobody, an answer that does not
            fit, and nothing is written; every problem is listed with its line.
            """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The CSV file.") var file: String
        @Option(help: "The questionnaire (title or id).") var questionnaire: String
        @Option(help: "Only this cohort's participants (and answers counted there).") var cohort: String?
        @Flag(help: "Show what would be recorded, write nothing.") var dryRun = false

        func run() throws {
            try CLI.run(global) { cli in
                try ImportSupport.guarded(cli) {
                    let fr = cli.language == .fr
                    let table = try ImportSupport.table(file)
                    let workspace = try cli.workspace()
                    let resolver = Resolver(workspace.state)
                    let target = try resolver.questionnaire(questionnaire)
                    let cohortID = try cohort.map { try resolver.cohort($0).id }
                    let plan = try QuestionnaireImportPlan.make(table: table, state: workspace.state, questionnaire: target.id,
                                                                cohort: cohortID, today: workspace.today)
                    ImportSupport.notices(cli, unknown: plan.unknownColumns, encoding: plan.encoding, separator: plan.separator)
                    let columns = plan.questionColumns.sorted { $0.key < $1.key }.map { "\($0.key) → \($0.value)" }
                    print((fr ? "Colonnes lues comme réponses : " : "Columns read as answers: ") + columns.joined(separator: ", "))
                    if dryRun {
                        print(fr ? "Essai (--dry-run) : rien n’est écrit." : "Dry run: nothing is written.")
                        for row in plan.changes {
                            print((fr ? "  ligne \(row.line) : " : "  line \(row.line): ") + "\(row.holderName), "
                                  + (fr ? "\(row.answers.count) réponse(s)" : "\(row.answers.count) answer(s)"))
                        }
                        print(fr ? "\(plan.changes.count) réponse(s) à enregistrer, \(plan.rows.count - plan.changes.count) déjà enregistrée(s)."
                                 : "\(plan.changes.count) response(s) to record, \(plan.rows.count - plan.changes.count) already recorded.")
                        return
                    }
                    let outcome = try workspace.run(plan, progress: ImportSupport.progress())
                    print(fr ? "\(outcome.created) réponse(s) à « \(plan.questionnaireTitle) » enregistrée(s), \(outcome.alreadyThere) déjà enregistrée(s)."
                             : "\(outcome.created) response(s) to “\(plan.questionnaireTitle)” recorded, \(outcome.alreadyThere) already recorded.")
                    for warning in outcome.warnings { cli.warn(Catalog.text(warning, cli.language)) }
                }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a questionnaire defined by mistake (refused while it has answers).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The questionnaire (title or id).") var questionnaire: String

        func run() throws {
            try CLI.run(global) { cli in try cli.perform(.removeQuestionnaire(questionnaire: questionnaire)) }
        }
    }
}
