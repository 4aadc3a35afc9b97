import ParcoursDomain

/// The interface's words for open events, in French and English.
extension UIText {
    func openEventText(_ fr: Bool) -> String {
        switch self {
        case .openEvents: return fr ? "Événements ouverts" : "Open events"
        case .noOpenEvent: return fr ? "Aucun événement ouvert. « a » pour en prévoir un." : "No open event. Press “a” to plan one."
        case .colOwner: return fr ? "Dispositif/promo" : "Programme/cohort"
        case .colParticipants: return fr ? "Part." : "Part."
        case .formNewEvent: return fr ? "Nouvel événement ouvert" : "New open event"
        case .formEditEvent: return fr ? "Modifier l’événement" : "Edit the event"
        case .formHeadcount: return fr ? "Effectif de l’événement" : "Event headcount"
        case .fieldOwner: return fr ? "Pour" : "For"
        case .fieldElus: return fr ? "Élus" : "Elected officials"
        case .fieldTechniciens: return fr ? "Techniciens" : "Authority staff"
        case .fieldProfessionnels: return fr ? "Pros de l’accomp." : "Support pros"
        case .fieldHabitants: return fr ? "Habitants" : "Residents"
        case .fieldPorteurs: return fr ? "Porteurs de projet" : "Project holders"
        case .fieldAutres: return fr ? "Autres" : "Others"
        case .fieldOtherAudiences: return fr ? "Publics à vous" : "Own categories"
        case .fieldTotal: return fr ? "Total (si plus)" : "Total (if more)"
        case .formInvalidCount: return fr ? "Un nombre entier, 0 ou plus." : "A whole number, 0 or more."
        case .formInvalidAudiences: return fr ? "nom=nombre, séparés par des virgules" : "name=number, comma-separated"
        case .actOpenEvents: return fr ? "Événements ouverts (effectifs)" : "Open events (headcounts)"
        case .actNewEvent: return fr ? "Prévoir un événement ouvert" : "Plan an open event"
        case .actEditEvent: return fr ? "Modifier l’événement" : "Edit the event"
        case .actHeadcount: return fr ? "Saisir l’effectif par public" : "Record the headcount"
        case .actCancelEvent: return fr ? "Annuler l’événement" : "Cancel the event"
        case .actHoldSession: return fr ? "Séance tenue (personne n’était attendu)" : "Session held (nobody expected)"
        case .alertEventsWithoutHeadcount: return fr ? "sans effectif" : "not counted"
        case .detailHeadcount: return fr ? "Effectif" : "Headcount"
        case .detailOwner: return fr ? "Pour" : "For"
        case .headcountOnlyForEvents:
            return fr ? "L’effectif se saisit pour un événement ouvert ; pour une séance, faites l’émargement."
                : "A headcount is for an open event; for a session, take the attendance."
        case .holdOnlyForSessions:
            return fr ? "Un événement ouvert est tenu par son effectif (h)." : "An open event is held by its headcount (h)."
        default: return ""
        }
    }

    /// An event's format in a few letters, for tables.
    static func eventKindShort(_ kind: OpenEventKind, _ l: Language) -> String {
        let fr = l == .fr
        switch kind {
        case .sensibilisation: return fr ? "sensibil." : "awareness"
        case .soiree: return fr ? "soirée" : "evening"
        case .visite: return fr ? "visite app." : "visit"
        case .formation: return fr ? "formation" : "training"
        case .lancement: return fr ? "lancement" : "launch"
        case .webinaire: return fr ? "webinaire" : "webinar"
        }
    }

    /// "5 événements · 53 participants" for a programme's line on the dashboard.
    static func eventsSummary(held: Int, planned: Int, participants: Int, _ l: Language) -> String {
        var parts: [String] = []
        if held > 0 {
            parts.append(l == .fr ? "\(held) événement\(held > 1 ? "s" : "") · \(participants) participant\(participants > 1 ? "s" : "")"
                                  : "\(held) event\(held == 1 ? "" : "s") · \(participants) participant\(participants == 1 ? "" : "s")")
        }
        if planned > 0 {
            parts.append(l == .fr ? "\(planned) événement\(planned > 1 ? "s" : "") prévu\(planned > 1 ? "s" : "")"
                                  : "\(planned) event\(planned == 1 ? "" : "s") planned")
        }
        return parts.joined(separator: " · ")
    }

    /// The headcount form's note: the event, and what the total is for.
    static func headcountNote(_ title: String, _ l: Language) -> String {
        let short = title.count > 40 ? String(title.prefix(39)) + "…" : title
        return l == .fr ? "« \(short) » — le total compte aussi ceux hors catégorie."
            : "“\(short)” — the total also counts those in no category."
    }
}
