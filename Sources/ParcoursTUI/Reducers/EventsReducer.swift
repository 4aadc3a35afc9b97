import ParcoursDomain
import TerminalKit

/// Every programme's open events: plan one, record its headcount (Enter), edit or cancel
/// it, open its programme's report. The sessions view of a cohort reaches its own events
/// through `act`.
enum EventsReducer {
    static let bindings: [Binding] = Keymap.lists + [
        Binding(keys: [.enter, Keymap.c("h")], action: .headcount, help: .actHeadcount),
        Binding(keys: [Keymap.c("a")], action: .newEvent, help: .actNewEvent),
        Binding(keys: [Keymap.c("e"), Keymap.c("E")], action: .editEvent, help: .actEditEvent),
        Binding(keys: [Keymap.c("x")], action: .cancelEvent, help: .actCancelEvent),
        Binding(keys: [Keymap.c("R")], action: .programmeReport, help: .actProgrammeReport),
    ] + Keymap.search

    /// The list opens on the first event of today or later (else the last one).
    static func open(_ m: Model) -> EventsScreen {
        let rows = Rows.openEvents(m.state, filter: "", m.language)
        let first = rows.firstIndex { $0.date >= m.today } ?? max(0, rows.count - 1)
        return EventsScreen(selection: SelectionState(selection: first))
    }

    static func reduce(_ action: Action, _ es: inout EventsScreen, _ m: inout Model) -> [Effect] {
        let rows = Rows.openEvents(m.state, filter: m.filter, m.language)
        let selected = rows.indices.contains(es.selection.selection) ? rows[es.selection.selection] : nil
        if let effects = act(action, on: selected, preferred: selected?.cohort ?? selected?.programme, &m) { return effects }
        switch action {
        case .programmeReport:
            guard let selected else { m.say(UIText.noSelection.text(m.language), error: true); return [] }
            m.push(.report(ReportScreen(scope: .programme(selected.programme))))
        case .nextMatch, .previousMatch:
            let texts = rows.map { Rows.eventTexts($0, m.state, m.language) }
            es.selection.selection = Selection.nextMatch(texts, from: es.selection.selection, forward: action == .nextMatch,
                                                         filter: m.filter)
        default:
            Selection.move(&es.selection, action, count: rows.count, rows: m.tableRows)
        }
        return []
    }

    /// What the open events' keys do on `event` (nil when the action is not theirs):
    /// `preferred` is where a new event goes by default (the cohort shown).
    static func act(_ action: Action, on event: OpenEvent?, preferred: EntityID?, _ m: inout Model) -> [Effect]? {
        let l = m.language
        switch action {
        case .newEvent:
            guard !m.state.programmes.isEmpty else { m.say(UIText.noProgramme.text(l), error: true); return [] }
            m.overlay = .form(Forms.newOpenEvent(m.state, preferred: preferred, today: m.today, l))
            return []
        case .headcount:
            guard let event else { m.say(UIText.noSelection.text(l), error: true); return [] }
            m.overlay = .form(Forms.headcount(event, l))
            return []
        case .editEvent:
            guard let event else { m.say(UIText.noSelection.text(l), error: true); return [] }
            m.overlay = .form(Forms.editOpenEvent(event, l))
            return []
        case .cancelEvent:
            guard let event else { m.say(UIText.noSelection.text(l), error: true); return [] }
            return [.perform([.cancelOpenEvent(event: event.id)])]
        default:
            return nil
        }
    }
}
