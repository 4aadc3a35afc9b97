import ParcoursDomain
import TerminalKit

/// `update(model, msg) -> effects`: the only place the model changes. Pure: what touches
/// the workspace or the disk is returned as an `Effect`, and comes back as a `Msg`.
///
/// It routes: effects' outcomes to `Outcomes`; a key to the overlay on top (`HelpReducer`,
/// `PromptReducer`, `FormReducer`, `PickerReducer`, `ConfirmReducer`), else to the actions valid everywhere
/// (`GlobalActions`), else to the reducer of the screen shown. Then `Derive` makes the
/// rows that screen needs and asks for what must be read.
enum Update {
    static func update(_ m: inout Model, _ msg: Msg) -> [Effect] {
        let effects: [Effect]
        switch msg {
        case .key(let key): effects = self.key(key, &m)
        case .resize(let size):
            m.size = size
            effects = []
        default: effects = Outcomes.reduce(msg, &m)
        }
        return effects + Derive.prepare(&m)
    }

    static func key(_ key: Key, _ m: inout Model) -> [Effect] {
        if key == .resize { return [] }
        // Ctrl-C quits from anywhere, forms included, as in every terminal program:
        // everything written so far is already on disk (once the writes under way end;
        // a second Ctrl-C does not wait for them).
        if key == .ctrl("c") { return Quit.request(&m, force: m.quitting) }
        switch m.overlay {
        case .help(let scroll):
            return HelpReducer.reduce(key, scroll: scroll, &m)
        case .prompt(let kind, let field):
            return track(PromptReducer.reduce(key, kind, field, &m), &m)
        case .form(let form):
            return track(FormReducer.reduce(key, form, &m), &m, form: form)
        case .picker(let picker):
            return PickerReducer.reduce(key, picker, &m)
        case .notice:
            if [.enter, .escape, .character("q"), .character(" ")].contains(key) { m.overlay = nil }
            return []
        case .confirm(let confirm):
            // A refusal opens the form the question came from again, else the question.
            return track(ConfirmReducer.reduce(key, confirm, &m), &m, form: confirm.form,
                         confirm: confirm.form == nil ? confirm : nil)
        case nil:
            guard let action = Keymap.action(for: key, on: m.screen) else { return [] }
            return track(self.action(action, &m), &m)
        }
    }

    /// An action of the keymap: those valid everywhere first, then the screen's own. The
    /// screen's reducer works on its own state, written back to its place in the stack
    /// (it may have pushed another screen above it).
    static func action(_ action: Action, _ m: inout Model) -> [Effect] {
        if let effects = GlobalActions.reduce(action, &m) { return effects }
        let slot = m.stack.count - 1
        switch m.screen {
        case .welcome(var menu):
            let effects = WelcomeReducer.reduce(action, &menu, &m)
            m.stack[slot] = .welcome(menu: menu)
            return effects
        case .dashboard(var selection):
            let effects = DashboardReducer.reduce(action, &selection, &m)
            m.stack[slot] = .dashboard(selection: selection)
            return effects
        case .cohort(var cs):
            let effects = CohortReducer.reduce(action, &cs, &m)
            m.stack[slot] = .cohort(cs)
            return effects
        case .holder(var hs):
            let effects = HolderReducer.reduce(action, &hs, &m)
            m.stack[slot] = .holder(hs)
            return effects
        case .report(var rs):
            let effects = ReportReducer.reduce(action, &rs, &m)
            m.stack[slot] = .report(rs)
            return effects
        case .events(var es):
            let effects = EventsReducer.reduce(action, &es, &m)
            m.stack[slot] = .events(es)
            return effects
        case .followUps(var fs):
            let effects = FollowUpsReducer.reduce(action, &fs, &m)
            m.stack[slot] = .followUps(fs)
            return effects
        case .ideas(var s):
            let effects = IdeasReducer.reduce(action, &s, &m)
            m.stack[slot] = .ideas(s)
            return effects
        case .calendar(var cal):
            let effects = CalendarReducer.reduce(action, &cal, &m)
            m.stack[slot] = .calendar(cal)
            return effects
        }
    }

    /// Counts the writes among `effects` as work under way, in the order they will run,
    /// with the form (or question) they were submitted from, to open it again if they
    /// are refused.
    static func track(_ effects: [Effect], _ m: inout Model, form: Form? = nil, confirm: Confirm? = nil) -> [Effect] {
        for effect in effects {
            if let kind = effect.work { m.work.append(Work(kind: kind, form: form, confirm: confirm)) }
        }
        return effects
    }
}
