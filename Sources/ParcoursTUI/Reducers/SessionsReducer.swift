import ParcoursDomain

/// A cohort's sessions and open events: add, edit, cancel, create the template's missing
/// ones; an event's headcount, a session nobody is expected at said held; write the
/// attendance sheet of one (`f`); the jury's evaluations at a review session (`J`).
enum SessionsReducer {
    static func reduce(_ action: Action, _ cs: inout CohortScreen, _ m: inout Model) -> [Effect] {
        let l = m.language
        let calendar = Rows.calendar(m.state, cohort: cs.cohort, filter: m.filter, l)
        let row = calendar.indices.contains(cs.sessions.selection) ? calendar[cs.sessions.selection] : nil
        if let effects = openEventAction(action, row, cs, &m) { return effects }
        let rows = calendar
        let selected = row?.session
        switch action {
        case .addSession:
            m.overlay = .form(Forms.newSession(cohort: cs.cohort, today: m.today, state: m.state, l))
        case .editSession, .edit:
            guard let selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
            m.overlay = .form(Forms.editSession(selected, m.state, l))
        case .cancelSession:
            guard let selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
            return [.perform([.cancelSession(session: selected.id)])]
        case .createMissing:
            return [.perform([.createMissingTemplateSessions(cohort: cs.cohort)])]
        case .attendanceSheet:
            guard let selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
            return PathFlows.sheet(selected, &m)
        case .juryEvaluation:
            guard let selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
            PathFlows.jury(session: selected, &m)
        case .nextMatch: Selection.move(&cs.sessions, .down, count: rows.count, rows: m.tableRows)
        case .previousMatch: Selection.move(&cs.sessions, .up, count: rows.count, rows: m.tableRows)
        default: Selection.move(&cs.sessions, action, count: rows.count, rows: m.tableRows)
        }
        return []
    }
}
