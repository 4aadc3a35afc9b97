import ParcoursDomain
import ParcoursKit

/// The calendar: Tab switches week and month, ← → go to the previous or next one, `t`
/// comes back to today's, Enter opens the session among its cohort's sessions.
enum CalendarReducer {
    static func reduce(_ action: Action, _ cal: inout CalendarScreen, _ m: inout Model) -> [Effect] {
        let l = m.language
        let rows = m.calendarEntries(cal)
        let selected = rows.indices.contains(cal.selection.selection) ? rows[cal.selection.selection] : nil
        switch action {
        case .nextView, .previousView:
            // The other span around the session under the cursor, else today when shown, else the span's first day.
            let today = cal.start <= m.today && m.today < cal.end ? m.today : cal.start
            let day = selected.flatMap { Day(iso: $0.date) } ?? today
            cal = CalendarScreen(span: cal.span == .week ? .month : .week, around: day)
        case .left, .right:
            let forward = action == .right
            switch cal.span {
            case .week: cal = CalendarScreen(span: .week, around: cal.start.adding(days: forward ? 7 : -7))
            case .month: cal = CalendarScreen(span: .month, around: cal.start.adding(months: forward ? 1 : -1))
            }
        case .today:
            cal = CalendarScreen(span: cal.span, around: m.today)
            // On today's first session, or the next one.
            let shown = m.calendarEntries(cal)
            if let i = shown.firstIndex(where: { $0.date >= m.today.iso }) { cal.selection.selection = i }
            cal.selection.keepSelectionVisible(count: shown.count, visibleRows: m.tableRows)
        case .open:
            guard let selected, let session = m.state.sessions[selected.id] else {
                m.say(UIText.noSelection.text(l), error: true)
                return []
            }
            var cs = CohortReducer.open(session.cohort, m)
            cs.view = .sessions
            let sessions = Rows.sessions(m.state, cohort: session.cohort, filter: "", l)
            cs.sessions.selection = sessions.firstIndex { $0.id == session.id } ?? 0
            cs.sessions.keepSelectionVisible(count: sessions.count, visibleRows: m.tableRows)
            m.push(.cohort(cs))
        case .nextMatch: Selection.move(&cal.selection, .down, count: rows.count, rows: m.tableRows)
        case .previousMatch: Selection.move(&cal.selection, .up, count: rows.count, rows: m.tableRows)
        default: Selection.move(&cal.selection, action, count: rows.count, rows: m.tableRows)
        }
        return []
    }
}
