import Foundation
import ParcoursDomain
import ParcoursKit

/// Rows derived from the whole state (every programme's cohorts in order, the week's
/// sessions, a cohort's journal read back from the logs), made once per state: a key
/// press that only moves the selection redraws from them instead of sorting thousands
/// of cohorts or reading the logs again. The model drops them whenever its state (or
/// its journal source) is replaced.
final class DerivedRows: @unchecked Sendable {
    private let lock = NSLock()
    private var dashboard: [(programme: Programme, cohorts: [EntityID])]?
    private var dashboardCohorts: [EntityID]?
    private var week: (today: Day, sessions: [Session])?
    private var journal: (cohort: EntityID, filter: String, language: Language, entries: [Journal.Entry])?

    /// `Rows.dashboard(state)`, made once.
    func dashboard(_ state: State) -> [(programme: Programme, cohorts: [EntityID])] {
        lock.withLock {
            if let dashboard { return dashboard }
            let made = Rows.dashboard(state)
            dashboard = made
            return made
        }
    }

    /// The dashboard's cohorts' ids in order (what its selection indexes), made once.
    func dashboardCohorts(_ state: State) -> [EntityID] {
        if let made = lock.withLock({ dashboardCohorts }) { return made }
        let made = dashboard(state).flatMap(\.cohorts)
        lock.withLock { dashboardCohorts = made }
        return made
    }

    /// `Rows.thisWeek(state, today:)`, made once per day.
    func thisWeek(_ state: State, today: Day) -> [Session] {
        lock.withLock {
            if let week, week.today == today { return week.sessions }
            let made = Rows.thisWeek(state, today: today)
            week = (today, made)
            return made
        }
    }

    /// `Rows.journal(…)` for one cohort and filter at a time: its lines read back from
    /// the logs and put in words once, not at every key press.
    func journal(_ state: State, _ source: JournalSource, cohort: EntityID, filter: String, _ l: Language) -> [Journal.Entry] {
        if let made = lock.withLock({ journal }), made.cohort == cohort, made.filter == filter, made.language == l {
            return made.entries
        }
        let entries = Rows.journal(state, source, cohort: cohort, filter: filter, l)
        lock.withLock { journal = (cohort, filter, l, entries) }
        return entries
    }
}
