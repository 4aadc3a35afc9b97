import ParcoursDomain
import ParcoursKit
import TerminalKit

/// What a key of the holder's file (or a `:` verb) does to one of their projects: a
/// holder with several projects picks one first.
enum PathAction: Hashable, Sendable {
    case followUp, milestone, need, legalForm
}

/// The follow-ups view's tabs: the calls to make (most overdue first), what is known
/// (recorded, or known without a call), and what comes next.
enum FollowUpTab: Int, CaseIterable, Sendable {
    case due, known, upcoming

    var title: UIText {
        switch self {
        case .due: .followUpsTabDue
        case .known: .followUpsTabKnown
        case .upcoming: .followUpsTabUpcoming
        }
    }
}

/// The follow-ups after the programme (domain.md F21): a tab, a cohort (nil for every
/// cohort), and the cursor of each tab.
struct FollowUpsScreen: Hashable, Sendable {
    var tab: FollowUpTab = .due
    var cohort: EntityID?
    var selections: [SelectionState] = FollowUpTab.allCases.map { _ in SelectionState() }
    /// The project of the selected row: when a follow-up is recorded (or another terminal
    /// writes), the cursor stays on that project's rows rather than on the same line number.
    var anchor: EntityID?

    var selection: SelectionState {
        get { selections[tab.rawValue] }
        set { selections[tab.rawValue] = newValue }
    }
}

/// The follow-up rows asked of the worker: for this state (its event count) and day.
struct FollowUpsRequest: Hashable, Sendable {
    var eventCount: Int
    var today: Day
}

/// Every follow-up the programmes plan, as of a day (`State.followUpSchedule`, the
/// computation `parcours list followups` and the report share), and the open needs by
/// kind: made once per state and day, for the dashboard and the follow-ups view.
struct FollowUpRows: Sendable {
    var today: Day
    /// The state's event count they were made from: rows of an older state are shown
    /// until the worker has made them again (`Effect.makeFollowUps`).
    var eventCount: Int
    var items: [FollowUpItem]
    /// Open needs per kind, only the kinds with some (`Listing.openNeedsByKind`).
    var openNeeds: [(kind: NeedKind, count: Int)]
    /// The dashboard's "Suivis à faire": `dueByProject`, made with the rows rather than at
    /// every frame (a network's schedule holds a hundred thousand waves).
    private(set) var dueGroups: [[FollowUpItem]] = []

    init(_ state: State, today: Day) {
        self.today = today
        eventCount = state.eventCount
        items = state.followUpSchedule(today: today)
        openNeeds = Listing.openNeedsByKind(state).compactMap { row in
            guard row.open > 0, let kind = NeedKind(rawValue: row.kind) else { return nil }
            return (kind, row.open)
        }
        dueGroups = dueByProject(state)
    }

    /// Due and not recorded — but those of projects that went with an erased person:
    /// nothing more can be recorded about them (as `list followups --due`) — the most
    /// overdue project first, each project's waves together (one call records them all).
    func due(_ state: State) -> [FollowUpItem] {
        FollowUpRows.byProject(items.filter { $0.standing == .due && !state.erasures.covers(project: $0.project) })
    }

    /// The same, one entry per project: its waves due, the first the most overdue.
    func dueByProject(_ state: State) -> [[FollowUpItem]] {
        var groups: [[FollowUpItem]] = []
        for item in due(state) {
            if groups.last?.first?.project == item.project { groups[groups.count - 1].append(item) } else { groups.append([item]) }
        }
        return groups
    }

    /// Ordered by the project's earliest due day, then the project, then the wave.
    static func byProject(_ items: [FollowUpItem]) -> [FollowUpItem] {
        var first: [EntityID: Day] = [:]
        for item in items where first[item.project].map({ item.dueDay < $0 }) ?? true { first[item.project] = item.dueDay }
        return items.sorted { (first[$0.project]!, $0.project, $0.wave) < (first[$1.project]!, $1.project, $1.wave) }
    }

    /// A tab's items for a cohort (every cohort when nil), in the tab's order: the most
    /// overdue project first (its waves together); the latest known first; the soonest first.
    func rows(_ tab: FollowUpTab, cohort: EntityID?, _ state: State) -> [FollowUpItem] {
        let mine = cohort.map { c in items.filter { $0.cohort == c } } ?? items
        switch tab {
        case .due:
            return FollowUpRows.byProject(mine.filter { $0.standing == .due && !state.erasures.covers(project: $0.project) })
        case .known:
            return mine.filter { $0.standing != .due && $0.standing != .upcoming }
                .sorted { (FollowUpRows.known($0), $0.project, $0.wave) > (FollowUpRows.known($1), $1.project, $1.wave) }
        case .upcoming:
            return mine.filter { $0.standing == .upcoming }
                .sorted { ($0.dueDay, $0.project, $0.wave) < ($1.dueDay, $1.project, $1.wave) }
        }
    }

    /// The day a known follow-up is sorted by: the day it was recorded, else when it was due.
    static func known(_ item: FollowUpItem) -> Day {
        if case .recorded(let record) = item.standing { return record.date }
        return item.dueDay
    }
}

extension Model {
    /// The follow-ups and open needs: those last made (perhaps of a slightly older state,
    /// while the worker makes them again), or made now (a model no update has seen).
    var followUpRows: FollowUpRows {
        if let rows = followUps, rows.today == today { return rows }
        return FollowUpRows(state, today: today)
    }

    /// The rows of the follow-ups view as shown: its tab, its cohort, the `/` filter.
    func followUpLines(_ fs: FollowUpsScreen, tab: FollowUpTab? = nil) -> [FollowUpItem] {
        var rows = followUpRows.rows(tab ?? fs.tab, cohort: fs.cohort, state)
        if let mine = myHolders { rows = rows.filter { $0.holders.contains(where: mine.contains) } }
        guard !filter.isEmpty else { return rows }
        return rows.filter { item in
            Rows.matches(filter, [state.projects[item.project]?.title ?? "", state.cohorts[item.cohort]?.name ?? "",
                                  state.programmes[item.programme]?.name ?? ""]
                         + item.holders.compactMap { state.holders[$0]?.name })
        }
    }
}
