import ParcoursDomain
import ParcoursKit
import TerminalKit

/// Programmes and their cohorts with figures and alerts, then the week's sessions, and the
/// follow-ups due with the open needs (`DashboardFollowUps`) when there are any.
enum DashboardView {
    /// Lines per cohort: figures, stage bar, alerts.
    static let block = 3

    /// Draws the dashboard; returns the row position for the status line.
    static func draw(_ m: Model, selection: Int, into c: inout Canvas) -> String {
        let l = m.language
        let area = c.bounds
        let week = weekLines(m)
        var weekHeight = min(max(3, week.count + 2), max(3, area.height / 3))
        // The follow-ups due and the open needs, when there are any: beside the week on a
        // wide screen, below it otherwise.
        // The programmes' panel keeps the lines it needs (a quarter of the height at least
        // for the follow-ups when it needs more), the rest goes to the follow-ups.
        let followUps = DashboardFollowUps.content(m)
        let sideBySide = !followUps.isEmpty && area.width >= 160
        let listed = m.dashboardRows.groups.count + 3 * m.dashboardRows.cohorts.count + 2
        var followUpsHeight = 0
        if sideBySide {
            let spare = max(area.height / 3, area.height - listed)
            weekHeight = min(max(3, week.count + 2, followUps.lines + 2), max(3, spare))
        } else if !followUps.isEmpty {
            let spare = max(area.height / 4, area.height - weekHeight - listed)
            followUpsHeight = min(followUps.lines + 2, max(4, spare))
        }
        let top = Rect(row: 0, col: 0, width: area.width, height: area.height - weekHeight - followUpsHeight)
        let inner = Panel.draw(into: &c, in: top, title: UIText.programmesAndCohorts.text(l))
        let rows = m.dashboardRows
        let groups = rows.groups
        let cohorts = rows.cohorts
        // Every line of the list, with the cohort it belongs to; scrolled to the selection.
        // Only the visible ones are drawn (a network has thousands of cohorts), so a line
        // is a small description, not a closure holding the model.
        enum Line {
            case programme(group: Int)
            case figures(cohort: Int), stageBar(cohort: Int), alerts(cohort: Int)
        }
        var lines: [Line] = []
        var owners: [Int?] = []
        lines.reserveCapacity(groups.count + 3 * cohorts.count)
        owners.reserveCapacity(groups.count + 3 * cohorts.count)
        var index = 0
        for (g, group) in groups.enumerated() {
            lines.append(.programme(group: g))
            owners.append(nil)
            for _ in group.cohorts {
                lines += [.figures(cohort: index), .stageBar(cohort: index), .alerts(cohort: index)]
                owners += [index, index, index]
                index += 1
            }
        }
        if groups.isEmpty {
            c.put(UIText.noProgramme.text(l), row: inner.row, col: inner.col + 1, style: Palette.dim, maxWidth: inner.width - 2)
        }
        let offset = scrollOffset(owners, selection: selection, visible: inner.height)
        for (r, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            let row = inner.row + r
            switch line {
            case .programme(let g):
                let (programme, own) = groups[g]
                let end = c.put(programme.name, row: row, col: inner.col + 1, style: Palette.title, maxWidth: inner.width - 2)
                // A programme that works on ideas (a Fabrique) says so; its open events, how many
                // are to count (`programmeNote`).
                let ideas = m.state.ideas(programme: programme.id)
                let ideasNote = ideas.isEmpty ? nil
                    : UIText.ideasOnProgramme(ideas.count, adopted: ideas.filter { $0.adoption != nil }.count, l)
                drawProgrammeNote(programmeNote(m, programme, noCohort: own.isEmpty, ideas: ideasNote), row: row, col: end,
                                  right: inner.right, into: &c)
            case .figures(let i):
                if let cohort = m.state.cohorts[cohorts[i]] {
                    figures(m, cohort, selected: i == selection, row: row, inner: inner, into: &c)
                }
            case .stageBar(let i):
                if let cohort = m.state.cohorts[cohorts[i]] { stageBar(m, cohort, row: row, inner: inner, into: &c) }
            case .alerts(let i):
                if let cohort = m.state.cohorts[cohorts[i]] { alerts(m, cohort, row: row, inner: inner, into: &c) }
            }
        }
        // Say that the list goes on, on the panel's frame, so nothing seems cut.
        if offset > 0 {
            c.put(" ▴ \(UIText.more(offset, m.language)) ", row: top.row, col: top.right - 16, style: Palette.dim)
        }
        let below = lines.count - offset - inner.height
        if below > 0 {
            c.put(" ▾ \(UIText.more(below, m.language)) ", row: top.bottom - 1, col: top.right - 16, style: Palette.dim)
        }

        // This week.
        let weekWidth = sideBySide ? area.width / 2 : area.width
        let bottom = Rect(row: top.bottom, col: 0, width: weekWidth, height: weekHeight)
        let weekInner = Panel.draw(into: &c, in: bottom, title: UIText.thisWeek.text(l))
        if week.isEmpty {
            c.put(UIText.nothingThisWeek.text(l), row: weekInner.row, col: weekInner.col + 1, style: Palette.dim,
                  maxWidth: weekInner.width - 2)
        }
        for (r, line) in week.prefix(weekInner.height).enumerated() {
            c.put(line, row: weekInner.row + r, col: weekInner.col + 1, maxWidth: weekInner.width - 2,
                  overflow: .ellipsis)
        }
        if week.count > weekInner.height {
            c.put(" ▾ \(UIText.more(week.count - weekInner.height, l)) ", row: bottom.bottom - 1, col: bottom.right - 16,
                  style: Palette.dim)
        }
        if !followUps.isEmpty {
            let rect = sideBySide ? Rect(row: top.bottom, col: weekWidth, width: area.width - weekWidth, height: weekHeight)
                : Rect(row: bottom.bottom, col: 0, width: area.width, height: followUpsHeight)
            DashboardFollowUps.draw(m, followUps, in: rect, into: &c)
        }
        return UIText.rowPosition(min(selection, max(0, cohorts.count - 1)), cohorts.count, l)
    }

    /// "jeu. 12/03 09:30  RDV individuel · Léa Fourel · Promotion 2026": when, what, who, which cohort.
    static func weekLine(_ m: Model, _ session: Session) -> String {
        let l = m.language
        let cohort = m.state.cohorts[session.cohort]?.name ?? ""
        let weekday = Catalog.day(session.date, l).split(separator: " ").first.map(String.init) ?? ""
        // ⚠ in the gap after the time: at the same time as another session in its venue or
        // with its facilitator (the calendar, `a`, says which); the columns stay aligned.
        let when = "\(weekday) \(Texts.shortDay(session.date, l)) \(session.time?.description ?? "     ")"
            + (m.state.overlaps(of: session).isEmpty ? " " : "⚠")
        let what: String
        if let holder = Rows.holderName(session, m.state) {
            what = "\(UIText.kindShort(session.kind, l)) · \(holder)"
        } else {
            // The cohort before the title, which may be long.
            return "\(when) \(UIText.kindShort(session.kind, l)) · \(cohort) · \(Texts.quoted(session.title, l))"
        }
        return "\(when) \(what) · \(cohort)"
    }

    /// The first line shown so the selected cohort's three lines are visible, with its
    /// programme's title line when it fits.
    static func scrollOffset(_ owners: [Int?], selection: Int, visible: Int) -> Int {
        guard let first = owners.firstIndex(where: { $0 == selection }),
              let last = owners.lastIndex(where: { $0 == selection }) else { return 0 }
        // Lead with the programme's title when the cohort is its first one.
        let top = first > 0 && owners[first - 1] == nil ? first - 1 : first
        let maximum = max(0, owners.count - visible)
        var offset = min(maximum, max(0, last - visible + 1))
        if top < offset { offset = top }
        return offset
    }

    static func figures(_ m: Model, _ cohort: Cohort, selected: Bool, row: Int, inner: Rect, into c: inout Canvas) {
        let l = m.language
        // The figures `parcours list cohorts` shows, from the same query.
        let figures = Listing.cohortRow(m.state, cohort)
        let held = figures.sessionsHeld, total = figures.sessionsHeld + figures.sessionsPlanned
        let dates = inner.width < 110 ? shortDates(cohort, today: m.today, l)
            : Texts.numericDay(cohort.start, l) + " → " + (cohort.end.map { Texts.numericDay($0, l) } ?? "…")
        // "My holders": how many of the cohort's are theirs ("1/3 porteurs").
        let holders = m.myHolders.map { mine in
            UIText.myHoldersCount(m.state.participations(cohort: cohort.id).filter { mine.contains($0.holder) }.count,
                                  of: figures.holders, l)
        } ?? UIText.holdersCount(figures.holders, l)
        let right = "\(dates)  \(holders)  \(UIText.sessionsCount(held: held, total: total, l))  \(UIText.colAttendance.text(l)) \(UIText.percent(figures.attendanceRate))"
        let style = selected ? Palette.selected : Style.plain
        if selected { c.fill(Rect(row: row, col: inner.col, width: inner.width, height: 1), style: style) }
        let rightWidth = DisplayWidth.of(right)
        let nameRoom = max(8, inner.width - rightWidth - 4)
        c.put((selected ? "▸ " : "  ") + cohort.name, row: row, col: inner.col, style: style.with(bold: true),
              maxWidth: nameRoom + 2, overflow: .ellipsis)
        c.put(right, row: row, col: max(inner.col + nameRoom + 3, inner.right - rightWidth - 1), style: style,
              maxWidth: inner.right - 1 - (inner.col + nameRoom + 3), overflow: .ellipsis)
    }

    /// "27/10 → 08/12" this year; "06/10 → 03/12/2020" (the year once) in another year;
    /// both years when the cohort spans two.
    static func shortDates(_ cohort: Cohort, today: Day, _ l: Language) -> String {
        let start = cohort.start, end = cohort.end
        let sameYear = end.map { $0.year == start.year } ?? true
        if sameYear && start.year == today.year {
            return Texts.shortDay(start, l) + " → " + (end.map { Texts.shortDay($0, l) } ?? "…")
        }
        if sameYear, let end {
            return l == .fr ? Texts.shortDay(start, l) + " → " + Texts.numericDay(end, l)
                : Texts.numericDay(start, l) + " → " + Texts.shortDay(end, l)
        }
        return Texts.numericDay(start, l) + " → " + (end.map { Texts.numericDay($0, l) } ?? "…")
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

    /// A closed cohort needs nothing more: its alerts stay inside it (pipeline, roll call).
    static func alerts(_ m: Model, _ cohort: Cohort, row: Int, inner: Rect, into c: inout Canvas) {
        let l = m.language
        guard cohort.status != .closed else { return }
        let scope: Set<EntityID> = [cohort.id]
        let stalled = m.state.stalledProjects(asOf: m.today, cohorts: scope).count
        let unmarked = m.state.pastPlannedSessions(today: m.today, cohorts: scope).count
        let absentees = m.state.holdersTakingPart(cohort: cohort.id).filter { m.myHolders?.contains($0.id) ?? true }
            .map { ($0.name, m.state.consecutiveAbsences(holder: $0.id, cohort: cohort.id)) }.filter { $0.1 >= 2 }
        var parts: [String] = []
        if stalled > 0 { parts.append("\(stalled) \(UIText.alertStalled.text(l))") }
        if unmarked > 0 { parts.append("\(unmarked) \(UIText.alertUnmarked.text(l))") }
        if !absentees.isEmpty {
            parts += absentees.map { UIText.absencesInARow($0.0, $0.1, l) }
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
