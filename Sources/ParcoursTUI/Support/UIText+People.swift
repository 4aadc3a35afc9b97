import ParcoursDomain
import ParcoursKit

/// The strings with values of "my holders" and the calendar.
extension UIText {
    /// The header while "my holders" filters: "Mes porteurs (Camille Dubois)" for the
    /// author's own, "Porteurs de Paul Marchand" for another person's.
    static func myHoldersHeader(_ name: String, mine: Bool, _ l: Language) -> String {
        if mine { return l == .fr ? "Mes porteurs (\(name))" : "My holders (\(name))" }
        return l == .fr ? "Porteurs de \(name)" : "\(name)'s holders"
    }

    /// "1/3 porteurs" / "1/3 holders": how many of a cohort's holders are the referent's.
    static func myHoldersCount(_ mine: Int, of total: Int, _ l: Language) -> String {
        l == .fr ? "\(mine)/\(total) porteur\(total > 1 ? "s" : "")" : "\(mine)/\(total) holder\(total == 1 ? "" : "s")"
    }

    /// "3 porteurs suivis" / "3 holders followed"; "aucun porteur suivi" / "no holder followed".
    static func holdersFollowed(_ n: Int, _ l: Language) -> String {
        if n == 0 { return l == .fr ? "aucun porteur suivi" : "no holder followed" }
        return l == .fr ? "\(n) porteur\(n > 1 ? "s" : "") suivi\(n > 1 ? "s" : "")" : "\(n) holder\(n > 1 ? "s" : "") followed"
    }

    /// Said above the people to choose from when the author is not among them.
    static func authorNotInDirectory(_ author: String, _ l: Language) -> String {
        l == .fr ? "« \(author) » (PARCOURS_AUTHOR) n’est pas dans l’annuaire : choisissez la personne dont suivre les porteurs."
            : "“\(author)” (PARCOURS_AUTHOR) is not in the directory: choose the person whose holders to show."
    }

    /// "Porteurs suivis par Camille Dubois : 3 (M pour tous)."
    static func myHoldersShown(_ name: String, count: Int, l: Language) -> String {
        l == .fr ? "Porteurs suivis par \(name) : \(count) (M pour revenir à tous)."
            : "Holders followed by \(name): \(count) (M for every holder)."
    }

    /// "du lun. 23/03/2026 au dim. 29/03/2026", "mars 2026" / "March 2026".
    static func calendarPeriod(_ span: Agenda.Span, _ start: Day, _ last: Day, _ l: Language) -> String {
        switch span {
        case .week:
            return l == .fr ? "du \(Catalog.day(start, l)) au \(Catalog.day(last, l))"
                : "\(Catalog.day(start, l)) to \(Catalog.day(last, l))"
        case .month:
            return Catalog.month(start, l)
        }
    }

    /// "Aucune séance cette semaine." / "No session this month."
    static func calendarEmpty(_ span: Agenda.Span, _ l: Language) -> String {
        switch span {
        case .week: return l == .fr ? "Aucune séance cette semaine-là (← → pour changer de semaine)." : "No session that week (← → for another week)."
        case .month: return l == .fr ? "Aucune séance ce mois-là (← → pour changer de mois)." : "No session that month (← → for another month)."
        }
    }
}
