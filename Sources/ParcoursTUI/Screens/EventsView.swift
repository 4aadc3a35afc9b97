import ParcoursDomain
import TerminalKit

/// Every programme's open events; the selected one's place, format and headcount by
/// audience below. Wide, the table shows each headcount by audience too.
enum EventsView {
    /// From this width the headcount column lists the audiences, not only the total.
    static let wideHeadcount = 120

    static func draw(_ m: Model, _ es: EventsScreen, into c: inout Canvas) -> String {
        let l = m.language
        let rows = Rows.openEvents(m.state, filter: m.filter, l)
        let wide = c.bounds.width >= wideHeadcount
        var table = TableView(columns: [
            TableColumn(UIText.colDate.text(l), width: .fixed(10)),
            TableColumn(UIText.colTime.text(l), width: .fixed(5)),
            TableColumn(UIText.colKind.text(l), width: .fixed(9)),
            TableColumn(UIText.colTitle.text(l), width: .flexible(min: 14, weight: 3)),
            TableColumn(UIText.colOwner.text(l), width: .flexible(min: 10, weight: 2)),
            wide ? TableColumn(UIText.detailHeadcount.text(l), width: .flexible(min: 20, weight: 3))
                : TableColumn(UIText.colParticipants.text(l), width: .fixed(5), alignment: .right),
            TableColumn(UIText.colStatus.text(l), width: .fixed(9)),
        ], rowCount: rows.count) { i in
            let e = rows[i]
            let count = e.headcount.map { wide ? UIText.headcountShort($0, l) : String($0.total) } ?? ""
            return [Texts.numericDay(e.date, l), e.details.time?.description ?? "", UIText.eventKindShort(e.kind, l), e.title,
                    Rows.owner(e, m.state), count, status(e, today: m.today, l)]
        }
        table.emptyMessage = UIText.noOpenEvent.text(l)
        let (tableRect, pane) = DetailPane.split(c.bounds)
        table.draw(into: &c, in: tableRect, state: es.selection)
        if let pane, rows.indices.contains(es.selection.selection) {
            detail(rows[es.selection.selection], m, in: pane, into: &c)
        }
        return UIText.rowPosition(es.selection.selection, rows.count, l)
    }

    /// "tenu", "annulé", "prévu", or "à compter" for a past event whose headcount is
    /// still to record (what the dashboard counts as events to count).
    static func status(_ e: OpenEvent, today: Day, _ l: Language) -> String {
        if e.status == .planned && e.date < today { return UIText.eventToCount.text(l) }
        return Catalog.eventStatus(e.status, l)
    }

    /// The event's day, time, length and status, venue, programme or cohort, headcount.
    static func detail(_ e: OpenEvent, _ m: Model, in pane: Rect, into c: inout Canvas) {
        let l = m.language
        var when = Catalog.day(e.date, l)
        if let time = e.details.time { when += " " + time.description }
        when += " · " + Catalog.duration(e.duration, l) + " · " + status(e, today: m.today, l)
        var venue = e.details.venue ?? ""
        if e.details.remote { venue += (venue.isEmpty ? "" : " · ") + UIText.detailRemote.text(l) }
        let owner = e.cohort.flatMap { m.state.cohorts[$0]?.name }.map { "\(m.state.programmes[e.programme]?.name ?? "") › \($0)" }
            ?? m.state.programmes[e.programme]?.name ?? ""
        let headcount = e.headcount.map { UIText.headcountShort($0, l) }
            ?? (e.status == .cancelled ? "—" : UIText.headcountHint(e.date < m.today, l))
        DetailPane.draw(Catalog.label(e.kind, l) + " — " + e.title, [
            (UIText.colDate.text(l), when),
            (UIText.colVenue.text(l), venue),
            (UIText.detailOwner.text(l), owner),
            (UIText.detailHeadcount.text(l), headcount),
        ], in: pane, into: &c)
    }
}
