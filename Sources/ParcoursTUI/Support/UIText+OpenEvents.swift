import ParcoursDomain

/// The interface's words for open events, in French and English.
extension UIText {
    func openEventText(_ fr: Bool) -> String {
        switch self {
        case .openEvents: return fr ? "Événements ouverts" : "Open events"
        case .noOpenEvent: return fr ? "Aucun événement ouvert. « a » pour en prévoir un." : "No open event. Press “a” to plan one."
        case .colOwner: return fr ? "Pour" : "For"
        case .colParticipants: return fr ? "Part." : "Count"
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
        case .fieldOtherAudiences: return fr ? "Vos catégories" : "Your categories"
        case .fieldTotal: return fr ? "Total (si plus)" : "Total (if more)"
        case .formInvalidAudiences:
            return fr ? "Attendu : catégorie=nombre, séparés par des virgules." : "Expected: category=number, comma-separated."
        case .actOpenEvents: return fr ? "Événements ouverts" : "Open events"
        case .actNewEvent: return fr ? "Prévoir un événement ouvert" : "Plan an open event"
        case .actEditEvent: return fr ? "Modifier l’événement" : "Edit the event"
        case .actHeadcount: return fr ? "Saisir l’effectif par public" : "Record the headcount"
        case .actCancelEvent: return fr ? "Annuler l’événement" : "Cancel the event"
        case .actHoldSession: return fr ? "Séance tenue (personne n’était attendu)" : "Session held (nobody expected)"
        case .eventToCount: return fr ? "à compter" : "to count"
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

    /// The open events' `:` verbs, for the help of the events screen and of the sessions
    /// view (where a session is said held).
    static func openEventVerbs(sessions: Bool, _ l: Language) -> String {
        let fr = l == .fr
        let headcount = fr ? ":effectif [ÉVÉNEMENT elus=10 habitants=20 … --total N]" : ":headcount [EVENT elus=10 habitants=20 … --total N]"
        let plan = fr ? ":événement prévoir|annuler …" : ":event add|cancel …"
        return sessions ? headcount + (fr ? " · :tenue SÉANCE" : " · :held SESSION") : headcount + " · " + plan
    }

    /// `:effectif` typed where no open event is selected.
    static func headcountNeedsEvent(_ l: Language) -> String {
        l == .fr ? "« effectif » : sélectionnez un événement ouvert ou nommez-le (:effectif Soirée-débat)."
            : "“headcount”: select an open event or name it (:headcount Evening debate)."
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

    /// "5 événements tenus · 53 participants · 2 à venir" for a programme's line on the
    /// dashboard.
    static func eventsSummary(held: Int, planned: Int, participants: Int, _ l: Language) -> String {
        let fr = l == .fr
        var parts: [String] = []
        if held > 0 {
            parts.append(fr ? "\(held) événement\(held > 1 ? "s" : "") tenu\(held > 1 ? "s" : "")" : "\(held) event\(held == 1 ? "" : "s") held")
            parts.append(fr ? "\(participants) participant\(participants > 1 ? "s" : "")"
                            : "\(participants) participant\(participants == 1 ? "" : "s")")
        }
        if planned > 0 {
            parts.append(held > 0 ? (fr ? "\(planned) à venir" : "\(planned) to come")
                : fr ? "\(planned) événement\(planned > 1 ? "s" : "") à venir" : "\(planned) event\(planned == 1 ? "" : "s") to come")
        }
        return parts.joined(separator: " · ")
    }

    /// "2 événements à compter": past open events whose headcount is not recorded.
    static func eventsToCount(_ n: Int, _ l: Language) -> String {
        l == .fr ? "\(n) événement\(n > 1 ? "s" : "") à compter" : "\(n) event\(n == 1 ? "" : "s") to count"
    }

    /// A category in a word or two, for a table or a one-line pane (the report and `show`
    /// keep the catalog's full labels); a free category as the facilitator named it.
    static func audienceShort(_ audience: Audience, _ l: Language) -> String {
        let fr = l == .fr
        switch audience {
        case .free(let name): return name
        case .standard(let s):
            switch s {
            case .elus: return fr ? "élus" : "officials"
            case .techniciens: return fr ? "techniciens" : "authority staff"
            case .professionnels: return fr ? "pros de l’accomp." : "support pros"
            case .habitants: return fr ? "habitants" : "residents"
            case .porteurs: return fr ? "porteurs" : "holders"
            case .autres: return fr ? "autres" : "others"
            }
        }
    }

    /// "15 : élus 4, porteurs 3, habitants 3, coworkers 5" (and "sans catégorie 2" for
    /// those counted in the total only).
    static func headcountShort(_ h: Headcount, _ l: Language) -> String {
        var parts = h.audiences.map { "\(audienceShort($0.audience, l)) \($0.count)" }
        if h.unspecified > 0, !parts.isEmpty { parts.append((l == .fr ? "sans catégorie " : "no category ") + String(h.unspecified)) }
        guard !parts.isEmpty else { return String(h.total) }
        return String(h.total) + (l == .fr ? " : " : ": ") + parts.joined(separator: ", ")
    }

    /// The detail pane's headcount line before one is recorded: what to do, and when.
    static func headcountHint(_ past: Bool, _ l: Language) -> String {
        switch (past, l == .fr) {
        case (true, true): return "à compter : h saisit l’effectif par public"
        case (true, false): return "to count: h records the headcount by audience"
        case (false, true): return "à compter après l’événement (h)"
        case (false, false): return "to count after the event (h)"
        }
    }

    /// The headcount form's note: the event, and what the total is for.
    static func headcountNote(_ title: String, _ l: Language) -> String {
        let short = title.count > 40 ? String(title.prefix(39)) + "…" : title
        return l == .fr ? "« \(short) » — un nombre par public venu ; le total seulement si d’autres sont venus hors catégorie."
            : "“\(short)” — a number for each audience that came; the total only if others came in no category."
    }
}
