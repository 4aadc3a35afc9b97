extension Catalog {
    private static func meetingsText(_ count: Int, _ l: Language) -> String {
        guard count > 0 else { return "" }
        let s = count > 1 ? "s" : ""
        return pick(l, " \(count) rendez-vous individuel\(count > 1 ? "s" : "") prévu\(s).",
                    " \(count) individual meeting\(s) planned.")
    }

    /// The neutral label of an erased person.
    public static func erasedPerson(_ number: Int, _ l: Language) -> String {
        pick(l, "Personne effacée \(number)", "Erased person \(number)")
    }

    /// The neutral label of a project that went with an erased person.
    public static func erasedProject(_ number: Int, _ l: Language) -> String {
        pick(l, "Projet effacé \(number)", "Erased project \(number)")
    }

    /// The title shown for an erased person's individual meeting.
    public static func erasedMeeting(_ l: Language) -> String {
        pick(l, "Rendez-vous individuel", "Individual meeting")
    }

    /// The summary of what a command did.
    public static func text(_ message: Message, _ l: Language) -> String {
        switch message {
        case .organisationAdded(let name):
            return pick(l, "Structure « \(name) » ajoutée.", "Organisation “\(name)” added.")
        case .programmeCreated(let name, let created):
            let extra = created.isEmpty ? "" : pick(l, " Structures créées : \(created.joined(separator: ", ")).",
                                                    " Organisations created: \(created.joined(separator: ", ")).")
            return pick(l, "Dispositif « \(name) » créé.", "Programme “\(name)” created.") + extra
        case .partnerAdded(let org, let programme):
            return pick(l, "« \(org) » est partenaire de « \(programme) ».", "“\(org)” is a partner of “\(programme)”.")
        case .workshopAdded(let title, let programme, let position):
            return pick(l, "Atelier \(position) « \(title) » ajouté au modèle de « \(programme) ».",
                        "Workshop \(position) “\(title)” added to the template of “\(programme)”.")
        case .cohortCreated(let name, let programme, let sessions):
            let s = sessions == 0 ? "" : pick(l, " \(sessions) séance\(sessions > 1 ? "s" : "") prévue\(sessions > 1 ? "s" : "").",
                                              " \(sessions) session\(sessions > 1 ? "s" : "") planned.")
            return pick(l, "Promotion « \(name) » de « \(programme) » créée.", "Cohort “\(name)” of “\(programme)” created.") + s
        case .cohortStatusChanged(let cohort, let status):
            return pick(l, "Promotion « \(cohort) » : \(label(status, .fr)).", "Cohort “\(cohort)”: \(label(status, .en)).")
        case .staffAdded(let name, let role, let cohort):
            return pick(l, "\(name) (\(label(role, .fr))) ajouté·e à l'équipe de « \(cohort) ».",
                        "\(name) (\(label(role, .en))) added to the staff of “\(cohort)”.")
        case .holderAdded(let name, let project):
            let p = project.map { pick(l, " avec le projet « \($0) »", " with project “\($0)”") } ?? ""
            return pick(l, "Porteur \(name) ajouté\(p).", "Holder \(name) added\(p).")
        case .consentGiven(let holder, let scope):
            return pick(l, "Consentement de \(holder) enregistré : \(consentScope(scope, .fr)).",
                        "\(holder)'s consent recorded: \(consentScope(scope, .en)).")
        case .consentWithdrawn(let holder, let scope):
            return pick(l, "Consentement de \(holder) retiré : \(consentScope(scope, .fr)) effacés, ici et, à la prochaine synchronisation, partout.",
                        "\(holder)'s consent withdrawn: \(consentScope(scope, .en)) erased, here and, at the next sync, everywhere.")
        case .sensitiveSet(let holder, let scope, let count):
            return pick(l, "\(holder) : \(consentScope(scope, .fr)) enregistrés (\(count)).",
                        "\(holder): \(consentScope(scope, .en)) recorded (\(count)).")
        case .retentionSet(let months):
            return pick(l, "Durée de conservation : \(months) mois après le dernier contact.",
                        "Retention period: \(months) months after the last contact.")
        case .retentionApplied(let count, let months):
            return pick(l, "\(count) personne(s) anonymisée(s) : dernier contact il y a plus de \(months) mois. Synchronisez chaque installation pour que l’effacement les atteigne.",
                        "\(count) person(s) anonymised: last contact more than \(months) months ago. Sync every installation so the erasure reaches them.")
        case .erased(let number):
            return pick(l, "Données personnelles effacées : la personne apparaît désormais comme « \(erasedPerson(number, .fr)) ». Les exports déjà écrits ne sont pas touchés : effacez-les à la main. Synchronisez chaque installation pour que l’effacement les atteigne.",
                        "Personal data erased: the person now shows as “\(erasedPerson(number, .en))”. Exports written before are not touched: delete them by hand. Sync every installation so the erasure reaches them.")
        case .both(let first, let second):
            return text(first, l) + " " + text(second, l)
        case .holderJoinedProject(let holder, let project):
            return pick(l, "\(holder) porte aussi « \(project) ».", "\(holder) now also carries “\(project)”.")
        case .enrolled(let holder, let cohort, let status, let meetings):
            return pick(l, "\(holder) ajouté·e à « \(cohort) » (\(label(status, .fr))).",
                        "\(holder) added to “\(cohort)” (\(label(status, .en))).") + meetingsText(meetings, l)
        case .participationChanged(let holder, let cohort, let from, let to, let meetings):
            return pick(l, "\(holder) dans « \(cohort) » : \(label(from, .fr)) → \(label(to, .fr)).",
                        "\(holder) in “\(cohort)”: \(label(from, .en)) → \(label(to, .en)).") + meetingsText(meetings, l)
        case .sessionScheduled(let title, let date):
            return pick(l, "Séance « \(title) » prévue le \(day(date, .fr)).", "Session “\(title)” planned on \(day(date, .en)).")
        case .sessionUpdated(let title):
            return pick(l, "Séance « \(title) » modifiée.", "Session “\(title)” changed.")
        case .sessionCancelled(let title, let date):
            return pick(l, "Séance « \(title) » du \(day(date, .fr)) annulée.", "Session “\(title)” of \(day(date, .en)) cancelled.")
        case .templateSessionsCreated(let cohort, let count, let meetings):
            return pick(l, "\(count) séance\(count > 1 ? "s" : "") du modèle ajoutée\(count > 1 ? "s" : "") à « \(cohort) ».",
                        "\(count) template session\(count > 1 ? "s" : "") added to “\(cohort)”.") + meetingsText(meetings, l)
        case .marked(let holder, let session, let mark):
            return pick(l, "\(holder) : \(label(mark, .fr)) à « \(session) ».", "\(holder): \(label(mark, .en)) at “\(session)”.")
        case .markedAllPresent(let session, let count):
            return pick(l, "\(count) présent\(count > 1 ? "s" : "") à « \(session) ».",
                        "\(count) marked present at “\(session)”.")
        case .markCleared(let holder, let session):
            return pick(l, "Présence de \(holder) à « \(session) » effacée.", "Mark of \(holder) at “\(session)” cleared.")
        case .stageChanged(let project, let from, let to):
            return pick(l, "« \(project) » : \(label(from, .fr)) → \(label(to, .fr)).",
                        "“\(project)”: \(label(from, .en)) → \(label(to, .en)).")
        case .statusChanged(let project, let from, let to):
            return pick(l, "« \(project) » : \(label(from, .fr)) → \(label(to, .fr)).",
                        "“\(project)”: \(label(from, .en)) → \(label(to, .en)).")
        case .noteAdded(let about):
            return pick(l, "Note ajoutée sur \(about).", "Note added about \(about).")
        case .edited(let kind, let name, let fields):
            let fr = fields.map { fieldLabel($0, of: kind, .fr) }.joined(separator: ", ")
            let en = fields.map { fieldLabel($0, of: kind, .en) }.joined(separator: ", ")
            return pick(l, "« \(name) » (\(label(kind, .fr))) modifié : \(fr).", "“\(name)” (\(label(kind, .en))) changed: \(en).")
        case .workshopEdited(let title, let programme):
            return pick(l, "Atelier « \(title) » du modèle de « \(programme) » modifié.",
                        "Workshop “\(title)” of the template of “\(programme)” changed.")
        case .workshopMoved(let title, let programme, let position):
            return pick(l, "Atelier « \(title) » placé en position \(position) du modèle de « \(programme) ».",
                        "Workshop “\(title)” moved to position \(position) in the template of “\(programme)”.")
        case .workshopRemoved(let title, let programme, let unlinked):
            let kept = unlinked == 0 ? "" : pick(l, " \(unlinked) séance\(unlinked > 1 ? "s" : "") déjà créée\(unlinked > 1 ? "s" : "") à partir de lui reste\(unlinked > 1 ? "nt" : "") dans les promotions.",
                                                 " \(unlinked) session\(unlinked > 1 ? "s" : "") already made from it stay\(unlinked > 1 ? "" : "s") in the cohorts.")
            return pick(l, "Atelier « \(title) » retiré du modèle de « \(programme) ».",
                        "Workshop “\(title)” removed from the template of “\(programme)”.") + kept
        case .templateCopied(let from, let to, let count):
            return pick(l, "\(count) atelier\(count > 1 ? "s" : "") du modèle de « \(from) » copié\(count > 1 ? "s" : "") dans « \(to) ».",
                        "\(count) workshop\(count > 1 ? "s" : "") of the template of “\(from)” copied to “\(to)”.")
        case .holderRemoved(let name, let marks, let notes, let participations, let meetings, let projects):
            let fr = [count(marks, "marque de présence", "marques de présence"), count(notes, "note", "notes"),
                      count(participations, "participation", "participations"),
                      count(meetings, "rendez-vous individuel", "rendez-vous individuels"), count(projects, "projet", "projets")]
                .compactMap { $0 }
            let en = [count(marks, "attendance mark", "attendance marks"), count(notes, "note", "notes"),
                      count(participations, "participation", "participations"),
                      count(meetings, "individual meeting", "individual meetings"), count(projects, "project", "projects")]
                .compactMap { $0 }
            return pick(l, "Porteur \(name) retiré des listes" + (fr.isEmpty ? "" : ", avec : \(fr.joined(separator: ", "))")
                            + " ; annulable.",
                        "Holder \(name) removed from the lists" + (en.isEmpty ? "" : ", with: \(en.joined(separator: ", "))")
                            + "; can be undone.")
        case .holdersMerged(let keep, let duplicate, let moved, let filled):
            let fr = filled.isEmpty ? "" : " Repris du doublon : \(filled.map { fieldLabel($0, of: .holder, .fr) }.joined(separator: ", "))."
            let en = filled.isEmpty ? "" : " Taken from the duplicate: \(filled.map { fieldLabel($0, of: .holder, .en) }.joined(separator: ", "))."
            return pick(l, "\(duplicate) fusionné·e dans \(keep) : \(moved) référence\(moved > 1 ? "s" : "") déplacée\(moved > 1 ? "s" : ""), le doublon est retiré.\(fr)",
                        "\(duplicate) merged into \(keep): \(moved) reference\(moved == 1 ? "" : "s") moved, the duplicate is removed.\(en)")
        case .participationRemoved(let holder, let cohort, let meetings):
            let extra = meetings == 0 ? "" : pick(l, " \(meetings) rendez-vous individuel\(meetings > 1 ? "s" : "") retiré\(meetings > 1 ? "s" : "").",
                                                  " \(meetings) individual meeting\(meetings > 1 ? "s" : "") removed.")
            return pick(l, "Participation de \(holder) à « \(cohort) » retirée.", "Participation of \(holder) in “\(cohort)” removed.") + extra
        case .transferred(let holder, let from, let to, let cancelled, let planned):
            let c = cancelled == 0 ? "" : pick(l, " \(cancelled) rendez-vous individuel\(cancelled > 1 ? "s" : "") prévu\(cancelled > 1 ? "s" : "") dans « \(from) » annulé\(cancelled > 1 ? "s" : "").",
                                               " \(cancelled) individual meeting\(cancelled > 1 ? "s" : "") planned in “\(from)” cancelled.")
            return pick(l, "\(holder) transféré·e de « \(from) » à « \(to) » (ce n'est pas une sortie).",
                        "\(holder) transferred from “\(from)” to “\(to)” (not a drop-out).") + c + meetingsText(planned, l)
        case .participationsStarted(let holders, let cohort):
            return holders.count == 1
                ? pick(l, "Première présence : \(holders[0]) est en cours dans « \(cohort) ».",
                       "First presence: \(holders[0]) is now in progress in “\(cohort)”.")
                : pick(l, "Première présence : \(holders.count) porteurs en cours dans « \(cohort) » (\(holders.joined(separator: ", "))).",
                       "First presence: \(holders.count) holders now in progress in “\(cohort)” (\(holders.joined(separator: ", "))).")
        case .followUpsPlanned, .followUpRecorded, .followUpRemoved, .programmeMilestoneAdded, .milestoneReached,
             .milestoneCleared, .needAdded, .needResolved, .legalFormChanged, .fundingSet, .fundingRemoved:
            return pathText(message, l)
        case .questionnaireAdded(let title, let programme, let questions):
            return pick(l, "Questionnaire « \(title) » ajouté à « \(programme) » (\(questions) question\(questions > 1 ? "s" : "")).",
                        "Questionnaire “\(title)” added to “\(programme)” (\(questions) question\(questions > 1 ? "s" : "")).")
        case .questionnaireRemoved(let title):
            return pick(l, "Questionnaire « \(title) » retiré.", "Questionnaire “\(title)” removed.")
        case .answered(let holder, let questionnaire, let count, let replaced):
            let again = replaced ? pick(l, " Les réponses précédentes sont remplacées (undo les rétablit).",
                                        " The earlier answers are replaced (undo brings them back).") : ""
            return pick(l, "\(count) réponse\(count > 1 ? "s" : "") de \(holder) à « \(questionnaire) » enregistrée\(count > 1 ? "s" : "").",
                        "\(count) answer\(count > 1 ? "s" : "") of \(holder) to “\(questionnaire)” recorded.") + again
        case .answersCleared(let holder, let questionnaire):
            return pick(l, "Réponses de \(holder) à « \(questionnaire) » effacées.", "\(holder)'s answers to “\(questionnaire)” cleared.")
        case .juryMemberAdded(let name, let session):
            return pick(l, "\(name) fait partie du jury de « \(session) ».", "\(name) is on the jury of “\(session)”.")
        case .juryMemberRemoved(let name, let session):
            return pick(l, "\(name) ne fait plus partie du jury de « \(session) ».", "\(name) is no longer on the jury of “\(session)”.")
        case .juryEvaluated(let holder, let session, let decision):
            return pick(l, "Évaluation du jury de « \(session) » pour \(holder) enregistrée : \(label(decision, .fr)).",
                        "The jury of “\(session)” evaluated \(holder): \(label(decision, .en)).")
        case .juryEvaluationCleared(let holder, let session):
            return pick(l, "Évaluation de \(holder) par le jury de « \(session) » effacée.",
                        "\(holder)'s evaluation by the jury of “\(session)” cleared.")
        case .openEventScheduled, .openEventUpdated, .openEventCancelled, .headcountRecorded, .headcountCleared, .sessionHeld:
            return openEventText(message, l)
        case .idea(let message): return text(message, l)
        case .call(let message): return text(message, l)
        case .undid(let lines):
            return pick(l, "Annulé : ", "Undid: ") + lines.map { $0.text(l) }.joined(separator: " ; ")
        case .redid(let lines):
            return pick(l, "Rétabli : ", "Redid: ") + lines.map { $0.text(l) }.joined(separator: " ; ")
        case .contactAdded, .contactRemoved, .contactErased:
            return territoryText(message, l)
        case .personAdded, .personRemoved, .venueAdded, .venueRemoved, .facilitatorAdded, .facilitatorRemoved,
             .addedToDirectory:
            return directoryText(message, l)
        }
    }
}
