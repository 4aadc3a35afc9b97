import ParcoursDomain
import ParcoursKit
import TerminalKit

/// Rows derived from the whole state, kept in the model so a key that only moves the
/// selection or scrolls redraws from them instead of sorting thousands of cohorts,
/// computing a funder report or putting a journal in words again. `Derive.prepare` makes
/// what the screen shown needs at the end of each `update`; a new state empties them.
struct Derived: Sendable {
    var dashboard: DashboardRows?
    var week: WeekRows?
    var report: ReportLines?
    var journal: JournalRows?
    /// The holders the chosen referent follows ("my holders"), when one is chosen.
    var mine: Set<EntityID>?
    /// The calendar's entries for the span shown.
    var calendar: CalendarRows?
}

/// Programmes with their cohorts' ids in dashboard order (`Rows.dashboard`), and the
/// cohorts' ids in that order (what the dashboard's selection indexes).
struct DashboardRows: Sendable {
    var groups: [(programme: Programme, cohorts: [EntityID])]
    var cohorts: [EntityID]

    /// With `mine`, only the cohorts where one of those holders takes part.
    init(_ state: State, mine: Set<EntityID>? = nil) {
        groups = Rows.dashboard(state)
        if let mine {
            groups = groups.map { group in
                (group.programme, group.cohorts.filter { cohort in
                    state.participations(cohort: cohort).contains { mine.contains($0.holder) }
                })
            }.filter { !$0.cohorts.isEmpty }
        }
        cohorts = groups.flatMap(\.cohorts)
    }
}

/// The planned sessions of the seven days from `today`.
struct WeekRows: Sendable {
    var today: Day
    var sessions: [Session]
}

/// A funder report laid out for the screen, for one scope, day, language and width.
struct ReportLines: Sendable {
    struct Key: Hashable, Sendable {
        var scope: ReportScope
        var today: Day
        var language: Language
        var width: Int
    }

    var key: Key
    var lines: [(String, Style)]
}

/// A cohort's journal in words, filtered, newest first.
struct JournalRows: Sendable {
    struct Key: Hashable, Sendable {
        var cohort: EntityID
        /// The lines' event count: other lines, other words.
        var eventCount: Int
        var filter: String
        var language: Language
    }

    var key: Key
    var entries: [Journal.Entry]
}

/// Makes the derived rows the screen shown needs, and asks for the journal lines it
/// lacks; run by `update` after every message.
enum Derive {
    static func prepare(_ m: inout Model) -> [Effect] {
        // A referent removed or erased meanwhile: back to every holder.
        if let referent = m.referent, m.state.people[referent] == nil || m.state.erasures.covers(holder: referent) {
            m.referent = nil
        }
        if let referent = m.referent, m.derived.mine == nil { m.derived.mine = MyHolders.holders(of: referent, in: m.state) }
        var effects: [Effect] = []
        switch m.screen {
        case .dashboard:
            if m.derived.dashboard == nil { m.derived.dashboard = DashboardRows(m.state, mine: m.myHolders) }
            if m.derived.week?.today != m.today {
                m.derived.week = WeekRows(today: m.today, sessions: Rows.thisWeek(m.state, today: m.today, mine: m.myHolders))
            }
            effects += prepareFollowUps(&m)
        case .followUps(var fs):
            let again = m.followUps?.today != m.today
            effects += prepareFollowUps(&m)
            if again {
                FollowUpsReducer.follow(&fs, m)
                m.screen = .followUps(fs)
            }
        case .ideas(var s):
            IdeasReducer.follow(&s, m)
            m.screen = .ideas(s)
        case .calendar(let cal):
            let key = CalendarRows.Key(span: cal.span, start: cal.start, language: m.language, today: m.today, referent: m.referent)
            if m.derived.calendar?.key != key { m.derived.calendar = CalendarRows(m.state, key, mine: m.myHolders) }
        case .report(let rs):
            let key = reportKey(m, rs.scope)
            if m.derived.report?.key != key {
                m.derived.report = ReportLines(key: key, lines: ReportView.lines(m.state, key))
            }
        case .cohort(let cs) where cs.view == .journal:
            effects = requestJournal(&m, cohort: cs.cohort)
            if let lines = m.journal, lines.cohort == cs.cohort {
                let key = journalKey(m, lines)
                if m.derived.journal?.key != key {
                    m.derived.journal = JournalRows(key: key, entries: Rows.journal(m.state, lines.events, filter: m.filter,
                                                                                    m.language))
                }
            }
            return effects
        default:
            break
        }
        return effects
    }

    /// The first rows are made now; after that, rows of another state or day are asked of
    /// the worker (the schedule of every project is too long for a keystroke at a
    /// network's scale) and the previous ones show until they come back.
    static func prepareFollowUps(_ m: inout Model) -> [Effect] {
        guard let rows = m.followUps, rows.today == m.today else {
            m.followUps = FollowUpRows(m.state, today: m.today)
            return []
        }
        guard rows.eventCount != m.state.eventCount else { return [] }
        let wanted = FollowUpsRequest(eventCount: m.state.eventCount, today: m.today)
        guard m.followUpsRequest != wanted else { return [] }
        m.followUpsRequest = wanted
        return [.makeFollowUps(today: m.today)]
    }

    /// Asks for a cohort's journal lines unless those held are as recent as the state,
    /// or the same read was already asked for.
    static func requestJournal(_ m: inout Model, cohort: EntityID) -> [Effect] {
        if let lines = m.journal, lines.cohort == cohort, lines.eventCount >= m.state.eventCount { return [] }
        let wanted = JournalRequest(cohort: cohort, eventCount: m.state.eventCount)
        guard m.journalRequest != wanted else { return [] }
        m.journalRequest = wanted
        return [.loadJournal(cohort: cohort)]
    }

    static func reportKey(_ m: Model, _ scope: ReportScope) -> ReportLines.Key {
        ReportLines.Key(scope: scope, today: m.today, language: m.language, width: m.size.width)
    }

    static func journalKey(_ m: Model, _ lines: JournalLines) -> JournalRows.Key {
        JournalRows.Key(cohort: lines.cohort, eventCount: lines.eventCount, filter: m.filter, language: m.language)
    }
}

extension Model {
    /// The dashboard's rows: made by `Derive`, or made now (a model no update has seen).
    var dashboardRows: DashboardRows { derived.dashboard ?? DashboardRows(state, mine: myHolders) }

    var weekSessions: [Session] {
        if let week = derived.week, week.today == today { return week.sessions }
        return Rows.thisWeek(state, today: today, mine: myHolders)
    }

    /// The holders the chosen referent follows, nil when every holder is shown.
    var myHolders: Set<EntityID>? {
        guard let referent else { return nil }
        return derived.mine ?? MyHolders.holders(of: referent, in: state)
    }

    /// The report's lines for the screen's width.
    func reportLines(_ scope: ReportScope) -> [(String, Style)] {
        let key = Derive.reportKey(self, scope)
        if let report = derived.report, report.key == key { return report.lines }
        return ReportView.lines(state, key)
    }

    /// The cohort's journal in words, or nil while its lines are being read.
    func journalEntries(cohort: EntityID) -> [Journal.Entry]? {
        guard let lines = journal, lines.cohort == cohort else { return nil }
        if let rows = derived.journal, rows.key == Derive.journalKey(self, lines) { return rows.entries }
        return Rows.journal(state, lines.events, filter: filter, language)
    }
}
