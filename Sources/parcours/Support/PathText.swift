import ParcoursDomain
import ParcoursKit

/// Words for the follow-up rows of `parcours list followups`.
enum PathText {
    /// "en retard de 12 jours", "à venir", "opérationnelle (2024-07-01)"…
    static func followUpState(_ row: Listing.FollowUpRow, _ l: Language) -> String {
        let fr = l == .fr
        switch row.state {
        case "due":
            let days = row.overdueDays ?? 0
            if days == 0 { return fr ? "à faire aujourd’hui" : "due today" }
            return fr ? "à faire, en retard de \(days) jour\(days > 1 ? "s" : "")" : "due, \(days) day\(days == 1 ? "" : "s") overdue"
        case "upcoming": return fr ? "à venir" : "upcoming"
        case "ceased_earlier": return fr ? "cessée (suivi précédent)" : "ceased (earlier follow-up)"
        case "ended_by_status": return fr ? "arrêté (statut du projet)" : "ended (project status)"
        default:
            let activity = row.activity.flatMap(FollowUpActivity.init(rawValue:)).map { Catalog.label($0, l) } ?? ""
            return activity + (row.recordedOn.map { " (\($0))" } ?? "")
        }
    }
}
