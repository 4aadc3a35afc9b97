import ParcoursDomain
import TerminalKit

/// `update(model, msg) -> effects`: the only place the model changes. Pure: anything
/// that touches the workspace is returned as an `Effect`.
enum Update {
    static func update(_ m: inout Model, _ msg: Msg) -> [Effect] {
        switch msg {
        case .resize(let size):
            m.size = size
            return []
        case .tick:
            return [.refresh]
        case .refreshed(let state, let count, let syncStatus):
            m.state = state
            m.syncStatus = syncStatus
            if count > 0 { m.say(UIText.refreshed(count, m.language)) }
            return []
        case .performed(let text, let state):
            m.state = state
            m.say(text)
            if case .form = m.overlay { m.overlay = nil }
            if case .welcome = m.screen, !state.programmes.isEmpty { m.stack = [.dashboard(selection: 0)] }
            return []
        case .failed(let text, let state):
            m.state = state
            if case .form(var form) = m.overlay {
                form.error = text
                m.overlay = .form(form)
            } else {
                m.say(text, error: true)
            }
            return []
        case .synced(let text, let failed, let state, let status):
            m.state = state
            m.syncStatus = status
            m.say(text, error: failed)
            return []
        case .key(let key):
            return handle(key, &m)
        }
    }

    // MARK: Keys

    static func handle(_ key: Key, _ m: inout Model) -> [Effect] {
        if key == .resize { return [] }
        // Ctrl-C quits from anywhere, forms included, as in every terminal program:
        // everything written so far is already on disk.
        if key == .ctrl("c") { return [.quit] }
        switch m.overlay {
        case .help(let scroll):
            switch key {
            case .escape, .character("?"), .character("q"), .enter: m.overlay = nil
            case .down, .character("j"): m.overlay = .help(scroll: scroll + 1)
            case .up, .character("k"): m.overlay = .help(scroll: max(0, scroll - 1))
            default: break
            }
            return []
        case .prompt(let kind, var field):
            return prompt(kind, &field, key, &m)
        case .form(var form):
            switch form.handle(key) {
            case .cancel:
                m.overlay = nil
                return []
            case .editing:
                m.overlay = .form(form)
                return []
            case .submit:
                form.error = nil
                let valid = form.validate(m.language)
                m.overlay = .form(form)
                return valid ? [.perform(Forms.commands(form))] : []
            }
        case nil:
            guard let action = Keymap.action(for: key, on: m.screen) else { return [] }
            return perform(action, &m)
        }
    }

    static func prompt(_ kind: PromptKind, _ field: inout TextFieldState, _ key: Key, _ m: inout Model) -> [Effect] {
        switch key {
        case .escape:
            m.overlay = nil
            if kind == .filter, !m.filter.isEmpty {
                m.filter = ""
                m.say(UIText.filterCleared.text(m.language))
            }
            return []
        case .enter:
            m.overlay = nil
            if kind == .filter { return [] }
            switch CommandLineParser.parse(field.text, author: m.author, state: m.state, m.language) {
            case .commands(let commands) where m.readOnly && !commands.isEmpty:
                m.say(UIText.readOnlyRefused.text(m.language), error: true)
                return []
            case .commands(let commands): return commands.isEmpty ? [] : [.perform(commands)]
            case .quit: return [.quit]
            case .sync:
                if m.readOnly { m.say(UIText.readOnlyRefused.text(m.language), error: true); return [] }
                return [.sync]
            case .help: m.overlay = .help(scroll: 0); return []
            case .error(let text): m.say(text, error: true); return []
            }
        default:
            field.handle(key)
            m.overlay = .prompt(kind, field)
            // The filter applies as it is typed.
            if kind == .filter { m.filter = field.text; resetSelection(&m) }
            return []
        }
    }

    static func resetSelection(_ m: inout Model) {
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
        default: break
        }
    }

    // MARK: Actions

    static func perform(_ action: Action, _ m: inout Model) -> [Effect] {
        let l = m.language
        // Read-only: refuse before any form opens, in plain words (the welcome menu's
        // first two items write too).
        var writes = action.writes
        if case .welcome(let menu) = m.screen, action == .open, menu < 2 { writes = true }
        if m.readOnly && writes {
            m.say(UIText.readOnlyRefused.text(l), error: true)
            return []
        }
        switch action {
        case .help: m.overlay = .help(scroll: 0); return []
        case .commandLine: m.overlay = .prompt(.command, TextFieldState()); return []
        case .filter: m.overlay = .prompt(.filter, TextFieldState(text: m.filter)); return []
        case .undo: return [.perform([.undo(author: m.author)])]
        case .redo: return [.perform([.redo(author: m.author)])]
        case .quit: return [.quit]
        case .back:
            if m.stack.count > 1 {
                m.stack.removeLast()
                m.filter = ""
                return []
            }
            return [.quit]
        default: break
        }
        switch m.screen {
        case .welcome(let menu):
            switch action {
            case .up: m.screen = .welcome(menu: (menu + 2) % 3)
            case .down: m.screen = .welcome(menu: (menu + 1) % 3)
            case .loadDemo: return [.loadDemo]
            case .startEmpty: m.overlay = .form(Forms.newProgramme(l))
            case .open:
                switch menu {
                case 0: return [.loadDemo]
                case 1: m.overlay = .form(Forms.newProgramme(l))
                default: return [.quit]
                }
            default: break
            }
            return []
        case .dashboard(let selection):
            let ids = m.derived.dashboardCohorts(m.state)
            let selected = ids.indices.contains(selection) ? m.state.cohorts[ids[selection]] : nil
            var s = SelectionState(selection: selection)
            switch action {
            case .open:
                guard let selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
                m.push(.cohort(openCohort(selected.id, m)))
                return []
            case .newProgramme: m.overlay = .form(Forms.newProgramme(l))
            case .cohortReport, .programmeReport:
                guard let cohort = selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
                m.push(.report(ReportScreen(scope: action == .cohortReport ? .cohort(cohort.id) : .programme(cohort.programme))))
                return []
            case .newCohort:
                guard !m.state.programmes.isEmpty else { m.say(UIText.noProgramme.text(l), error: true); return [] }
                m.overlay = .form(Forms.newCohort(m.state, programme: selected?.programme, today: m.today, l))
            case .nextMatch, .previousMatch:
                let texts = ids.map { id in
                    m.state.cohorts[id].map { [$0.name, m.state.programmes[$0.programme]?.name ?? ""] } ?? []
                }
                s.selection = nextMatch(texts, from: selection, forward: action == .nextMatch, filter: m.filter)
            default:
                move(&s, action, count: ids.count, rows: max(1, (m.size.height - 10) / 3))
            }
            m.screen = .dashboard(selection: s.selection)
            return []
        case .cohort(var cs):
            let effects = cohortAction(action, &cs, &m)
            // Unless the action opened another screen, keep the cursor moves.
            if case .cohort(let current) = m.screen, current.cohort == cs.cohort {
                m.screen = .cohort(cs)
            }
            return effects
        case .report(var rs):
            switch action {
            case .up: rs.scroll = max(0, rs.scroll - 1)
            case .down: rs.scroll += 1
            case .pageUp: rs.scroll = max(0, rs.scroll - m.listRows)
            case .pageDown: rs.scroll += m.listRows
            case .top: rs.scroll = 0
            case .bottom: rs.scroll = Int.max / 2
            case .exportReport: return [.exportReport(rs.scope)]
            default: break
            }
            // Keep the scroll within the text so going back up answers at once.
            rs.scroll = min(rs.scroll, max(0, ReportView.lines(m, rs.scope, width: m.size.width).count - (m.size.height - 3)))
            m.screen = .report(rs)
            return []
        case .holder(var hs):
            let projects = m.state.projects(holder: hs.holder)
            switch action {
            case .up: hs.scroll = max(0, hs.scroll - 1)
            case .down: hs.scroll += 1
            case .top: hs.scroll = 0
            case .bottom: hs.scroll = Int.max / 2
            case .addNote: m.overlay = .form(Forms.note(target: hs.holder))
            case .stageNext, .stagePrevious:
                guard let project = projects.first else { m.say(UIText.nothingToMove.text(l), error: true); break }
                stageForm(project, forward: action == .stageNext, &m)
            case .changeStatus:
                guard let project = projects.first else { m.say(UIText.nothingToMove.text(l), error: true); break }
                m.overlay = .form(Forms.status(project: project, l))
            default: break
            }
            m.screen = .holder(hs)
            return []
        }
    }

    /// A cohort opens on its participants, the roll call's cursor on the latest session due.
    static func openCohort(_ id: EntityID, _ m: Model) -> CohortScreen {
        var cs = CohortScreen(cohort: id)
        let sessions = Rows.rollSessions(m.state, cohort: id)
        cs.rollColumn = max(0, (sessions.lastIndex { $0.date <= m.today }) ?? 0)
        return cs
    }

    static func stageForm(_ project: Project, forward: Bool, _ m: inout Model) {
        guard let target = forward ? project.stage.next : project.stage.previous else {
            m.say(UIText.nothingToMove.text(m.language), error: true)
            return
        }
        m.overlay = .form(Forms.stage(project: project.id, to: target, m.language))
    }

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

    // MARK: Cohort views

    static func cohortAction(_ action: Action, _ cs: inout CohortScreen, _ m: inout Model) -> [Effect] {
        let l = m.language
        switch action {
        case .cohortReport:
            m.screen = .cohort(cs)
            m.push(.report(ReportScreen(scope: .cohort(cs.cohort))))
            return []
        case .nextView:
            cs.view = CohortView(rawValue: (cs.view.rawValue + 1) % CohortView.allCases.count)!
            m.filter = ""
            return []
        case .previousView:
            cs.view = CohortView(rawValue: (cs.view.rawValue + CohortView.allCases.count - 1) % CohortView.allCases.count)!
            m.filter = ""
            return []
        default: break
        }
        switch cs.view {
        case .participants:
            let rows = Rows.participants(m.state, cohort: cs.cohort, sort: cs.sort, filter: m.filter, l)
            switch action {
            case .open:
                guard rows.indices.contains(cs.participants.selection) else { return [] }
                m.screen = .cohort(cs)
                m.push(.holder(HolderScreen(holder: rows[cs.participants.selection].holder.id)))
            case .newHolder: m.overlay = .form(Forms.newHolder(cohort: cs.cohort, l))
            case .changeParticipation:
                guard rows.indices.contains(cs.participants.selection) else { m.say(UIText.noSelection.text(l), error: true); return [] }
                let row = rows[cs.participants.selection]
                m.overlay = .form(Forms.participation(holder: row.holder.id, cohort: cs.cohort, current: row.participation.status, l))
            case .sort:
                cs.sort = ParticipantSort(rawValue: (cs.sort.rawValue + 1) % ParticipantSort.allCases.count)!
                m.say("\(UIText.sortedBy.text(l)) : \(cs.sort.label.text(l))")
            case .nextMatch: move(&cs.participants, .down, count: rows.count, rows: m.tableRows)
            case .previousMatch: move(&cs.participants, .up, count: rows.count, rows: m.tableRows)
            default: move(&cs.participants, action, count: rows.count, rows: m.tableRows)
            }
        case .sessions:
            let rows = Rows.sessions(m.state, cohort: cs.cohort, filter: m.filter, l)
            let selected = rows.indices.contains(cs.sessions.selection) ? rows[cs.sessions.selection] : nil
            switch action {
            case .addSession: m.overlay = .form(Forms.newSession(cohort: cs.cohort, today: m.today, state: m.state, l))
            case .editSession:
                guard let selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
                m.overlay = .form(Forms.editSession(selected, l))
            case .cancelSession:
                guard let selected else { m.say(UIText.noSelection.text(l), error: true); return [] }
                return [.perform([.cancelSession(session: selected.id)])]
            case .createMissing: return [.perform([.createMissingTemplateSessions(cohort: cs.cohort)])]
            case .nextMatch: move(&cs.sessions, .down, count: rows.count, rows: m.tableRows)
            case .previousMatch: move(&cs.sessions, .up, count: rows.count, rows: m.tableRows)
            default: move(&cs.sessions, action, count: rows.count, rows: m.tableRows)
            }
        case .rollCall:
            return rollCall(action, &cs, &m)
        case .pipeline:
            return pipeline(action, &cs, &m)
        case .journal:
            let count = m.derived.journal(m.state, m.journal, cohort: cs.cohort, filter: m.filter, l).count
            switch action {
            case .nextMatch: move(&cs.journal, .down, count: count, rows: m.listRows)
            case .previousMatch: move(&cs.journal, .up, count: count, rows: m.listRows)
            default: move(&cs.journal, action, count: count, rows: m.listRows)
            }
        }
        return []
    }

    static func rollCall(_ action: Action, _ cs: inout CohortScreen, _ m: inout Model) -> [Effect] {
        let holders = Rows.rollHolders(m.state, cohort: cs.cohort)
        let sessions = Rows.rollSessions(m.state, cohort: cs.cohort)
        cs.rollColumn = max(0, min(cs.rollColumn, sessions.count - 1))
        let session = sessions.indices.contains(cs.rollColumn) ? sessions[cs.rollColumn] : nil
        let holder = holders.indices.contains(cs.rollRow.selection) ? holders[cs.rollRow.selection] : nil
        let current = session.flatMap { s in holder.flatMap { m.state.mark(session: s.id, holder: $0.id) } }
        func mark(_ value: Mark, remote: Bool? = nil) -> [Effect] {
            guard let session, let holder else { m.say(UIText.noSelection.text(m.language), error: true); return [] }
            guard m.state.isExpected(holder: holder.id, at: session) else {
                m.say(UIText.notTheirMeeting(Rows.holderName(session, m.state) ?? "", m.language), error: true)
                return []
            }
            // What the key does not say (remote, remark) the domain keeps.
            return [.perform([.attend(session: session.id, holder: holder.id, mark: value, remote: remote)])]
        }
        switch action {
        case .left: cs.rollColumn = max(0, cs.rollColumn - 1)
        case .right: cs.rollColumn = max(0, min(sessions.count - 1, cs.rollColumn + 1))
        case .allPresent:
            guard let session else { m.say(UIText.noSelection.text(m.language), error: true); return [] }
            return [.perform([.markAllPresent(session: session.id)])]
        case .present: return mark(.present)
        case .absent: return mark(.absent)
        case .excused: return mark(.excuse)
        case .cycleMark:
            switch current?.mark {
            case nil: return mark(.present)
            case .present: return mark(.absent)
            case .absent: return mark(.excuse)
            case .excuse: return mark(.present)
            }
        case .toggleRemote: return mark(current?.mark ?? .present, remote: !(current?.remote ?? false))
        case .remark:
            guard let session, let holder else { m.say(UIText.noSelection.text(m.language), error: true); return [] }
            let value = current ?? MarkValue(mark: .present, author: m.author, time: .distantPast)
            m.overlay = .form(Forms.remark(session: session.id, holder: holder.id, value: value))
        case .clearMark:
            guard let session, let holder, current != nil else { return [] }
            return [.perform([.clearMark(session: session.id, holder: holder.id)])]
        case .open:
            guard let holder else { return [] }
            m.screen = .cohort(cs)
            m.push(.holder(HolderScreen(holder: holder.id)))
        case .nextMatch, .previousMatch:
            cs.rollRow.selection = nextMatch(holders.map { [$0.name] }, from: cs.rollRow.selection,
                                             forward: action == .nextMatch, filter: m.filter)
        default: move(&cs.rollRow, action, count: holders.count, rows: m.listRows - 4)
        }
        return []
    }

    static func pipeline(_ action: Action, _ cs: inout CohortScreen, _ m: inout Model) -> [Effect] {
        let columns = Rows.pipeline(m.state, cohort: cs.cohort, fold: cs.foldStages).filter { !$0.folded }
        cs.pipelineColumn = max(0, min(cs.pipelineColumn, columns.count - 1))
        let cards = columns.isEmpty ? [] : columns[cs.pipelineColumn].cards
        cs.pipelineCard = max(0, min(cs.pipelineCard, cards.count - 1))
        let card = cards.indices.contains(cs.pipelineCard) ? cards[cs.pipelineCard] : nil
        switch action {
        case .left, .right:
            let stage = columns.isEmpty ? nil : columns[cs.pipelineColumn].stage
            cs.pipelineColumn = max(0, min(columns.count - 1, cs.pipelineColumn + (action == .left ? -1 : 1)))
            if columns.isEmpty || columns[cs.pipelineColumn].stage != stage { cs.pipelineCard = 0 }
        case .up: cs.pipelineCard = max(0, cs.pipelineCard - 1)
        case .down: cs.pipelineCard = max(0, min(cards.count - 1, cs.pipelineCard + 1))
        case .fold:
            let stage = columns.isEmpty ? nil : columns[cs.pipelineColumn].stage
            cs.foldStages.toggle()
            let now = Rows.pipeline(m.state, cohort: cs.cohort, fold: cs.foldStages).filter { !$0.folded }
            cs.pipelineColumn = now.firstIndex { $0.stage == stage } ?? 0
            m.say(cs.foldStages ? UIText.foldedStages.text(m.language) : UIText.allStages.text(m.language))
        case .stageNext, .stagePrevious:
            guard let card else { m.say(UIText.nothingToMove.text(m.language), error: true); return [] }
            stageForm(card.project, forward: action == .stageNext, &m)
        case .changeStatus:
            guard let card else { m.say(UIText.nothingToMove.text(m.language), error: true); return [] }
            m.overlay = .form(Forms.status(project: card.project, m.language))
        case .open:
            guard let card else { return [] }
            m.screen = .cohort(cs)
            m.push(.holder(HolderScreen(holder: card.holder.id)))
        case .nextMatch, .previousMatch:
            let all = columns.enumerated().flatMap { c, column in column.cards.enumerated().map { (c, $0.offset, $0.element) } }
            let current = all.firstIndex { $0.0 == cs.pipelineColumn && $0.1 == cs.pipelineCard } ?? 0
            let i = nextMatch(all.map { [$0.2.holder.name, $0.2.project.title] }, from: current,
                              forward: action == .nextMatch, filter: m.filter)
            if all.indices.contains(i) { cs.pipelineColumn = all[i].0; cs.pipelineCard = all[i].1 }
        default: break
        }
        return []
    }
}
