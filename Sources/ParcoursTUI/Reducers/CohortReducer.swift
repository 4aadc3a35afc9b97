import ParcoursDomain

/// A cohort's screen: Tab / Shift-Tab between its views, `R` its report; every other
/// action goes to the reducer of the view shown.
enum CohortReducer {
    static func reduce(_ action: Action, _ cs: inout CohortScreen, _ m: inout Model) -> [Effect] {
        let count = CohortView.allCases.count
        switch action {
        case .cohortReport:
            m.push(.report(ReportScreen(scope: .cohort(cs.cohort))))
            return []
        case .nextView:
            cs.view = CohortView(rawValue: (cs.view.rawValue + 1) % count)!
            m.filter = ""
            return []
        case .previousView:
            cs.view = CohortView(rawValue: (cs.view.rawValue + count - 1) % count)!
            m.filter = ""
            return []
        default:
            break
        }
        switch cs.view {
        case .participants: return ParticipantsReducer.reduce(action, &cs, &m)
        case .sessions: return SessionsReducer.reduce(action, &cs, &m)
        case .rollCall: return RollCallReducer.reduce(action, &cs, &m)
        case .pipeline: return PipelineReducer.reduce(action, &cs, &m)
        case .journal: return JournalReducer.reduce(action, &cs, &m)
        }
    }

    /// A cohort opens on its participants, the roll call's cursor on the latest session due.
    static func open(_ id: EntityID, _ m: Model) -> CohortScreen {
        var cs = CohortScreen(cohort: id)
        let sessions = Rows.rollSessions(m.state, cohort: id)
        cs.rollColumn = max(0, (sessions.lastIndex { $0.date <= m.today }) ?? 0)
        return cs
    }
}
