extension Catalog {
    public static func label(_ value: OpenEventKind, _ l: Language) -> String {
        switch value {
        case .sensibilisation: pick(l, "demi-journée de sensibilisation", "awareness session")
        case .soiree: pick(l, "soirée-débat", "evening debate")
        case .visite: pick(l, "visite apprenante", "learning visit")
        case .formation: pick(l, "formation", "training")
        case .lancement: pick(l, "réunion de lancement", "launch meeting")
        case .webinaire: pick(l, "webinaire", "webinar")
        }
    }

    public static func label(_ value: StandardAudience, _ l: Language) -> String {
        switch value {
        case .elus: pick(l, "élus", "elected officials")
        case .techniciens: pick(l, "techniciens de collectivités", "local authority staff")
        case .professionnels: pick(l, "professionnels de l'accompagnement", "support professionals")
        case .habitants: pick(l, "habitants", "residents")
        case .porteurs: pick(l, "porteurs de projet", "project holders")
        case .autres: pick(l, "autres", "others")
        }
    }

    /// An open event's status: a session's words, but agreeing with "événement" in French
    /// (tenu, prévu, annulé) where a séance is tenue, prévue, annulée.
    public static func eventStatus(_ value: SessionStatus, _ l: Language) -> String {
        switch value {
        case .held: pick(l, "tenu", "held")
        case .planned: pick(l, "prévu", "planned")
        case .cancelled: pick(l, "annulé", "cancelled")
        }
    }

    /// A category's label: the standard one's in the language, a free one's name as written.
    public static func label(_ value: Audience, _ l: Language) -> String {
        switch value {
        case .standard(let s): label(s, l)
        case .free(let name): name
        }
    }

    /// Those counted in no category given ("26 participants dont 10 élus").
    public static func unspecifiedAudience(_ l: Language) -> String {
        pick(l, "sans catégorie précisée", "category not given")
    }

    /// "44 participants (élus 10, habitants 20, sans catégorie précisée 14)".
    public static func headcount(_ h: Headcount, _ l: Language) -> String {
        var parts = h.audiences.map { "\(label($0.audience, l)) \($0.count)" }
        if h.unspecified > 0, !h.audiences.isEmpty { parts.append("\(unspecifiedAudience(l)) \(h.unspecified)") }
        let total = pick(l, "\(h.total) participant\(h.total > 1 ? "s" : "")", "\(h.total) participant\(h.total == 1 ? "" : "s")")
        return parts.isEmpty ? total : total + " (" + parts.joined(separator: ", ") + ")"
    }

    /// The journal's line for an open event's events.
    static func describeOpenEvent(_ event: DomainEvent, _ names: Names, _ l: Language) -> String {
        func title(_ id: EntityID) -> String { names.state.openEvents[id]?.title ?? id }
        switch event {
        case .openEventScheduled(let p):
            let e = p.entity
            let owner = e.cohort.map(names.cohort) ?? names.programme(e.programme)
            return pick(l, "Événement « \(e.title) » (\(label(e.kind, .fr))) prévu le \(day(e.date, .fr)) — \(owner)",
                        "Event “\(e.title)” (\(label(e.kind, .en))) planned on \(day(e.date, .en)) — \(owner)")
        case .openEventRemoved(let p):
            return pick(l, "Événement « \(p.entity.title) » retiré", "Event “\(p.entity.title)” removed")
        case .openEventUpdated(let p):
            var fr: [String] = [], en: [String] = []
            if p.before.title != p.after.title { fr.append("titre « \(p.after.title) »"); en.append("title “\(p.after.title)”") }
            if p.before.kind != p.after.kind { fr.append(label(p.after.kind, .fr)); en.append(label(p.after.kind, .en)) }
            if p.before.date != p.after.date { fr.append("le \(day(p.after.date, .fr))"); en.append("on \(day(p.after.date, .en))") }
            if p.before.time != p.after.time { fr.append("à \(p.after.time?.description ?? "—")"); en.append("at \(p.after.time?.description ?? "—")") }
            if p.before.duration != p.after.duration { fr.append(duration(p.after.duration, .fr)); en.append(duration(p.after.duration, .en)) }
            if p.before.venue != p.after.venue { fr.append("lieu : \(p.after.venue ?? "—")"); en.append("venue: \(p.after.venue ?? "—")") }
            if p.before.remote != p.after.remote {
                fr.append(p.after.remote ? "à distance" : "sur place"); en.append(p.after.remote ? "remote" : "in person")
            }
            return pick(l, "Événement « \(p.before.title) » modifié : \(fr.joined(separator: ", "))",
                        "Event “\(p.before.title)” changed: \(en.joined(separator: ", "))")
        case .openEventCancelled(let p):
            return pick(l, "Événement « \(title(p.event)) » annulé", "Event “\(title(p.event))” cancelled")
        case .openEventReopened(let p):
            return pick(l, "Événement « \(title(p.event)) » de nouveau prévu", "Event “\(title(p.event))” planned again")
        case .headcountRecorded(let p):
            let count = p.headcount.map { headcount($0, l) } ?? ""
            return pick(l, "Participants à « \(title(p.event)) » : \(count)", "Participants at “\(title(p.event))”: \(count)")
        case .headcountCleared(let p):
            return pick(l, "Comptage de « \(title(p.event)) » effacé", "Headcount of “\(title(p.event))” cleared")
        default:
            return ""
        }
    }

    /// The summaries of the open events' commands (and of `session held`).
    static func openEventText(_ message: Message, _ l: Language) -> String {
        switch message {
        case .openEventScheduled(let title, let date, let owner):
            return pick(l, "Événement « \(title) » prévu le \(day(date, .fr)) (\(owner)).",
                        "Event “\(title)” planned on \(day(date, .en)) (\(owner)).")
        case .openEventUpdated(let title):
            return pick(l, "Événement « \(title) » modifié.", "Event “\(title)” changed.")
        case .openEventCancelled(let title, let date):
            return pick(l, "Événement « \(title) » du \(day(date, .fr)) annulé.", "Event “\(title)” of \(day(date, .en)) cancelled.")
        case .headcountRecorded(let event, let total, let replaced):
            let again = replaced ? pick(l, " Le comptage précédent est remplacé (undo le rétablit).",
                                        " The earlier headcount is replaced (undo brings it back).") : ""
            return pick(l, "\(total) participant\(total > 1 ? "s" : "") à « \(event) » : l'événement a eu lieu.",
                        "\(total) participant\(total == 1 ? "" : "s") at “\(event)”: the event took place.") + again
        case .headcountCleared(let event):
            return pick(l, "Comptage de « \(event) » effacé : l'événement est de nouveau prévu.",
                        "Headcount of “\(event)” cleared: the event is planned again.")
        case .sessionHeld(let title, let date):
            return pick(l, "Séance « \(title) » du \(day(date, .fr)) tenue (personne n'y était attendu).",
                        "Session “\(title)” of \(day(date, .en)) held (nobody was expected).")
        default:
            return ""
        }
    }

    /// The refusals of the open events' commands (and of `session held`).
    static func openEventText(_ error: DomainError, _ l: Language) -> String {
        switch error {
        case .openEventIsCancelled(let event):
            return pick(l, "« \(event) » est annulé : rien ne s'y enregistre (undo rétablit l'événement).",
                        "“\(event)” is cancelled: nothing is recorded for it (undo brings the event back).")
        case .openEventAlreadyHeld(let event):
            return pick(l, "« \(event) » a eu lieu (son comptage est enregistré) : il ne s'annule pas. Effacez d'abord le comptage s'il est erroné.",
                        "“\(event)” took place (its headcount is recorded): it is not cancelled. Clear the headcount first if it is wrong.")
        case .emptyHeadcount(let event):
            return pick(l, "Comptage vide pour « \(event) » : donnez au moins une catégorie avec son nombre, ou le total. Personne n'est venu ? Annulez l'événement.",
                        "Empty headcount for “\(event)”: give at least one category with its number, or the total. Nobody came? Cancel the event.")
        case .invalidHeadcount(let event, let category, let count):
            return pick(l, "Comptage de « \(event) » : nombre invalide pour « \(category) » (\(count)) ; un nombre entier de 0 à \(InputRules.largestHeadcount).",
                        "Headcount of “\(event)”: invalid number for “\(category)” (\(count)); a whole number from 0 to \(InputRules.largestHeadcount).")
        case .duplicateAudience(let event, let category):
            return pick(l, "Comptage de « \(event) » : la catégorie « \(category) » est donnée deux fois ; une fois suffit, avec son nombre.",
                        "Headcount of “\(event)”: the category “\(category)” is given twice; give it once, with its number.")
        case .totalBelowCategories(let event, let total, let counted):
            return pick(l, "Comptage de « \(event) » : le total (\(total)) est inférieur à la somme des catégories (\(counted)) ; il doit la couvrir (le surplus est « sans catégorie précisée »).",
                        "Headcount of “\(event)”: the total (\(total)) is below the sum of the categories (\(counted)); it must cover it (the rest is “category not given”).")
        case .noHeadcount(let event):
            return pick(l, "« \(event) » n'a pas de comptage à effacer.", "“\(event)” has no headcount to clear.")
        case .sameHeadcount(let event):
            return pick(l, "C'est déjà le comptage de « \(event) » : rien ne change.",
                        "That is already the headcount of “\(event)”: nothing changes.")
        case .sessionNotYetHeld(let session, let date):
            return pick(l, "« \(session) » est prévue le \(day(date, .fr)) : elle ne peut pas encore avoir eu lieu.",
                        "“\(session)” is dated \(day(date, .en)): it cannot have taken place yet.")
        case .sessionHasExpectedHolders(let session, let count):
            return pick(l, "\(count) porteur\(count > 1 ? "s sont attendus" : " est attendu") à « \(session) » : faites l'émargement, il marque la séance tenue.",
                        "\(count) holder\(count == 1 ? " is" : "s are") expected at “\(session)”: take the attendance, which holds the session.")
        case .sessionIsHeld(let session):
            return pick(l, "« \(session) » est déjà tenue.", "“\(session)” is already held.")
        default:
            return ""
        }
    }

    static func openEventText(_ warning: DomainWarning, _ l: Language) -> String {
        switch warning {
        case .headcountOnFutureEvent(let event, let date):
            return pick(l, "« \(event) » est prévu le \(date.iso), dans le futur.", "“\(event)” is dated \(date.iso), in the future.")
        default:
            return ""
        }
    }
}
