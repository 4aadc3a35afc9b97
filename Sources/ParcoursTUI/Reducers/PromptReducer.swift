import ParcoursDomain
import ParcoursKit
import TerminalKit

/// The one-line prompts: `/` filters the current list as it is typed; `:` takes the
/// command line's verbs (`VerbParser`, shared with ParcoursKit) on Enter.
enum PromptReducer {
    static func reduce(_ key: Key, _ kind: PromptKind, _ field: TextFieldState, _ m: inout Model) -> [Effect] {
        var field = field
        switch key {
        case .escape:
            m.overlay = nil
            if kind == .filter, !m.filter.isEmpty {
                m.filter = ""
                m.say(UIText.filterCleared.text(m.language))
            }
            return []
        case .enter:
            m.overlay = nil
            return kind == .filter ? [] : command(field.text, &m)
        default:
            field.handle(key)
            m.overlay = .prompt(kind, field)
            // The filter applies as it is typed.
            if kind == .filter {
                m.filter = field.text
                Selection.reset(&m)
            }
            return []
        }
    }

    /// What a command line asks for.
    static func command(_ line: String, _ m: inout Model) -> [Effect] {
        let l = m.language
        switch VerbParser.parse(line, author: m.author) {
        case .commands(let commands) where commands.isEmpty:
            return []
        case .commands(let commands):
            if m.readOnly { return refuse(&m) }
            return [.perform(commands)]
        case .quit:
            return Quit.request(&m)
        case .sync:
            if m.readOnly { return refuse(&m) }
            return [.sync]
        case .help:
            m.overlay = .help(scroll: 0)
            return []
        case .form(let verb, let holder):
            return form(verb, holder: holder, &m)
        case .headcountForm(let event):
            return headcountForm(event, &m)
        case .problem(let problem):
            m.say(text(problem, l), error: true)
            return []
        }
    }

    /// The action of a form verb: for the holder named, resolved as every reference is;
    /// else for what the screen has selected, as its key would (`:modifier` is `E`), or
    /// for the holder under the cursor where the screen has no key for it.
    static func form(_ verb: VerbParser.FormVerb, holder reference: String?, _ m: inout Model) -> [Effect] {
        var action = self.action(verb)
        switch verb {
        case .followUp, .followUps, .questionnaire, .sheet, .milestone, .need, .legalForm, .jury:
            // The follow-ups view and the attendance sheet write nothing in the data.
            if m.readOnly, verb != .followUps, verb != .sheet { return refuse(&m) }
            return PathFlows.verb(verb, reference: reference, &m)
        case .ideas, .calls, .idea, .ideaStatus, .adopt:
            // The view writes nothing in the data.
            if m.readOnly, verb != .ideas, verb != .calls { return refuse(&m) }
            return IdeaFlows.verb(verb, reference: reference, &m)
        default:
            break
        }
        if m.readOnly { return refuse(&m) }
        if let reference {
            do {
                let holder = try Resolver(m.state).holder(reference)
                CorrectionFlows.open(action, holder: holder.id, &m)
            } catch {
                m.say(Catalog.text(error, m.language), error: true)
            }
            return []
        }
        let available = Keymap.bindings(for: m.screen).map(\.action)
        // The sessions and events views edit with their own action (Enter and `e` too).
        if action == .edit, available.contains(.editSession) { action = .editSession }
        if action == .edit, available.contains(.editEvent) { action = .editEvent }
        if available.contains(action) { return Update.action(action, &m) }
        // No key for it here, but a holder under the cursor (`:effacer` on the participants).
        if let holder = Selection.holder(m) {
            CorrectionFlows.open(action, holder: holder, &m)
            return []
        }
        m.say(UIText.verbNeedsSelection(verb, m.language), error: true)
        return []
    }

    /// The headcount form: of the open event named, else of the event selected, as `h`
    /// would open it.
    static func headcountForm(_ reference: String?, _ m: inout Model) -> [Effect] {
        if m.readOnly { return refuse(&m) }
        if let reference {
            do {
                let event = try Resolver(m.state).openEvent(reference)
                return EventsReducer.act(.headcount, on: event, preferred: nil, &m) ?? []
            } catch {
                m.say(Catalog.text(error, m.language), error: true)
                return []
            }
        }
        if Keymap.bindings(for: m.screen).map(\.action).contains(.headcount) { return Update.action(.headcount, &m) }
        m.say(UIText.headcountNeedsEvent(m.language), error: true)
        return []
    }

    static func action(_ verb: VerbParser.FormVerb) -> Action {
        switch verb {
        case .edit: .edit
        case .remove: .removeHolder
        case .merge: .mergeHolder
        case .transfer: .transfer
        case .erase: .erase
        case .consent: .consent
        case .situation: .situation
        case .followUp: .recordFollowUp
        case .followUps: .followUps
        case .questionnaire: .answerQuestionnaire
        case .sheet: .attendanceSheet
        case .milestone: .reachMilestone
        case .need: .manageNeed
        case .legalForm: .changeLegalForm
        case .jury: .juryEvaluation
        case .ideas, .calls: .ideas
        case .idea: .newIdea
        case .ideaStatus: .ideaStatus
        case .adopt: .adoptIdea
        }
    }

    static func refuse(_ m: inout Model) -> [Effect] {
        m.say(UIText.readOnlyRefused.text(m.language), error: true)
        return []
    }

    /// Why a line was not understood, in words.
    static func text(_ problem: VerbParser.Problem, _ l: Language) -> String {
        switch problem {
        case .unclosedQuote: UIText.unclosedQuote(l)
        case .missingArguments(let verb): UIText.missingArguments(verb, l)
        case .invalidValue(let value): UIText.invalidValue(value, l)
        case .invalidDate: UIText.formInvalidDate.text(l)
        case .unknownVerb(let verb): UIText.unknownVerb(verb, l)
        }
    }
}
