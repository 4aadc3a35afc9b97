import ParcoursDomain
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

/// Holder, project, stage, status, attendance rate, last activity.
enum ParticipantsView {
    static func draw(_ m: Model, _ cs: CohortScreen, into c: inout Canvas) -> String {
        let l = m.language
        let rows = Rows.participants(m.state, cohort: cs.cohort, sort: cs.sort, filter: m.filter, l)
        var table = TableView(columns: [
            TableColumn(UIText.colHolder.text(l), width: .flexible(min: 12, weight: 3)),
            TableColumn(UIText.colProject.text(l), width: .flexible(min: 12, weight: 3)),
            TableColumn(UIText.colStage.text(l), width: .fixed(13)),
            TableColumn(UIText.colStatus.text(l), width: .fixed(10)),
            TableColumn(UIText.colAttendance.text(l), width: .fixed(7), alignment: .right),
            TableColumn(UIText.colLastActivity.text(l), width: .fixed(10)),
        ], rowCount: rows.count) { i in
            let row = rows[i]
            var status = row.project.map { Catalog.label($0.status, l) } ?? ""
            if !row.participation.status.isTakingPart || row.participation.status == .sorti {
                status = Catalog.label(row.participation.status, l)
            }
            return [row.holder.name, row.project?.title ?? "—", row.project.map { Catalog.label($0.stage, l) } ?? "—",
                    status, UIText.percent(row.rate), row.lastActivity.map { Texts.numericDay($0, l) } ?? "—"]
        }
        table.emptyMessage = UIText.noParticipant.text(l)
        table.draw(into: &c, in: c.bounds, state: cs.participants)
        return "\(UIText.sortedBy.text(l)) \(cs.sort.label.text(l))  " + UIText.rowPosition(cs.participants.selection, rows.count, l)
    }
}

/// The cohort's calendar.
enum SessionsView {
    static func draw(_ m: Model, _ cs: CohortScreen, into c: inout Canvas) -> String {
        let l = m.language
        let rows = Rows.sessions(m.state, cohort: cs.cohort, filter: m.filter, l)
        var table = TableView(columns: [
            TableColumn(UIText.colKind.text(l), width: .fixed(10)),
            TableColumn(UIText.colDate.text(l), width: .fixed(10)),
            TableColumn(UIText.colTime.text(l), width: .fixed(5)),
            TableColumn(UIText.colDuration.text(l), width: .fixed(6)),
            TableColumn(UIText.colTitle.text(l), width: .flexible(min: 10, weight: 3)),
            TableColumn(UIText.colVenue.text(l), width: .flexible(min: 6, weight: 1)),
            TableColumn(UIText.colFacilitator.text(l), width: .flexible(min: 6, weight: 1)),
            TableColumn(UIText.colStatus.text(l), width: .fixed(8)),
        ], rowCount: rows.count) { i in
            let s = rows[i]
            let venue = s.remote ? UIText.remoteShort.text(l) : (s.venue ?? "")
            let by = s.facilitators.compactMap { m.state.organisations[$0]?.name }.joined(separator: ", ")
            return [Catalog.label(s.kind, l), Texts.numericDay(s.date, l), s.time?.description ?? "", Catalog.duration(s.duration, l),
                    s.title, venue, by, Catalog.label(s.status, l)]
        }
        table.emptyMessage = UIText.noSession.text(l)
        table.draw(into: &c, in: c.bounds, state: cs.sessions)
        return UIText.rowPosition(cs.sessions.selection, rows.count, l)
    }
}

/// The cohort's events in plain words, newest first.
enum JournalView {
    static func draw(_ m: Model, _ cs: CohortScreen, into c: inout Canvas) -> String {
        let l = m.language
        let rows = Rows.journal(m.state, cohort: cs.cohort, filter: m.filter, l)
        var table = TableView(columns: [
            TableColumn(UIText.colWhen.text(l), width: .fixed(16)),
            TableColumn(UIText.colWho.text(l), width: .fixed(12)),
            TableColumn(UIText.colWhat.text(l), width: .flexible(min: 20)),
        ], rowCount: rows.count) { i in
            let entry = rows[i]
            return [Texts.timestamp(entry.time, l), entry.author, entry.text]
        }
        table.emptyMessage = UIText.noEvent.text(l)
        table.draw(into: &c, in: c.bounds, state: cs.journal)
        return UIText.rowPosition(cs.journal.selection, rows.count, l)
    }
}
