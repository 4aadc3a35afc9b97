import ParcoursDomain
import ParcoursKit

/// The calendar: Tab switches week and month, ← → go to the previous or next one, `t`
/// comes back to today's, Enter opens the session (or open event) among its cohort's
/// sessions, an event of a whole programme among the open events.
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
            // On today's first session or event, or the next one.
            let shown = m.calendarEntries(cal)
            if let i = shown.firstIndex(where: { $0.date >= m.today.iso }) { cal.selection.selection = i }
            cal.selection.keepSelectionVisible(count: shown.count, visibleRows: m.tableRows)
        case .open:
            let cohort = selected.flatMap { m.state.sessions[$0.id]?.cohort ?? m.state.openEvents[$0.id]?.cohort }
            if let selected, let cohort {
                var cs = CohortReducer.open(cohort, m)
                cs.view = .sessions
                // The cohort's sessions view lists its open events among its sessions.
                let rows = Rows.calendar(m.state, cohort: cohort, filter: "", l)
                cs.sessions.selection = rows.firstIndex { $0.id == selected.id } ?? 0
                cs.sessions.keepSelectionVisible(count: rows.count, visibleRows: m.tableRows)
                m.push(.cohort(cs))
            } else if let selected, m.state.openEvents[selected.id] != nil {
                var es = EventsScreen()
                let rows = Rows.openEvents(m.state, filter: "", l)
                es.selection.selection = rows.firstIndex { $0.id == selected.id } ?? 0
                es.selection.keepSelectionVisible(count: rows.count, visibleRows: m.tableRows)
                m.push(.events(es))
            } else {
                m.say(UIText.noSelection.text(l), error: true)
            }
        case .nextMatch: Selection.move(&cal.selection, .down, count: rows.count, rows: m.tableRows)
        case .previousMatch: Selection.move(&cal.selection, .up, count: rows.count, rows: m.tableRows)
        default: Selection.move(&cal.selection, action, count: rows.count, rows: m.tableRows)
        }
        return []
    }
}
