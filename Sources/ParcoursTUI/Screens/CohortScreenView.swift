import ParcoursDomain
import ParcoursKit
import TerminalKit

/// A cohort: its views as tabs, the current one below.
enum CohortScreenView {
    static func draw(_ m: Model, _ cs: CohortScreen, into c: inout Canvas) -> String {
        let l = m.language
        let area = c.bounds
        Tabs(titles: CohortView.allCases.map { $0.title.text(l) }, selected: cs.view.rawValue)
            .draw(into: &c, row: 0, col: 0, width: area.width)
        let body = Rect(row: 1, col: 0, width: area.width, height: area.height - 1)
        return c.withRegion(body) { c in
            switch cs.view {
            case .participants: ParticipantsView.draw(m, cs, into: &c)
            case .sessions: SessionsView.draw(m, cs, into: &c)
            case .rollCall: RollCallView.draw(m, cs, into: &c)
            case .pipeline: PipelineView.draw(m, cs, into: &c)
            case .journal: JournalView.draw(m, cs, into: &c)
            }
        }
    }
}

/// Splits a cohort view's body into a table and, when the screen has room, a detail
/// pane of the selected row below it (the rows a short list would leave empty).
enum DetailPane {
    static let height = 6

    /// The table's rectangle and the pane's (nil when the body is too short).
    static func split(_ area: Rect) -> (table: Rect, pane: Rect?) {
        guard area.height >= 16 else { return (area, nil) }
        let table = Rect(row: area.row, col: area.col, width: area.width, height: area.height - height)
        return (table, Rect(row: table.bottom, col: area.col, width: area.width, height: height))
    }

    /// Draws "label  value" lines in a titled panel.
    static func draw(_ title: String, _ fields: [(String, String)], in rect: Rect, into c: inout Canvas) {
        let inner = Panel.draw(into: &c, in: rect, title: title)
        let labelWidth = min(14, (fields.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2)
        for (i, field) in fields.filter({ !$0.1.isEmpty }).prefix(inner.height).enumerated() {
            c.put(field.0, row: inner.row + i, col: inner.col + 1, style: Palette.dim, maxWidth: labelWidth)
            c.put(field.1, row: inner.row + i, col: inner.col + 1 + labelWidth, maxWidth: inner.width - 2 - labelWidth,
                  overflow: .ellipsis)
        }
    }
}

/// Holder, project, stage, status, attendance rate, last activity; the selected
/// holder's project, commune and referrer below.
enum ParticipantsView {
    static func draw(_ m: Model, _ cs: CohortScreen, into c: inout Canvas) -> String {
        let l = m.language
        let rows = Rows.participants(m.state, cohort: cs.cohort, sort: cs.sort, filter: m.filter, l, mine: m.myHolders)
        var table = TableView(columns: [
            TableColumn(UIText.colHolder.text(l), width: .flexible(min: 12, weight: 3)),
            TableColumn(UIText.colProject.text(l), width: .flexible(min: 12, weight: 3)),
            TableColumn(UIText.colStage.text(l), width: .fixed(13)),
            TableColumn(UIText.colStatus.text(l), width: .fixed(10)),
            TableColumn(UIText.colAttendance.text(l), width: .fixed(7), alignment: .right),
            TableColumn(UIText.colLastActivity.text(l), width: .fixed(10)),
        ], rowCount: rows.count) { i in
            let row = rows[i]
            return [row.holder.name, row.project?.title ?? "—", row.project.map { Catalog.label($0.stage, l) } ?? "—",
                    status(row, l), UIText.percent(row.rate), row.lastActivity.map { Texts.numericDay($0, l) } ?? "—"]
        }
        table.emptyMessage = UIText.noParticipant.text(l)
        let (tableRect, pane) = DetailPane.split(c.bounds)
        table.draw(into: &c, in: tableRect, state: cs.participants)
        if let pane, rows.indices.contains(cs.participants.selection) {
            let row = rows[cs.participants.selection]
            let count = m.state.attendance(holder: row.holder.id, cohort: cs.cohort)
            DetailPane.draw(row.holder.name, [
                (UIText.colProject.text(l), row.project.map { "\($0.title) — \(Catalog.label($0.stage, l)) · \(Catalog.label($0.status, l))" } ?? ""),
                (UIText.commune.text(l), row.holder.commune ?? row.project?.commune ?? ""),
                (UIText.detailReferrer.text(l), row.holder.referredBy.flatMap { m.state.organisations[$0]?.name } ?? ""),
                (UIText.detailParticipation.text(l), Catalog.label(row.participation.status, l) + " · "
                    + UIText.marksSummary(present: count.present, absent: count.absent, excused: count.excused, unmarked: 0, l)),
                (UIText.detailReferent.text(l), row.holder.referent.map { m.state.personName($0) } ?? ""),
            ], in: pane, into: &c)
        }
        return "\(UIText.sortedBy.text(l)) \(cs.sort.label.text(l))  " + UIText.rowPosition(cs.participants.selection, rows.count, l)
    }

    /// The project's status, unless the participation says more (not retained, left…).
    static func status(_ row: Rows.Participant, _ l: Language) -> String {
        if !row.participation.status.isTakingPart || row.participation.status == .sorti {
            return Catalog.label(row.participation.status, l)
        }
        return row.project.map { Catalog.label($0.status, l) } ?? ""
    }
}

/// The cohort's calendar, its open events among its sessions; the selected session's full
/// title, venue, facilitators and marks below (an event's headcount).
enum SessionsView {
    static func draw(_ m: Model, _ cs: CohortScreen, into c: inout Canvas) -> String {
        let l = m.language
        let calendar = Rows.calendar(m.state, cohort: cs.cohort, filter: m.filter, l)
        let rows = calendar.map { $0.session }
        var table = TableView(columns: [
            TableColumn(UIText.colDate.text(l), width: .fixed(10)),
            TableColumn(UIText.colTime.text(l), width: .fixed(5)),
            TableColumn(UIText.colDuration.text(l), width: .fixed(6)),
            TableColumn(UIText.colKind.text(l), width: .fixed(l == .fr ? 14 : 11)),
            TableColumn(UIText.colTitle.text(l), width: .flexible(min: 14, weight: 3)),
            TableColumn(UIText.colVenue.text(l), width: .flexible(min: 8, weight: 1)),
            // "à compter" (an open event's) needs two more columns than "annulée".
            TableColumn(UIText.colStatus.text(l), width: .fixed(l == .fr && !calendar.contains { $0.event != nil } ? 7 : 9)),
        ], rowCount: rows.count) { i in
            guard let s = rows[i] else { return eventCells(calendar[i].event!, m) }
            let venue = s.remote ? UIText.remoteShort.text(l) : (m.state.venueName(of: s) ?? "")
            return [Texts.numericDay(s.date, l), s.time?.description ?? "", Catalog.duration(s.duration, l),
                    UIText.kindShort(s.kind, l), Rows.shortTitle(s, m.state), venue, Catalog.label(s.status, l)]
        }
        table.emptyMessage = UIText.noSession.text(l)
        let (tableRect, pane) = DetailPane.split(c.bounds)
        table.draw(into: &c, in: tableRect, state: cs.sessions)
        if let pane, calendar.indices.contains(cs.sessions.selection), let event = calendar[cs.sessions.selection].event {
            EventsView.detail(event, m, in: pane, into: &c)
        } else if let pane, rows.indices.contains(cs.sessions.selection), let s = rows[cs.sessions.selection] {
            // The directory's venue and people, and what it overlaps, as the calendar says them.
            let entry = Agenda.entry(m.state, s, language: l)
            var venue = entry.venue.map { $0 + (entry.commune.map { " (\($0))" } ?? "") } ?? ""
            if s.remote { venue += (venue.isEmpty ? "" : " · ") + UIText.detailRemote.text(l) }
            let by = (entry.facilitators + entry.organisations).joined(separator: ", ")
            let count = m.state.attendance(session: s.id)
            let expected = m.state.expectedHolders(session: s)
            let unmarked = expected.filter { m.state.mark(session: s.id, holder: $0.id) == nil }.count
            var when = Catalog.day(s.date, l)
            if let time = s.time { when += " " + time.description }
            when += " · " + Catalog.duration(s.duration, l) + " · " + Catalog.label(s.status, l)
            DetailPane.draw(Catalog.label(s.kind, l) + " — " + Rows.sessionTitle(s, m.state), [
                (UIText.colDate.text(l), when),
                (UIText.colVenue.text(l), venue),
                (UIText.detailFacilitator.text(l), by),
                (UIText.detailOverlap.text(l), entry.overlaps.map { "⚠ " + $0 }.joined(separator: " · ")),
                (UIText.detailMarks.text(l), UIText.marksSummary(present: count.present, absent: count.absent,
                                                                 excused: count.excused, unmarked: unmarked, l)),
            ], in: pane, into: &c)
        }
        return UIText.rowPosition(cs.sessions.selection, rows.count, l)
    }
}

/// The cohort's events in plain words, newest first.
enum JournalView {
    static func draw(_ m: Model, _ cs: CohortScreen, into c: inout Canvas) -> String {
        let l = m.language
        // Nil while the lines are being read back from the logs.
        let entries = m.journalEntries(cohort: cs.cohort)
        let rows = entries ?? []
        var table = TableView(columns: [
            TableColumn(UIText.colWhen.text(l), width: .fixed(16)),
            TableColumn(UIText.colWho.text(l), width: .fixed(12)),
            TableColumn(UIText.colWhat.text(l), width: .flexible(min: 20)),
        ], rowCount: rows.count) { i in
            let entry = rows[i]
            return [Texts.timestamp(entry.time, l), entry.author, entry.text]
        }
        table.emptyMessage = (entries == nil ? UIText.journalLoading : UIText.noEvent).text(l)
        table.draw(into: &c, in: c.bounds, state: cs.journal)
        return UIText.rowPosition(cs.journal.selection, rows.count, l)
    }
}
