import ParcoursDomain
import ParcoursKit

/// `list events` and `show EVENT` in words.
struct OpenEventText {
    let language: Language

    private func fr(_ french: String, _ english: String) -> String { language == .fr ? french : english }

    func kind(_ id: String) -> String { OpenEventKind(rawValue: id).map { Catalog.label($0, language) } ?? id }
    func status(_ id: String) -> String { SessionStatus(rawValue: id).map { Catalog.eventStatus($0, language) } ?? id }

    /// "élus 10, techniciens de collectivités 6, sans catégorie précisée 10".
    func audiences(_ row: Listing.OpenEventRow) -> String {
        var parts = row.audiences.map { "\(Catalog.label(Audience(id: $0.category), language)) \($0.count)" }
        if let rest = row.unspecified, rest > 0, !row.audiences.isEmpty { parts.append("\(Catalog.unspecifiedAudience(language)) \(rest)") }
        return parts.joined(separator: ", ")
    }

    func list(_ rows: [Listing.OpenEventRow], table: TextTable) {
        table.print(rows.map { r in
            [r.date, r.time ?? "", r.title, kind(r.kind), r.cohort ?? r.programme, status(r.status),
             r.participants.map(String.init) ?? "", r.id]
        }, header: language == .fr ? ["Date", "Heure", "Événement", "Format", "Dispositif ou promotion", "Statut", "Participants", "Id"]
                                   : ["Date", "Time", "Event", "Format", "Programme or cohort", "Status", "Participants", "Id"])
    }

    func show(_ d: Details.OpenEventDetail) {
        let e = d.event
        print("\(e.title)  (\(e.id))")
        print("  \(fr("Format :", "Format:")) \(kind(e.kind))")
        print("  \(fr("Dispositif :", "Programme:")) \(e.programme)")
        if let cohort = e.cohort { print("  \(fr("Promotion :", "Cohort:")) \(cohort)") }
        let duration = Catalog.duration(TimeSpan(minutes: e.durationMinutes), language)
        print("  \(fr("Date :", "Date:")) \(e.date)\(e.time.map { " \($0)" } ?? ""), \(duration)")
        if e.venue != nil || e.remote {
            print("  \(fr("Lieu :", "Venue:")) \([e.venue, e.remote ? fr("à distance", "remote") : nil].compactMap { $0 }.joined(separator: ", "))")
        }
        print("  \(fr("Statut :", "Status:")) \(status(e.status))")
        if let total = e.participants {
            let detail = audiences(e)
            print("  \(fr("Participants :", "Participants:")) \(total)\(detail.isEmpty ? "" : " — " + detail)")
        }
        guard !d.history.isEmpty else { return }
        print("  \(fr("Historique :", "History:"))")
        for line in d.history { print("    \(line.date)  \(line.author): \(line.text)") }
    }
}
