import ParcoursDomain
import TerminalKit

/// A form for one create or edit: labelled fields (text, date, time, duration, or a
/// choice list), each validated in place; `Enter` submits, `Esc` cancels.
struct Form: Hashable, Sendable {
    /// What the form creates or changes once valid.
    enum Purpose: Hashable, Sendable {
        case newProgramme
        case newCohort
        case newHolder(cohort: EntityID)
        case newSession(cohort: EntityID)
        case editSession(EntityID)
        case note(target: EntityID)
        case stage(project: EntityID, to: Stage)
        case status(project: EntityID)
        case remark(session: EntityID, holder: EntityID, mark: Mark, remote: Bool)
        case participation(holder: EntityID, cohort: EntityID)
        // Corrections: each edit form is prefilled, and sends only the fields changed.
        case editHolder(EntityID)
        case editProject(EntityID)
        case editCohort(EntityID)
        case editProgramme(EntityID)
        /// Removal of a holder entered by mistake: the reason, and whether the history goes too.
        case removeHolder(EntityID)
        case transfer(holder: EntityID, from: EntityID?, to: EntityID)
        // A person's rights.
        case erase(EntityID)
        case consent(EntityID)
        case situation(EntityID)
        // Open events.
        case newOpenEvent
        case editOpenEvent(EntityID)
        case headcount(EntityID)
        // After the programme, the project's path, evaluations (issue 17): `PathForms`.
        case followUp(project: EntityID)
        /// A milestone by its id (standard or the programme's own): reached on a day, or cleared.
        case milestone(project: EntityID, milestone: String)
        case addNeed(project: EntityID)
        case resolveNeed(project: EntityID, kind: NeedKind)
        case legalForm(project: EntityID)
        case answers(holder: EntityID, questionnaire: EntityID)
        case jury(session: EntityID, holder: EntityID)
        // Ideas before holders (issue 18): `IdeaForms`.
        case newIdea
        case ideaStatus(idea: EntityID)
        case adoptIdea(idea: EntityID, holder: EntityID)
        case adoptIdeaByNewHolder(idea: EntityID)
    }

    enum Kind: Hashable, Sendable {
        case text, date, time, duration, choice
        /// A whole number above 0 (a capacity); empty when optional.
        case number
        /// Several choices ticked with Space (◂ ▸ move between them).
        case multi
        /// A whole number from 0 (jobs created, a headcount's category); empty when optional.
        case count
        /// "name=number, name=number" (a headcount's own categories).
        case audiences
    }

    struct Choice: Hashable, Sendable {
        var id: String
        var label: String
    }

    struct Field: Hashable, Sendable {
        var label: UIText
        var kind: Kind
        var input = TextFieldState()
        var choices: [Choice] = []
        var choice = 0
        /// The ids ticked in a `.multi` field.
        var picked: Set<String> = []
        var required = false
        /// What the field held when the form opened: an edit sends only what differs.
        var initialText = ""
        var initialChoice = 0
        var initialPicked: Set<String> = []
        /// Shown instead of the label's text (a question as it is asked); the label stays
        /// what the form finds the field by.
        var caption: String?
        /// What the field stands for when the label is shared (a question's key).
        var key = ""
        /// The question a field answers: its value is read as the domain reads it.
        var question: Question?

        /// Whether the field differs from what it held when the form opened (texts
        /// compared trimmed).
        var changed: Bool {
            switch kind {
            case .choice: choice != initialChoice
            case .multi: picked != initialPicked
            default: (value ?? "") != initialText.trimmingCharacters(in: .whitespaces)
            }
        }

        /// The field as it is now becomes what `changed` compares with.
        mutating func settle() {
            initialText = input.text
            initialChoice = choice
            initialPicked = picked
        }

        /// The typed text, trimmed; nil when empty.
        var value: String? {
            let t = input.text.trimmingCharacters(in: .whitespaces)
            return t.isEmpty ? nil : t
        }

        var chosen: String? { choices.indices.contains(choice) ? choices[choice].id : nil }
    }

    var title: UIText
    var purpose: Purpose
    var fields: [Field]
    var focus = 0
    /// Why the last submission was refused (a domain error in plain words).
    var error: String?
    /// What the form is about, in words, above its fields (who is transferred where, what
    /// an erasure does, the consents held…); nil for none.
    var note: String?
    /// Each field's caption on a line of its own above its value (long captions: the
    /// questions of a questionnaire).
    var stacked = false

    /// The field with this label.
    subscript(_ label: UIText) -> Field? {
        fields.first { $0.label == label }
    }

    /// The form with what its fields hold now as their starting values (an edit form,
    /// once prefilled).
    func settled() -> Form {
        var form = self
        for i in form.fields.indices { form.fields[i].settle() }
        return form
    }

    /// Whether the field with this label was changed since the form opened.
    func changed(_ label: UIText) -> Bool { self[label]?.changed ?? false }

    /// Applies a key to the focused field. Returns `.submit` or `.cancel` when the key ends the form.
    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .enter: return .submit
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        default:
            if fields[focus].kind == .multi {
                let n = fields[focus].choices.count
                guard n > 0 else { return .editing }
                switch key {
                case .left, .character("h"): fields[focus].choice = (fields[focus].choice + n - 1) % n
                case .right, .character("l"): fields[focus].choice = (fields[focus].choice + 1) % n
                case .character(" "), .character("x"):
                    let id = fields[focus].choices[fields[focus].choice].id
                    if fields[focus].picked.contains(id) { fields[focus].picked.remove(id) } else { fields[focus].picked.insert(id) }
                default: break
                }
            } else if fields[focus].kind == .choice {
                let n = fields[focus].choices.count
                guard n > 0 else { return .editing }
                switch key {
                case .left, .character("h"): fields[focus].choice = (fields[focus].choice + n - 1) % n
                case .right, .character("l"), .character(" "): fields[focus].choice = (fields[focus].choice + 1) % n
                default: break
                }
            } else {
                fields[focus].input.handle(key)
                fields[focus].input.validationMessage = nil
            }
        }
        return .editing
    }

    enum Outcome: Equatable { case editing, submit, cancel }

    /// Checks every field and puts the messages in place. Returns whether all are valid.
    mutating func validate(_ l: Language) -> Bool {
        var valid = true
        for i in fields.indices {
            let field = fields[i]
            var message: String?
            if let text = field.value {
                switch field.kind {
                case .date where Day(iso: text) == nil: message = UIText.formInvalidDate.text(l)
                case .time where ClockTime(parse: text) == nil: message = UIText.formInvalidTime.text(l)
                case .duration where TimeSpan.parse(text) == nil: message = UIText.formInvalidDuration.text(l)
                case .number where (Int(text) ?? 0) < 1: message = UIText.formInvalidNumber.text(l)
                case .count where !(0...100_000).contains(Int(text) ?? -1): message = UIText.formInvalidCount.text(l)
                case .audiences where Forms.audiences(text) == nil: message = UIText.formInvalidAudiences.text(l)
                default: break
                }
                // A question's answer is read as the domain reads it ("9/10", "oui", a choice).
                if message == nil, let question = field.question {
                    do { _ = try question.read(text) } catch {
                        message = question.type == .scale ? UIText.scaleExpected.text(l) : Catalog.text(error, l)
                    }
                }
            } else if field.required && field.kind == .choice && (field.chosen ?? "").isEmpty {
                message = UIText.formChoose.text(l)
            } else if field.required && field.kind != .choice && field.kind != .multi {
                message = UIText.formRequired.text(l)
            }
            fields[i].input.validationMessage = message
            if message != nil {
                if valid { focus = i }
                valid = false
            }
        }
        return valid
    }
}
