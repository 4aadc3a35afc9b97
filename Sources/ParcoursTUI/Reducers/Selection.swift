import ParcoursDomain
import TerminalKit

/// Cursor moves shared by the lists, and forms several screens open the same way.
enum Selection {
    static func move(_ s: inout SelectionState, _ action: Action, count: Int, rows: Int) {
        switch action {
        case .up: s.move(by: -1, count: count, visibleRows: rows)
        case .down: s.move(by: 1, count: count, visibleRows: rows)
        case .top: s.move(by: -s.selection, count: count, visibleRows: rows)
        case .bottom: s.move(by: count, count: count, visibleRows: rows)
        case .pageUp: s.move(by: -rows, count: count, visibleRows: rows)
        case .pageDown: s.move(by: rows, count: count, visibleRows: rows)
        default: break
        }
    }

    /// The next (or previous) row whose texts match the filter, wrapping; `from` if none.
    static func nextMatch(_ rows: [[String]], from: Int, forward: Bool, filter: String) -> Int {
        guard !rows.isEmpty, !filter.isEmpty else { return from }
        for step in 1...rows.count {
            let i = ((from + (forward ? step : -step)) % rows.count + rows.count) % rows.count
            if Rows.matches(filter, rows[i]) { return i }
        }
        return from
    }

    /// Back to the first row of the list the filter applies to.
    static func reset(_ m: inout Model) {
        switch m.screen {
        case .dashboard: m.screen = .dashboard(selection: 0)
        case .cohort(var cs):
            switch cs.view {
            case .participants: cs.participants = SelectionState()
            case .sessions: cs.sessions = SelectionState()
            case .journal: cs.journal = SelectionState()
            case .rollCall, .pipeline: break
            }
            m.screen = .cohort(cs)
        case .events(var es):
            es.selection = SelectionState()
            m.screen = .events(es)
        case .followUps(var fs):
            fs.selection = SelectionState()
            m.screen = .followUps(fs)
        case .ideas(var s):
            s.selection = SelectionState()
            m.screen = .ideas(s)
        case .calendar(var cal):
            cal.selection = SelectionState()
            m.screen = .calendar(cal)
        default: break
        }
    }

    /// The holder the cursor is on: a holder's file, the participants' row, the roll
    /// call's row; nil elsewhere (what the `:` verbs act on when the screen has no key for them).
    static func holder(_ m: Model) -> EntityID? {
        switch m.screen {
        case .holder(let hs): return hs.holder
        case .cohort(let cs) where cs.view == .participants:
            let rows = Rows.participants(m.state, cohort: cs.cohort, sort: cs.sort, filter: m.filter, m.language, mine: m.myHolders)
            return rows.indices.contains(cs.participants.selection) ? rows[cs.participants.selection].holder.id : nil
        case .cohort(let cs) where cs.view == .rollCall:
            let holders = Rows.rollHolders(m.state, cohort: cs.cohort, mine: m.myHolders)
            return holders.indices.contains(cs.rollRow.selection) ? holders[cs.rollRow.selection].id : nil
        case .followUps(let fs):
            let rows = m.followUpLines(fs)
            guard rows.indices.contains(fs.selection.selection) else { return nil }
            return rows[fs.selection.selection].holders.first { m.state.holders[$0] != nil }
        default: return nil
        }
    }

    /// The session the cursor is on: the sessions view's row, the roll call's column; nil
    /// elsewhere (what `:feuille` and `:jury` act on when no session is named).
    static func session(_ m: Model) -> Session? {
        guard case .cohort(let cs) = m.screen else { return nil }
        switch cs.view {
        case .sessions:
            let rows = Rows.sessions(m.state, cohort: cs.cohort, filter: m.filter, m.language)
            return rows.indices.contains(cs.sessions.selection) ? rows[cs.sessions.selection] : nil
        case .rollCall:
            let sessions = Rows.rollSessions(m.state, cohort: cs.cohort)
            return sessions.isEmpty ? nil : sessions[max(0, min(cs.rollColumn, sessions.count - 1))]
        default:
            return nil
        }
    }

    /// The stage form towards the next (or previous) stage, or why there is none.
    static func stageForm(_ project: Project, forward: Bool, _ m: inout Model) {
        guard let target = forward ? project.stage.next : project.stage.previous else {
            m.say(UIText.nothingToMove.text(m.language), error: true)
            return
        }
        m.overlay = .form(Forms.stage(project: project.id, to: target, m.language))
    }
}
