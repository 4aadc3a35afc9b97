// The words of ideas (F15) and calls for applications (F4): labels, summaries,
// refusals and journal lines, in French and English.

extension Catalog {
    public static func label(_ value: IdeaStatus, _ l: Language) -> String {
        switch value {
        case .detectee: pick(l, "détectée", "detected")
        case .retenue: pick(l, "retenue", "retained")
        case .enEtude: pick(l, "en étude d'opportunité", "under opportunity study")
        case .recherchePorteur: pick(l, "recherche de porteur", "looking for a holder")
        case .porteurIdentifie: pick(l, "porteur identifié", "holder found")
        case .ecartee: pick(l, "écartée", "set aside")
        }
    }

    public static func label(_ value: Eligibility, _ l: Language) -> String {
        switch value {
        case .eligible: pick(l, "éligible", "eligible")
        case .notEligible: pick(l, "non éligible", "not eligible")
        case .pending: pick(l, "à vérifier", "to be checked")
        }
    }

    /// A criterion's check: "rempli", "non rempli", "à vérifier".
    public static func check(_ met: Bool?, _ l: Language) -> String {
        switch met {
        case true?: pick(l, "rempli", "met")
        case false?: pick(l, "non rempli", "not met")
        case nil: pick(l, "à vérifier", "to be checked")
        }
    }

    public static func text(_ message: IdeaMessage, _ l: Language) -> String {
        switch message {
        case .added(let title, let programme):
            return pick(l, "Idée « \(title) » ajoutée à « \(programme) » (détectée).",
                        "Idea “\(title)” added to “\(programme)” (detected).")
        case .statusChanged(let title, let from, let to):
            return pick(l, "Idée « \(title) » : \(label(from, .fr)) → \(label(to, .fr)).",
                        "Idea “\(title)”: \(label(from, .en)) → \(label(to, .en)).")
        case .adopted(let title, let holder, let stage):
            return pick(l, "Idée « \(title) » adoptée par \(holder) : c'est désormais son projet (étape \(label(stage, .fr))), avec l'historique de l'idée.",
                        "Idea “\(title)” adopted by \(holder): it is now their project (stage \(label(stage, .en))), with the idea's history.")
        }
    }

    public static func text(_ message: CallMessage, _ l: Language) -> String {
        switch message {
        case .added(let title, let programme, let criteria):
            let s = criteria > 1 ? "s" : ""
            return pick(l, "Appel « \(title) » ajouté à « \(programme) » (\(criteria) critère\(s) d'éligibilité).",
                        "Call “\(title)” added to “\(programme)” (\(criteria) eligibility criteri\(criteria > 1 ? "a" : "on")).")
        case .applied(let holder, let call, let cohort):
            let candidate = cohort.map { pick(l, " \(holder) est candidat·e dans « \($0) ».", " \(holder) is now an applicant of “\($0)”.") } ?? ""
            return pick(l, "Candidature de \(holder) à « \(call) » enregistrée.", "Application of \(holder) to “\(call)” recorded.") + candidate
        case .checked(let holder, let call, let eligibility):
            return pick(l, "Candidature de \(holder) à « \(call) » : \(label(eligibility, .fr)).",
                        "Application of \(holder) to “\(call)”: \(label(eligibility, .en)).")
        case .applicationRemoved(let holder, let call):
            return pick(l, "Candidature de \(holder) à « \(call) » retirée.", "Application of \(holder) to “\(call)” removed.")
        }
    }

    public static func text(_ error: IdeaError, _ l: Language) -> String {
        switch error {
        case .titleTaken(let title, let programme):
            return pick(l, "« \(programme) » a déjà une idée « \(title) ».", "“\(programme)” already has an idea “\(title)”.")
        case .alreadyInStatus(let idea, let status):
            return pick(l, "L'idée « \(idea) » est déjà « \(label(status, .fr)) ».", "Idea “\(idea)” is already “\(label(status, .en))”.")
        case .statusSetByAdoption(let idea):
            return pick(l, "« Porteur identifié » se note en faisant adopter l'idée « \(idea) » par son porteur (enregistré comme porteur s'il ne l'est pas encore).",
                        "“Holder found” is recorded by having idea “\(idea)” adopted by its holder (added as a holder first if need be).")
        case .alreadyAdopted(let idea, let holder, let project):
            return pick(l, "L'idée « \(idea) » est déjà le projet « \(project) » de \(holder) : changez plutôt ce projet.",
                        "Idea “\(idea)” is already \(holder)'s project “\(project)”: change that project instead.")
        case .setAside(let idea):
            return pick(l, "L'idée « \(idea) » est écartée : remettez-la d'abord dans un autre statut.",
                        "Idea “\(idea)” is set aside: move it to another status first.")
        case .holderHasIdeas(let holder, let adopted, let applications):
            let fr = [count(adopted, "idée adoptée", "idées adoptées"), count(applications, "candidature", "candidatures")]
                .compactMap { $0 }.joined(separator: ", ")
            let en = [count(adopted, "idea adopted", "ideas adopted"), count(applications, "application", "applications")]
                .compactMap { $0 }.joined(separator: ", ")
            return pick(l, "\(holder) a un historique d'idées et d'appels (\(fr)) : retirez-le avec son historique, ou, avant une fusion, défaites-le d'abord.",
                        "\(holder) has a history of ideas and calls (\(en)): remove them with the history, or, before a merge, take it back first.")
        }
    }

    public static func text(_ error: CallError, _ l: Language) -> String {
        switch error {
        case .titleTaken(let title, let programme):
            return pick(l, "« \(programme) » a déjà un appel « \(title) ».", "“\(programme)” already has a call “\(title)”.")
        case .duplicateCriterion(let criterion):
            return pick(l, "Le critère « \(criterion) » est donné deux fois.", "Criterion “\(criterion)” is given twice.")
        case .alreadyApplied(let holder, let call):
            return pick(l, "\(holder) a déjà candidaté à « \(call) ».", "\(holder) already applied to “\(call)”.")
        case .beforeOpening(let call, let date, let opens):
            return pick(l, "Date trop ancienne pour la candidature : \(date.iso), avant l'ouverture de « \(call) » (\(opens.iso)).",
                        "Date too early for the application: \(date.iso), before “\(call)” opened (\(opens.iso)).")
        case .notApplied(let holder, let call):
            return pick(l, "\(holder) n'a pas candidaté à « \(call) ».", "\(holder) has not applied to “\(call)”.")
        case .unknownCriterion(let reference, let call, let criteria):
            let list = criteria.isEmpty ? pick(l, "il n'en a aucun", "it has none") : criteria.joined(separator: " ; ")
            return pick(l, "« \(call) » n'a pas de critère « \(reference) » (\(list)).",
                        "“\(call)” has no criterion “\(reference)” (\(list)).")
        case .criterionTwice(let criterion):
            return pick(l, "Le critère « \(criterion) » est nommé deux fois : dites-le rempli, non rempli ou à vérifier, une fois.",
                        "Criterion “\(criterion)” is named twice: say it is met, not met or unchecked, once.")
        case .nothingToCheck:
            return pick(l, "Dites quels critères sont remplis, non remplis ou à vérifier.",
                        "Say which criteria are met, not met or to be checked again.")
        }
    }

    /// The journal's line for an idea's or a call's event.
    static func describeIdeaOrCall(_ event: DomainEvent, _ names: Names, _ l: Language) -> String {
        switch event {
        case .ideaAdded(let p):
            let prog = names.programme(p.entity.programme)
            let from = p.entity.source.map { pick(l, " — source : \($0)", " — source: \($0)") } ?? ""
            return pick(l, "Idée « \(p.entity.title) » détectée (\(prog))", "Idea “\(p.entity.title)” detected (\(prog))") + from
        case .ideaRemoved(let p):
            return pick(l, "Idée « \(p.entity.title) » retirée", "Idea “\(p.entity.title)” removed")
        case .ideaStatusChanged(let p):
            let title = names.idea(p.idea)
            let why = p.reason.map { " — \($0)" } ?? ""
            return pick(l, "Idée « \(title) » : \(label(p.from, .fr)) → \(label(p.to, .fr))",
                        "Idea “\(title)”: \(label(p.from, .en)) → \(label(p.to, .en))") + why
        case .ideaAdopted(let p):
            let title = names.idea(p.idea), who = names.holder(p.holder)
            let why = p.note.map { " — \($0)" } ?? ""
            return pick(l, "Idée « \(title) » adoptée par \(who) : devient son projet", "Idea “\(title)” adopted by \(who): becomes their project") + why
        case .ideaUnadopted(let p):
            let title = names.idea(p.idea), who = names.holder(p.holder)
            return pick(l, "Adoption de l'idée « \(title) » par \(who) défaite (retour à « \(label(p.from, .fr)) »)",
                        "Adoption of idea “\(title)” by \(who) taken back (back to “\(label(p.from, .en))”)")
        case .callAdded(let p):
            let prog = names.programme(p.entity.programme), n = p.entity.criteria.count
            return pick(l, "Appel « \(p.entity.title) » ouvert par « \(prog) » (\(n) critère\(n > 1 ? "s" : ""))",
                        "Call “\(p.entity.title)” opened by “\(prog)” (\(n) criteri\(n > 1 ? "a" : "on"))")
        case .callRemoved(let p):
            return pick(l, "Appel « \(p.entity.title) » retiré", "Call “\(p.entity.title)” removed")
        case .callApplied(let p):
            let who = names.holder(p.holder), call = names.call(p.call)
            return pick(l, "\(who) candidate à « \(call) »", "\(who) applies to “\(call)”")
        case .callChecked(let p):
            let who = names.holder(p.holder), call = names.call(p.call)
            let count = names.state.calls[p.call]?.criteria.count ?? 0
            let eligibility = p.application.map { label($0.eligibility(criteria: count), l) } ?? ""
            return pick(l, "Candidature de \(who) à « \(call) » vérifiée : \(eligibility)",
                        "Application of \(who) to “\(call)” checked: \(eligibility)")
        case .applicationRemoved(let p):
            let who = names.holder(p.holder), call = names.call(p.call)
            return pick(l, "Candidature de \(who) à « \(call) » retirée", "Application of \(who) to “\(call)” removed")
        default:
            return ""
        }
    }
}
