import ParcoursDomain

extension SessionsView {
    /// An open event's row among the sessions: its format, its headcount in the status
    /// column once counted ("44 part.").
    static func eventCells(_ e: OpenEvent, _ m: Model) -> [String] {
        let l = m.language
        let venue = e.details.remote ? UIText.remoteShort.text(l) : (e.details.venue ?? "")
        let status = e.headcount.map { "\($0.total) part" } ?? EventsView.status(e, today: m.today, l)
        return [Texts.numericDay(e.date, l), e.details.time?.description ?? "", Catalog.duration(e.duration, l),
                UIText.eventKindShort(e.kind, l), e.title, venue, status]
    }
}
