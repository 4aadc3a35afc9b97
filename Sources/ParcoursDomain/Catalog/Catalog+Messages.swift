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
        case .undid(let lines):
            return pick(l, "Annulé : ", "Undid: ") + lines.map { $0.text(l) }.joined(separator: " ; ")
        case .redid(let lines):
            return pick(l, "Rétabli : ", "Redid: ") + lines.map { $0.text(l) }.joined(separator: " ; ")
        }
    }
}
