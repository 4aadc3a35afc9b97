import ParcoursDomain
import ParcoursKit
import TerminalKit

/// The calendar across every cohort: a tab each for the week and the month, the span's
/// dates at the right; one row per session (its day said once), a ⚠ before a session that
/// shares its venue or a facilitator with another at the same time; the selected
/// session's cohort, venue, facilitators and overlaps in words below.
enum CalendarView {
    static func draw(_ m: Model, _ cal: CalendarScreen, into c: inout Canvas) -> String {
        let l = m.language
        let area = c.bounds
        Tabs(titles: [UIText.calendarWeek.text(l), UIText.calendarMonth.text(l)], selected: cal.span == .week ? 0 : 1)
            .draw(into: &c, row: 0, col: 0, width: area.width)
        let period = " " + UIText.calendarPeriod(cal.span, cal.start, cal.end.adding(days: -1), l) + " "
        let periodWidth = DisplayWidth.of(period)
        c.put(period, row: 0, col: max(area.width / 3, area.width - periodWidth), style: Palette.dim,
              maxWidth: area.width - area.width / 3, overflow: .ellipsis)
        let rows = m.calendarEntries(cal)
        let body = Rect(row: 1, col: 0, width: area.width, height: area.height - 1)
        let wide = area.width >= 110
        var columns = [
            TableColumn(UIText.colDay.text(l), width: .fixed(l == .fr ? 10 : 9)),
            TableColumn(UIText.colTime.text(l), width: .fixed(11)),
            TableColumn("", width: .fixed(1)),
            TableColumn(UIText.colTitle.text(l), width: .flexible(min: 12, weight: 3)),
            TableColumn(UIText.colCohort.text(l), width: .flexible(min: 8, weight: 2)),
            TableColumn(UIText.colVenue.text(l), width: .flexible(min: 8, weight: 2)),
        ]
        if wide { columns.append(TableColumn(UIText.colFacilitatedBy.text(l), width: .flexible(min: 12, weight: 2))) }
        let (tableRect, pane) = DetailPane.split(body)
        // The first line shown names its day even when the one above is of the same day.
        let first = cal.selection.visibleRange(count: rows.count, visibleRows: TableView.visibleRows(in: tableRect)).lowerBound
        var table = TableView(columns: columns, rowCount: rows.count) { i in
            let e = rows[i]
            let again = i > first && rows[i - 1].date == e.date
            var cells = [again ? "" : day(e, l), time(e, l), e.overlaps.isEmpty ? "" : "⚠", title(e, l), e.cohort, place(e, l)]
            if wide { cells.append((e.facilitators + e.organisations).joined(separator: ", ")) }
            return cells
        }
        table.emptyMessage = m.filter.isEmpty ? UIText.calendarEmpty(cal.span, l) : UIText.pickerNothing.text(l)
        table.draw(into: &c, in: tableRect, state: cal.selection)
        if let pane, rows.indices.contains(cal.selection.selection) {
            detail(rows[cal.selection.selection], l, in: pane, into: &c)
        }
        return UIText.rowPosition(cal.selection.selection, rows.count, l)
    }

    /// "jeu. 26/03" / "Thu 03-26".
    static func day(_ e: Agenda.Entry, _ l: Language) -> String {
        guard let d = Day(iso: e.date) else { return e.date }
        let weekday = Catalog.day(d, l).split(separator: " ").first.map(String.init) ?? ""
        return weekday + " " + Texts.shortDay(d, l)
    }

    /// "09:00–12:00", or "journée" for a session without a time.
    static func time(_ e: Agenda.Entry, _ l: Language) -> String {
        guard let start = e.time else { return UIText.allDay.text(l) }
        return e.end.map { start + "–" + $0 } ?? start
    }

    /// The title, "(annulée)" after a cancelled one.
    static func title(_ e: Agenda.Entry, _ l: Language) -> String {
        e.status == SessionStatus.cancelled.rawValue ? e.title + " (" + Catalog.label(SessionStatus.cancelled, l) + ")" : e.title
    }

    /// The venue (and its commune), "à distance" for a remote session.
    static func place(_ e: Agenda.Entry, _ l: Language) -> String {
        let venue = e.venue.map { $0 + (e.commune.map { " (\($0))" } ?? "") }
        if e.remote { return UIText.remoteShort.text(l) + (venue.map { " · " + $0 } ?? "") }
        return venue ?? ""
    }

    static func detail(_ e: Agenda.Entry, _ l: Language, in pane: Rect, into c: inout Canvas) {
        let when = (Day(iso: e.date).map { Catalog.day($0, l) } ?? e.date) + " · " + time(e, l)
            + (e.status == SessionStatus.cancelled.rawValue ? " · " + Catalog.label(SessionStatus.cancelled, l) : "")
        // The overlaps before the programme: four lines fit, and they are what needs acting on.
        DetailPane.draw(title(e, l) + " — " + e.cohort, [
            (UIText.colDate.text(l), when),
            (UIText.colVenue.text(l), place(e, l)),
            (UIText.detailFacilitator.text(l), (e.facilitators + e.organisations).joined(separator: ", ")),
            (UIText.detailOverlap.text(l), e.overlaps.map { "⚠ " + $0 }.joined(separator: " · ")),
            (UIText.detailProgramme.text(l), e.programme),
        ], in: pane, into: &c)
    }
}
