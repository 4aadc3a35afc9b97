extension Catalog {
    /// The plain-words journal line for an event ("Léa Martin marqué·e présent·e à « Atelier 2 »").
    /// Names come from the event itself when it carries them, otherwise from `state`.
    /// `geography` names the areas of a territory (asked only for such a line: loading
    /// the geographic code takes a moment).
    public static func describe(_ recorded: RecordedEvent, in state: State, language: Language,
                                geography: @escaping () -> Geography? = { nil }) -> String {
        describe(recorded.event, in: state, language: language, geography: geography)
    }

    /// The line for an event without its metadata.
    public static func describe(_ event: DomainEvent, in state: State, language l: Language,
                                geography: @escaping () -> Geography? = { nil }) -> String {
        let names = Names(state: state, geography: geography)
        if let line = describePath(event, names, l) { return line }
        if let line = describeTerritory(event, names, l) { return line }
        if let line = describeDirectory(event, names, l) { return line }
        switch event {
        case .organisationAdded(let p):
            return pick(l, "Structure « \(p.entity.name) » ajoutée (\(label(p.entity.kind, .fr)))",
                        "Organisation “\(p.entity.name)” added (\(label(p.entity.kind, .en)))")
        case .organisationRemoved(let p):
            return pick(l, "Structure « \(p.entity.name) » retirée", "Organisation “\(p.entity.name)” removed")
        case .programmeCreated(let p):
            return pick(l, "Dispositif « \(p.entity.name) » créé", "Programme “\(p.entity.name)” created")
        case .programmeRemoved(let p):
            return pick(l, "Dispositif « \(p.entity.name) » retiré", "Programme “\(p.entity.name)” removed")
        case .partnerAdded(let p):
            let org = names.organisation(p.partner.organisation), prog = names.programme(p.programme)
            let role = p.partner.role.isEmpty ? "" : " (\(p.partner.role))"
            return pick(l, "« \(org) » partenaire de « \(prog) »\(role)", "“\(org)” partner of “\(prog)”\(role)")
        case .partnerRemoved(let p):
            let org = names.organisation(p.partner.organisation), prog = names.programme(p.programme)
            return pick(l, "« \(org) » n'est plus partenaire de « \(prog) »", "“\(org)” no longer partner of “\(prog)”")
        case .workshopAdded(let p):
            let prog = names.programme(p.programme)
            return pick(l, "Atelier « \(p.workshop.title) » ajouté au modèle de « \(prog) »",
                        "Workshop “\(p.workshop.title)” added to the template of “\(prog)”")
        case .workshopRemoved(let p):
            let prog = names.programme(p.programme)
            return pick(l, "Atelier « \(p.workshop.title) » retiré du modèle de « \(prog) »",
                        "Workshop “\(p.workshop.title)” removed from the template of “\(prog)”")
        case .cohortCreated(let p):
            let prog = names.programme(p.entity.programme)
            return pick(l, "Promotion « \(p.entity.name) » créée (\(prog)), début le \(day(p.entity.start, .fr))",
                        "Cohort “\(p.entity.name)” created (\(prog)), starting \(day(p.entity.start, .en))")
        case .cohortRemoved(let p):
            return pick(l, "Promotion « \(p.entity.name) » retirée", "Cohort “\(p.entity.name)” removed")
        case .cohortStatusChanged(let p):
            let c = names.cohort(p.cohort)
            return pick(l, "Promotion « \(c) » : \(label(p.to, .fr))", "Cohort “\(c)”: \(label(p.to, .en))")
        case .staffAdded(let p):
            let c = names.cohort(p.cohort)
            return pick(l, "\(p.member.name) (\(label(p.member.role, .fr))) rejoint l'équipe de « \(c) »",
                        "\(p.member.name) (\(label(p.member.role, .en))) joins the staff of “\(c)”")
        case .staffRemoved(let p):
            let c = names.cohort(p.cohort)
            return pick(l, "\(p.member.name) quitte l'équipe de « \(c) »", "\(p.member.name) leaves the staff of “\(c)”")
        case .holderAdded(let p):
            return pick(l, "Porteur \(p.entity.name) ajouté", "Holder \(p.entity.name) added")
        case .holderRemoved(let p):
            return pick(l, "Porteur \(p.entity.name) retiré", "Holder \(p.entity.name) removed")
        case .projectCreated(let p):
            let who = p.entity.holders.map(names.holder).joined(separator: ", ")
            return pick(l, "Projet « \(p.entity.title) » créé (\(who)), stade \(label(p.entity.stage, .fr))",
                        "Project “\(p.entity.title)” created (\(who)), stage \(label(p.entity.stage, .en))")
        case .projectRemoved(let p):
            return pick(l, "Projet « \(p.entity.title) » retiré", "Project “\(p.entity.title)” removed")
        case .projectHolderAdded(let p):
            let h = names.holder(p.holder), t = names.project(p.project)
            return pick(l, "\(h) rejoint le projet « \(t) »", "\(h) joins project “\(t)”")
        case .projectHolderRemoved(let p):
            let h = names.holder(p.holder), t = names.project(p.project)
            return pick(l, "\(h) quitte le projet « \(t) »", "\(h) leaves project “\(t)”")
        case .participationChanged(let p):
            let h = names.holder(p.holder), c = names.cohort(p.cohort)
            guard let to = p.to else {
                return pick(l, "\(h) retiré·e de « \(c) »", "\(h) removed from “\(c)”")
            }
            let why = p.reason.map { " — \($0)" } ?? ""
            guard let from = p.from else {
                return pick(l, "\(h) dans « \(c) » : \(label(to, .fr))", "\(h) in “\(c)”: \(label(to, .en))") + why
            }
            return pick(l, "\(h) dans « \(c) » : \(label(from, .fr)) → \(label(to, .fr))",
                        "\(h) in “\(c)”: \(label(from, .en)) → \(label(to, .en))") + why
        case .sessionScheduled(let p):
            return pick(l, "Séance « \(p.entity.title) » prévue le \(day(p.entity.date, .fr))",
                        "Session “\(p.entity.title)” planned on \(day(p.entity.date, .en))")
        case .sessionRemoved(let p):
            return pick(l, "Séance « \(p.entity.title) » retirée", "Session “\(p.entity.title)” removed")
        case .sessionUpdated(let p):
            return pick(l, "Séance « \(p.after.title) » modifiée", "Session “\(p.after.title)” changed")
        case .sessionHeld(let p):
            let s = names.session(p.session)
            return pick(l, "Séance « \(s) » tenue", "Session “\(s)” held")
        case .sessionCancelled(let p):
            let s = names.session(p.session)
            return pick(l, "Séance « \(s) » annulée", "Session “\(s)” cancelled")
        case .sessionReopened(let p):
            let s = names.session(p.session)
            return pick(l, "Séance « \(s) » de nouveau prévue", "Session “\(s)” planned again")
        case .attendanceMarked(let p):
            let h = names.holder(p.holder), s = names.session(p.session)
            guard let mark = p.mark else { return pick(l, "Présence de \(h) à « \(s) »", "Mark of \(h) at “\(s)”") }
            let remote = mark.remote ? pick(l, " (à distance)", " (remote)") : ""
            return pick(l, "\(h) marqué·e \(label(mark.mark, .fr))·e à « \(s) »\(remote)",
                        "\(h) marked \(label(mark.mark, .en)) at “\(s)”\(remote)")
        case .attendanceCleared(let p):
            let h = names.holder(p.holder), s = names.session(p.session)
            return pick(l, "Présence de \(h) à « \(s) » effacée", "Mark of \(h) at “\(s)” cleared")
        case .stageChanged(let p):
            let t = names.project(p.project)
            return pick(l, "« \(t) » : \(label(p.from, .fr)) → \(label(p.to, .fr))",
                        "“\(t)”: \(label(p.from, .en)) → \(label(p.to, .en))")
        case .statusChanged(let p):
            let t = names.project(p.project)
            let dest = p.destination.map(names.organisation)
            let why = p.note.map { " — \($0)" } ?? ""
            return pick(l, "« \(t) » : \(label(p.from, .fr)) → \(label(p.to, .fr))" + (dest.map { " (vers \($0))" } ?? "") + why,
                        "“\(t)”: \(label(p.from, .en)) → \(label(p.to, .en))" + (dest.map { " (to \($0))" } ?? "") + why)
        case .noteAdded(let p):
            let about = names.target(p.entity.target)
            var text = p.entity.text.count > 60 ? String(p.entity.text.prefix(59)) + "…" : p.entity.text
            if text.isEmpty { text = pick(l, "(effacée)", "(erased)") }
            return pick(l, "Note sur \(about) : « \(text) »", "Note about \(about): “\(text)”")
        case .noteRemoved(let p):
            let about = names.target(p.entity.target)
            return pick(l, "Note sur \(about) retirée", "Note about \(about) removed")
        case .organisationEdited(let p):
            return edited(.organisation, names.organisation(p.id), p.changes, names, l)
        case .programmeEdited(let p):
            return edited(.programme, names.programme(p.id), p.changes, names, l)
        case .cohortEdited(let p):
            return edited(.cohort, names.cohort(p.id), p.changes, names, l)
        case .holderEdited(let p):
            return edited(.holder, names.holder(p.id), p.changes, names, l)
        case .projectEdited(let p):
            return edited(.project, names.project(p.id), p.changes, names, l)
        case .workshopEdited(let p):
            let prog = names.programme(p.programme)
            let title = p.before.title == p.after.title ? "« \(p.after.title) »" : "« \(p.before.title) » → « \(p.after.title) »"
            let titleEN = p.before.title == p.after.title ? "“\(p.after.title)”" : "“\(p.before.title)” → “\(p.after.title)”"
            return pick(l, "Atelier \(title) du modèle de « \(prog) » modifié", "Workshop \(titleEN) of the template of “\(prog)” changed")
        case .workshopMoved(let p):
            let prog = names.programme(p.programme)
            return pick(l, "Modèle de « \(prog) » : atelier \(p.from + 1) placé en position \(p.to + 1)",
                        "Template of “\(prog)”: workshop \(p.from + 1) moved to position \(p.to + 1)")
        case .holderDiscarded(let p):
            if let keep = p.mergedInto {
                let k = names.holder(keep)
                return pick(l, "Porteur \(p.holder.name) fusionné dans \(k) (doublon retiré)",
                            "Holder \(p.holder.name) merged into \(k) (duplicate removed)")
            }
            let why = p.reason.map { " : \($0)" } ?? ""
            return pick(l, "Porteur \(p.holder.name) retiré des listes\(why)", "Holder \(p.holder.name) removed from the lists" + (p.reason.map { ": \($0)" } ?? ""))
        case .holderRestored(let p):
            return pick(l, "Porteur \(p.holder.name) remis dans les listes", "Holder \(p.holder.name) back in the lists")
        case .holderMerged(let p):
            let k = names.holder(p.keep), d = names.holder(p.duplicate)
            let n = p.cohorts.count + p.sessions.count + p.notes.count + p.projects.count + p.sharedProjects.count + p.meetings.count
            return pick(l, "Références de \(d) reportées sur \(k) (\(n))", "References of \(d) moved to \(k) (\(n))")
        case .holderUnmerged(let p):
            let k = names.holder(p.keep), d = names.holder(p.duplicate)
            return pick(l, "Références de \(d) rendues depuis \(k)", "References of \(d) moved back from \(k)")
        case .participationRemoved(let p):
            let h = names.holder(p.participation.holder), c = names.cohort(p.participation.cohort)
            let why = p.reason.map { " — \($0)" } ?? ""
            return pick(l, "Participation de \(h) à « \(c) » retirée\(why)", "Participation of \(h) in “\(c)” removed\(why)")
        case .participationRestored(let p):
            let h = names.holder(p.participation.holder), c = names.cohort(p.participation.cohort)
            return pick(l, "Participation de \(h) à « \(c) » rétablie", "Participation of \(h) in “\(c)” restored")
        case .actionUndone(let p):
            return pick(l, "Annulé : ", "Undone: ") + actionLines(p.target, in: state, language: l)
        case .actionRedone(let p):
            return pick(l, "Rétabli : ", "Redone: ") + actionLines(p.target, in: state, language: l)
        case .consentChanged(let p):
            let who = names.holder(p.holder), scope = consentScope(p.scope, l)
            if let given = p.given {
                return pick(l, "\(who) : consentement donné le \(given.iso) (\(scope))", "\(who): consent given on \(given.iso) (\(scope))")
            }
            return pick(l, "\(who) : consentement retiré le \(p.withdrawn?.iso ?? "") (\(scope)), données effacées",
                        "\(who): consent withdrawn on \(p.withdrawn?.iso ?? "") (\(scope)), data erased")
        case .sensitiveSet(let p):
            let who = names.holder(p.holder), scope = consentScope(p.scope, l)
            let values = p.values.map { sensitiveLabel($0, p.scope, l) }.joined(separator: ", ")
            return pick(l, "\(who) : \(scope) → \(values.isEmpty ? "aucun" : values)", "\(who): \(scope) → \(values.isEmpty ? "none" : values)")
        case .settingsChanged(let p):
            let months = p.settings.retentionMonths ?? Retention.defaultMonths
            return pick(l, "Durée de conservation des données personnelles : \(months) mois après le dernier contact",
                        "Personal data retention: \(months) months after the last contact")
        case .personErased(let p):
            let who = names.holder(p.holder)
            return pick(l, "\(who) : données personnelles effacées (\(p.reason))",
                        "\(who): personal data erased (\(p.reason))")
        case .followUpPlanned, .followUpRecorded, .followUpRemoved, .programmeMilestoneAdded, .programmeMilestoneRemoved,
             .milestoneReached, .milestoneCleared, .needAdded, .needRemoved, .needResolved, .needReopened,
             .legalFormChanged, .fundingSet:
            return ""  // said by `describePath` above
        case .questionnaireAdded(let p):
            let prog = names.programme(p.entity.programme)
            return pick(l, "Questionnaire « \(p.entity.title) » (\(label(p.entity.kind, .fr))) ajouté à « \(prog) »",
                        "Questionnaire “\(p.entity.title)” (\(label(p.entity.kind, .en))) added to “\(prog)”")
        case .questionnaireRemoved(let p):
            return pick(l, "Questionnaire « \(p.entity.title) » retiré", "Questionnaire “\(p.entity.title)” removed")
        case .questionnaireAnswered(let p):
            let h = names.holder(p.holder), q = names.questionnaire(p.questionnaire)
            let n = p.response?.answers.count ?? 0
            let again = p.previous == nil ? "" : pick(l, " (remplace les précédentes)", " (replacing the earlier ones)")
            return pick(l, "\(h) a répondu à « \(q) » (\(n) réponse\(n > 1 ? "s" : ""))",
                        "\(h) answered “\(q)” (\(n) answer\(n > 1 ? "s" : ""))") + again
        case .answersCleared(let p):
            let h = names.holder(p.holder), q = names.questionnaire(p.questionnaire)
            return pick(l, "Réponses de \(h) à « \(q) » effacées", "Answers of \(h) to “\(q)” cleared")
        case .juryMemberAdded(let p):
            let s = names.session(p.session)
            let from = p.member.organisation.map { " (\(names.organisation($0)))" } ?? ""
            return pick(l, "\(p.member.name)\(from) rejoint le jury de « \(s) »", "\(p.member.name)\(from) joins the jury of “\(s)”")
        case .juryMemberRemoved(let p):
            let s = names.session(p.session)
            return pick(l, "\(p.member.name) quitte le jury de « \(s) »", "\(p.member.name) leaves the jury of “\(s)”")
        case .juryEvaluated(let p):
            let h = names.holder(p.holder), s = names.session(p.session)
            guard let e = p.evaluation else { return pick(l, "Jury de « \(s) » : \(h)", "Jury of “\(s)”: \(h)") }
            let to = e.destination.map { pick(l, " vers \(names.organisation($0))", " to \(names.organisation($0))") } ?? ""
            return pick(l, "Jury de « \(s) » : \(h) — projet \(label(e.project, .fr)), progression \(label(e.progress, .fr)), décision : \(label(e.decision, .fr))\(to)",
                        "Jury of “\(s)”: \(h) — project \(label(e.project, .en)), progress \(label(e.progress, .en)), decision: \(label(e.decision, .en))\(to)")
        case .juryEvaluationCleared(let p):
            let h = names.holder(p.holder), s = names.session(p.session)
            return pick(l, "Évaluation de \(h) par le jury de « \(s) » effacée", "Evaluation of \(h) by the jury of “\(s)” cleared")
        case .contactAdded, .contactRemoved, .contactEdited, .contactErased:
            return describeTerritory(event, names, l) ?? ""
        case .openEventScheduled, .openEventRemoved, .openEventUpdated, .openEventCancelled, .openEventReopened,
             .headcountRecorded, .headcountCleared:
            return describeOpenEvent(event, names, l)
        case .ideaAdded, .ideaRemoved, .ideaStatusChanged, .ideaAdopted, .ideaUnadopted,
             .callAdded, .callRemoved, .callApplied, .callChecked, .applicationRemoved:
            return describeIdeaOrCall(event, names, l)
        case .personAdded, .personRemoved, .personEdited, .venueAdded, .venueRemoved, .venueEdited,
             .sessionFacilitatorAdded, .sessionFacilitatorRemoved:
            return ""  // said by `describeDirectory` above
        case .unknown(let type, _):
            return pick(l, "Événement inconnu « \(type) » (écrit par une version plus récente ?)",
                        "Unknown event “\(type)” (written by a newer version?)")
        }
    }

    /// The lines of one action, joined; the "session held" that follows a mark is implied.
    static func actionLines(_ action: String, in state: State, language: Language) -> String {
        guard let entry = state.history.entries[action] else { return action }
        return summaryLines(entry.events, in: state, language: language).joined(separator: " ; ")
    }

    /// The lines worth showing for a group of events.
    static func summaryLines(_ events: [DomainEvent], in state: State, language: Language) -> [String] {
        let marks = events.contains { if case .attendanceMarked = $0 { true } else { false } }
        return events.filter { event in
            if case .sessionHeld = event { return !marks }
            return true
        }.map { describe($0, in: state, language: language) }
    }
}

/// Names for ids, falling back to the id when the thing is gone.
struct Names {
    let state: State
    /// The geographic code, when there is one (asked for a territory only).
    var geography: () -> Geography? = { nil }
    func holder(_ id: EntityID) -> String { state.holderName(id) }
    func project(_ id: EntityID) -> String { state.projects[id]?.title ?? id }
    func cohort(_ id: EntityID) -> String { state.cohorts[id]?.name ?? id }
    func programme(_ id: EntityID) -> String { state.programmes[id]?.name ?? id }
    func organisation(_ id: EntityID) -> String { state.organisations[id]?.name ?? id }
    func session(_ id: EntityID) -> String { state.sessions[id]?.title ?? id }
    func questionnaire(_ id: EntityID) -> String { state.questionnaires[id]?.title ?? id }
    func person(_ id: EntityID) -> String { state.people[id]?.name ?? id }
    func venue(_ id: EntityID) -> String { state.venues[id]?.name ?? id }
    func target(_ t: NoteTarget) -> String {
        switch t {
        case .holder(let id): holder(id)
        case .project(let id): project(id)
        }
    }

}
