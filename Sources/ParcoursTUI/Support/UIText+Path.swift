import Foundation
import ParcoursDomain

/// The strings with values of the follow-ups, the project's path and the evaluations.
extension UIText {
    /// How late a follow-up is: "aujourd’hui", "12 j de retard", "5 mois de retard", "3 ans de retard".
    static func lateness(_ days: Int, _ l: Language) -> String {
        let fr = l == .fr
        if days <= 0 { return fr ? "aujourd’hui" : "due today" }
        if days < 60 { return fr ? "\(days) j de retard" : "\(days) days late" }
        let months = days * 12 / 365
        if months < 24 { return fr ? "\(months) mois de retard" : "\(months) months late" }
        let years = months / 12
        return fr ? "\(years) ans de retard" : "\(years) years late"
    }

    /// When a follow-up comes: "dans 12 j", "dans 5 mois", "dans 2 ans".
    static func comingIn(_ days: Int, _ l: Language) -> String {
        let fr = l == .fr
        if days < 60 { return fr ? "dans \(days) j" : "in \(days) day\(days == 1 ? "" : "s")" }
        let months = days * 12 / 365
        if months < 24 { return fr ? "dans \(months) mois" : "in \(months) months" }
        return fr ? "dans \(months / 12) ans" : "in \(months / 12) years"
    }

    /// "suivi à 1 an" / "follow-up at 1 year".
    static func followUpAt(_ wave: String, _ l: Language) -> String { l == .fr ? "suivi à \(wave)" : "follow-up at \(wave)" }

    /// "60 suivis, 20 projets" / "60 follow-ups, 20 projects".
    static func followUpsCount(_ n: Int, projects: Int, _ l: Language) -> String {
        l == .fr ? "\(n) suivi\(n > 1 ? "s" : ""), \(projects) projet\(projects > 1 ? "s" : "")"
            : "\(n) follow-up\(n == 1 ? "" : "s"), \(projects) project\(projects == 1 ? "" : "s")"
    }

    /// "à 6 mois" / "at 6 months".
    static func atWave(_ wave: String, _ l: Language) -> String { l == .fr ? "à \(wave)" : "at \(wave)" }

    /// "cessée (suivi à 6 mois)": known without a call from an earlier follow-up.
    static func ceasedAt(_ wave: String, _ l: Language) -> String { l == .fr ? "cessée (à \(wave))" : "ceased (at \(wave))" }

    static func knownWithoutCall(_ what: String, _ l: Language) -> String {
        l == .fr ? "\(what) : connu sans appel" : "\(what): known without a call"
    }

    static func dueOn(_ day: String, _ l: Language) -> String { l == .fr ? "dû le \(day)" : "due on \(day)" }
    static func endedOn(_ day: String, _ l: Language) -> String { l == .fr ? "fin le \(day)" : "ended on \(day)" }
    static func since(_ day: String, _ l: Language) -> String { l == .fr ? "depuis le \(day)" : "since \(day)" }
    static func openSince(_ day: String, _ l: Language) -> String { l == .fr ? "ouvert le \(day)" : "open since \(day)" }
    static func reachedOn(_ day: String, _ l: Language) -> String { l == .fr ? "atteint le \(day)" : "reached on \(day)" }
    static func answeredOn(_ day: String, _ l: Language) -> String { l == .fr ? "répondu le \(day)" : "answered on \(day)" }
    static func before(_ form: String, _ l: Language) -> String { l == .fr ? "avant : \(form)" : "before: \(form)" }

    /// "Promotion : toutes (c)" above the follow-ups table.
    static func cohortFilter(_ name: String, _ l: Language) -> String {
        l == .fr ? "promotion : \(name) (c)" : "cohort: \(name) (c)"
    }

    /// "fin du parcours le 30/06/2023 (Promo 2023)".
    static func programmeEnded(_ day: String, cohort: String, _ l: Language) -> String {
        l == .fr ? "fin du parcours le \(day) (\(cohort))" : "programme ended on \(day) (\(cohort))"
    }

    static func followUpReplaces(_ wave: String, _ finding: String, _ l: Language) -> String {
        l == .fr ? "Déjà noté à \(wave) : \(finding) ; l’enregistrer de nouveau le remplace."
            : "Already recorded at \(wave): \(finding); recording it again replaces it."
    }

    static func noWavePlanned(_ project: String, _ l: Language) -> String {
        l == .fr ? "Aucun suivi n’est prévu pour « \(project) » : son dispositif ne prévoit pas de suivi après le parcours, ou son parcours n’est pas fini."
            : "No follow-up is planned for “\(project)”: its programme plans none, or its programme has not ended."
    }

    static func removeFollowUpQuestion(_ wave: String, _ project: String, _ l: Language) -> String {
        l == .fr ? "Retirer le suivi à \(wave) de « \(project) » ?" : "Remove the follow-up at \(wave) of “\(project)”?"
    }

    static func milestoneNote(_ project: String, _ l: Language) -> String {
        l == .fr ? "« \(project) » — ✓ les jalons atteints ; Entrée sur l’un d’eux pour le noter ou le corriger."
            : "“\(project)” — ✓ the milestones reached; Enter on one to record or correct it."
    }

    static func resolveNeed(_ need: String, _ l: Language) -> String { l == .fr ? "Résoudre : \(need)" : "Resolve: \(need)" }

    static func currentLegalForm(_ form: String, since: String?, _ l: Language) -> String {
        let when = since.map { l == .fr ? " depuis le \($0)" : " since \($0)" } ?? ""
        return l == .fr ? "forme actuelle : \(form)\(when)." : "current form: \(form)\(when)."
    }

    static func answersReplace(_ day: String, _ l: Language) -> String {
        l == .fr ? "Réponses du \(day) : les enregistrer de nouveau les remplace (une réponse vidée est retirée)."
            : "Answers of \(day): saving them again replaces them (an emptied answer is taken out)."
    }

    static func noQuestionnaire(_ holder: String, _ l: Language) -> String {
        l == .fr ? "Aucun questionnaire pour les dispositifs de \(holder)." : "No questionnaire for \(holder)'s programmes."
    }

    static func juryMembers(_ names: String, _ l: Language) -> String { l == .fr ? "jury : \(names)" : "jury: \(names)" }

    static func notAReviewSession(_ title: String, _ l: Language) -> String {
        l == .fr ? "« \(title) » n’est pas une séance de bilan : le jury n’évalue qu’au bilan."
            : "“\(title)” is not a review session: the jury evaluates at a review only."
    }

    /// The `:` verbs of the follow-ups, the path and the evaluations that act on what this
    /// screen shows (the help's last line); nil where none does.
    static func screenVerbs(_ screen: Screen, _ l: Language) -> String? {
        let fr = l == .fr
        switch screen {
        case .dashboard:
            return fr ? "Ici aussi : :suivis (la vue des suivis) · :suivi PROJET · :idees · :appels · :idee TITRE · :contact ajouter ORGANISATION NOM · :partenaire DISPOSITIF ORGANISATION --role RÔLE"
                : "Here too: :followups (the follow-ups view) · :followup PROJECT · :ideas · :calls · :idea TITLE · :contact add ORGANISATION NAME · :partner PROGRAMME ORGANISATION --role ROLE"
        case .ideas:
            return fr ? "Ici aussi : :idee TITRE (nouvelle idée) · :statut-idee [IDÉE] · :adopter [IDÉE] · :appels · :appel ajouter DISPOSITIF TITRE [--criterion CRITÈRE]… · :appel candidature APPEL PORTEUR · :appel verifier APPEL PORTEUR --met 1 --unmet 2"
                : "Here too: :idea TITLE (a new idea) · :idea-status [IDEA] · :adopt [IDEA] · :calls · :call add PROGRAMME TITLE [--criterion TEXT]… · :call apply CALL HOLDER · :call check CALL HOLDER --met 1 --unmet 2"
        case .holder, .followUps:
            return fr ? "Ici aussi : :suivi · :jalon · :besoin · :forme · :questionnaire (ou nommez un autre porteur après)"
                : "Here too: :followup · :milestone · :need · :legal-form · :questionnaire (or name another holder after)"
        case .cohort(let cs) where cs.view == .sessions:
            return (fr ? "Ici aussi : :feuille (d’émargement) · :jury [PORTEUR] sur une séance de bilan · "
                : "Here too: :sheet (attendance sheet) · :jury [HOLDER] on a review session · ") + openEventVerbs(sessions: true, l)
        case .events:
            return (fr ? "Ici aussi : " : "Here too: ") + openEventVerbs(sessions: false, l)
        default:
            return nil
        }
    }

    /// Where the attendance sheet went (first, so the status line keeps it), and what to do with it.
    static func sheetSaved(_ path: String, count: Int, _ l: Language) -> String {
        l == .fr ? "Feuille d’émargement : \(home(path)) — \(count) participant\(count > 1 ? "s" : ""), à ouvrir dans un navigateur pour l’imprimer."
            : "Attendance sheet: \(home(path)) — \(count) participant\(count == 1 ? "" : "s"), open it in a browser to print it."
    }

    /// A path under the home folder with `~` for it (shorter on the status line).
    static func home(_ path: String) -> String {
        guard let home = ProcessInfo.processInfo.environment["HOME"], home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
