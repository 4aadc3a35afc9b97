import ParcoursDomain
import TerminalKit

/// The dashboard: a cursor over every programme's cohorts (in `DashboardRows` order);
/// opens a cohort or its report, creates programmes and cohorts, edits a cohort or its
/// programme; opens the follow-ups after the programme (`s`) and the calendar (`a`).
enum DashboardReducer {
    static func reduce(_ action: Action, _ selection: inout Int, _ m: inout Model) -> [Effect] {
        let l = m.language
        let ids = m.dashboardRows.cohorts
        let selected = ids.indices.contains(selection) ? m.state.cohorts[ids[selection]] : nil
        var s = SelectionState(selection: selection)
        switch action {
        case .open:
            guard let selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
            m.push(.cohort(CohortReducer.open(selected.id, m)))
            return []
        case .openEvents:
            m.push(.events(EventsReducer.open(m)))
            return []
        case .newProgramme:
            m.overlay = .form(Forms.newProgramme(l))
        case .edit:
            guard let selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
            CorrectionFlows.edit(choosing: [.cohort(selected.id), .programme(selected.programme)], &m)
        case .cohortReport, .programmeReport:
            guard let cohort = selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
            m.push(.report(ReportScreen(scope: action == .cohortReport ? .cohort(cohort.id) : .programme(cohort.programme))))
            return []
        case .newCohort:
            guard !m.state.programmes.isEmpty else { m.say(UIText.noProgramme.text(l), error: true); return [] }
            m.overlay = .form(Forms.newCohort(m.state, programme: selected?.programme, today: m.today, l))
        case .followUps:
            m.push(.followUps(FollowUpsScreen()))
            return []
        case .ideas:
            m.push(.ideas(IdeaFlows.screen(m)))
            return []
        case .calendar:
            m.push(.calendar(CalendarScreen(around: m.today)))
            return []
        case .nextMatch, .previousMatch:
            let texts = ids.map { id in
                m.state.cohorts[id].map { [$0.name, m.state.programmes[$0.programme]?.name ?? ""] } ?? []
            }
            s.selection = Selection.nextMatch(texts, from: selection, forward: action == .nextMatch, filter: m.filter)
        default:
            Selection.move(&s, action, count: ids.count, rows: max(1, (m.size.height - 10) / 3))
        }
        selection = s.selection
        return []
    }
}
