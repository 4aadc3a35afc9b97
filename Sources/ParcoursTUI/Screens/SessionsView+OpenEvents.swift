import ParcoursDomain

extension SessionsView {
    /// An open event's row among the sessions: its format, and its own status (an event
    /// is "tenu", not "tenue"; "à compter" once past without a headcount).
    static func eventCells(_ e: OpenEvent, _ m: Model) -> [String] {
        let l = m.language
        let venue = e.details.remote ? UIText.remoteShort.text(l) : (e.details.venue ?? "")
        return [Texts.numericDay(e.date, l), e.details.time?.description ?? "", Catalog.duration(e.duration, l),
                UIText.eventKindShort(e.kind, l), e.title, venue, EventsView.status(e, today: m.today, l)]
    }
}
