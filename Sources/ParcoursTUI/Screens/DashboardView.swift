import ParcoursDomain
import TerminalKit

/// Programmes and their cohorts with figures and alerts, then the week's sessions.
enum DashboardView {
    /// Lines per cohort: figures, stage bar, alerts.
    static let block = 3

    /// Draws the dashboard; returns the row position for the status line.
    static func draw(_ m: Model, selection: Int, into c: inout Canvas) -> String {
        let l = m.language
        let area = c.bounds
        let week = Rows.thisWeek(m.state, today: m.today)
        let weekHeight = min(max(3, week.count + 2), max(3, area.height / 3))
        let top = Rect(row: 0, col: 0, width: area.width, height: area.height - weekHeight)
        let inner = Panel.draw(into: &c, in: top, title: UIText.programmesAndCohorts.text(l))
        let cohorts = Rows.dashboardCohorts(m.state)

        // Every line of the list, with the cohort it belongs to; scrolled to the selection.
        var lines: [(cohort: Int?, draw: (inout Canvas, Int) -> Void)] = []
        let programmes = m.state.programmes.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        var index = 0
        for programme in programmes {
            let own = m.state.cohorts(programme: programme.id)
            lines.append((nil, { c, row in
                let end = c.put(programme.name, row: row, col: inner.col + 1, style: Palette.title, maxWidth: inner.width - 2)
                if own.isEmpty {
                    c.put("  " + UIText.noCohort.text(l), row: row, col: end, style: Palette.dim,
                          maxWidth: inner.right - end - 1, overflow: .ellipsis)
                }
            }))
            for cohort in own {
                let i = index
                let selected = i == selection
                lines.append((i, { c, row in figures(m, cohort, selected: selected, row: row, inner: inner, into: &c) }))
                lines.append((i, { c, row in stageBar(m, cohort, row: row, inner: inner, into: &c) }))
                lines.append((i, { c, row in alerts(m, cohort, row: row, inner: inner, into: &c) }))
                index += 1
            }
        }
        if programmes.isEmpty {
            c.put(UIText.noProgramme.text(l), row: inner.row, col: inner.col + 1, style: Palette.dim, maxWidth: inner.width - 2)
        }
        let visible = inner.height
        let selectedLast = lines.lastIndex { $0.cohort == selection } ?? 0
        let firstOfProgramme = (lines.firstIndex { $0.cohort == selection } ?? 0) - 1
        var offset = max(0, selectedLast - visible + 1)
        if firstOfProgramme >= 0, firstOfProgramme < offset + 1, lines[firstOfProgramme].cohort == nil { offset = min(offset, firstOfProgramme) }
        for (r, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
            line.draw(&c, inner.row + r)
        }

        // This week.
        let bottom = Rect(row: top.bottom, col: 0, width: area.width, height: weekHeight)
        let weekInner = Panel.draw(into: &c, in: bottom, title: UIText.thisWeek.text(l))
        if week.isEmpty {
            c.put(UIText.nothingThisWeek.text(l), row: weekInner.row, col: weekInner.col + 1, style: Palette.dim,
                  maxWidth: weekInner.width - 2)
        }
        for (r, session) in week.prefix(weekInner.height).enumerated() {
            let cohort = m.state.cohorts[session.cohort]?.name ?? ""
            let when = "\(Catalog.day(session.date, l)) \(session.time?.description ?? "     ")"
            let text = "\(when)  \(Catalog.label(session.kind, l)) \(Texts.quoted(session.title, l)) · \(cohort)"
            c.put(text,
                  row: weekInner.row + r, col: weekInner.col + 1, maxWidth: weekInner.width - 2, overflow: .ellipsis)
        }
        return UIText.rowPosition(min(selection, max(0, cohorts.count - 1)), cohorts.count, l)
    }

    static func figures(_ m: Model, _ cohort: Cohort, selected: Bool, row: Int, inner: Rect, into c: inout Canvas) {
        let l = m.language
        let sessions = m.state.sessions(cohort: cohort.id).filter { $0.status != .cancelled }
        let held = sessions.filter { $0.status == .held }.count
        let holders = m.state.holdersTakingPart(cohort: cohort.id).count
        let rate = m.state.attendance(cohort: cohort.id).rate
        let format: (Day) -> String = inner.width < 110 ? { Texts.shortDay($0, l) } : { Texts.numericDay($0, l) }
        let dates = format(cohort.start) + " → " + (cohort.end.map(format) ?? "…")
        let right = "\(dates)  \(UIText.holdersCount(holders, l))  \(UIText.sessionsCount(held: held, total: sessions.count, l))  \(UIText.colAttendance.text(l)) \(UIText.percent(rate))"
        let style = selected ? Palette.selected : Style.plain
        if selected { c.fill(Rect(row: row, col: inner.col, width: inner.width, height: 1), style: style) }
        let rightWidth = DisplayWidth.of(right)
        let nameRoom = max(8, inner.width - rightWidth - 4)
        c.put((selected ? "▸ " : "  ") + cohort.name, row: row, col: inner.col, style: style.with(bold: true),
              maxWidth: nameRoom + 2, overflow: .ellipsis)
        c.put(right, row: row, col: max(inner.col + nameRoom + 3, inner.right - rightWidth - 1), style: style,
              maxWidth: inner.right - 1 - (inner.col + nameRoom + 3), overflow: .ellipsis)
    }

    static func stageBar(_ m: Model, _ cohort: Cohort, row: Int, inner: Rect, into c: inout Canvas) {
        let columns = Rows.pipeline(m.state, cohort: cohort.id, fold: false)
        let segments = columns.filter { !$0.cards.isEmpty }.map {
            SegmentedBar.Segment(Catalog.label($0.stage, m.language), value: $0.cards.count, style: Palette.stage($0.stage))
        }
        if segments.isEmpty {
            c.put("    " + UIText.noCard.text(m.language), row: row, col: inner.col, style: Palette.dim, maxWidth: inner.width)
            return
        }
        SegmentedBar(segments: segments).draw(into: &c, row: row, col: inner.col + 4, width: inner.width - 6)
    }

    static func alerts(_ m: Model, _ cohort: Cohort, row: Int, inner: Rect, into c: inout Canvas) {
        let l = m.language
        let scope: Set<EntityID> = [cohort.id]
        let stalled = m.state.stalledProjects(asOf: m.today, cohorts: scope).count
        let unmarked = m.state.pastPlannedSessions(today: m.today, cohorts: scope).count
        let absentees = m.state.holdersTakingPart(cohort: cohort.id)
            .filter { m.state.consecutiveAbsences(holder: $0.id, cohort: cohort.id) >= 2 }
        var parts: [String] = []
        if stalled > 0 { parts.append("\(stalled) \(UIText.alertStalled.text(l))") }
        if unmarked > 0 { parts.append("\(unmarked) \(UIText.alertUnmarked.text(l))") }
        if !absentees.isEmpty {
            parts.append("\(absentees.map(\.name).joined(separator: ", ")) \(UIText.alertAbsences.text(l))")
        }
        guard !parts.isEmpty else { return }
        c.put("    ⚠ " + parts.joined(separator: " · "), row: row, col: inner.col, style: Palette.alert,
              maxWidth: inner.width - 1, overflow: .ellipsis)
    }
}

extension Style {
    func with(bold: Bool) -> Style {
        var s = self
        s.bold = bold
        return s
    }
}
