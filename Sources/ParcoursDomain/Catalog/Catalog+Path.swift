// Labels and journal lines of the follow-up, the project's path and money (issue 17).
extension Catalog {
    public static func label(_ value: FollowUpActivity, _ l: Language) -> String {
        switch value {
        case .operationnelle: pick(l, "opérationnelle", "operating")
        case .enDeveloppement: pick(l, "en développement", "in development")
        case .cessee: pick(l, "cessée", "ceased")
        case .injoignable: pick(l, "injoignable", "unreachable")
        }
    }

    public static func label(_ value: StandardMilestone, _ l: Language) -> String {
        switch value {
        case .besoinIdentifie: pick(l, "Besoin social identifié", "Social need identified")
        case .charteSociale: pick(l, "Charte sociale", "Social charter")
        case .pitch: pick(l, "Pitch", "Pitch deck")
        case .noteIntention: pick(l, "Note d'intention", "Statement of intent")
        case .etudeMarche: pick(l, "Étude de marché", "Market study")
        case .modeleEconomique: pick(l, "Modèle économique", "Business model")
        case .formeJuridique: pick(l, "Forme juridique choisie", "Legal form chosen")
        case .planFinancement: pick(l, "Plan de financement", "Financing plan")
        case .planAction: pick(l, "Plan d'action", "Action plan")
        case .structureImmatriculee: pick(l, "Structure immatriculée", "Structure registered")
        case .localTrouve: pick(l, "Local trouvé", "Premises found")
        case .ouverture: pick(l, "Ouverture", "Opening")
        }
    }

    public static func label(_ value: NeedKind, _ l: Language) -> String {
        switch value {
        case .local: pick(l, "local", "premises")
        case .foncier: pick(l, "foncier", "land")
        case .financement: pick(l, "financement", "financing")
        case .juridique: pick(l, "expertise juridique", "legal expertise")
        case .comptable: pick(l, "expertise comptable", "accounting expertise")
        case .autre: pick(l, "autre", "other")
        }
    }

    /// A milestone named in a message.
    public static func label(_ value: MilestoneName, _ l: Language) -> String {
        switch value {
        case .standard(let milestone): label(milestone, l)
        case .custom(let title): title
        }
    }

    /// A follow-up wave in words: "6 mois", "1 an", "3 ans" / "6 months", "1 year", "3 years".
    public static func wave(_ months: Int, _ l: Language) -> String {
        if months % 12 == 0 {
            let years = months / 12
            return pick(l, "\(years) an\(years > 1 ? "s" : "")", "\(years) year\(years > 1 ? "s" : "")")
        }
        return pick(l, "\(months) mois", "\(months) month\(months > 1 ? "s" : "")")
    }

    /// Several waves in words, in order.
    public static func waves(_ months: [Int], _ l: Language) -> String {
        months.map { wave($0, l) }.joined(separator: ", ")
    }

    /// What a follow-up found, in a few words: "opérationnelle (2 emplois créés, 1 maintenu)".
    public static func finding(_ record: FollowUp, _ l: Language) -> String {
        var parts: [String] = []
        if let n = record.jobsCreated {
            parts.append(pick(l, "\(n) emploi\(n > 1 ? "s" : "") créé\(n > 1 ? "s" : "")", "\(n) job\(n == 1 ? "" : "s") created"))
        }
        if let n = record.jobsKept {
            parts.append(pick(l, "\(n) emploi\(n > 1 ? "s" : "") maintenu\(n > 1 ? "s" : "")", "\(n) job\(n == 1 ? "" : "s") kept"))
        }
        if let structure = record.structure, !structure.isEmpty { parts.append(structure) }
        return label(record.activity, l) + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
    }

    /// A funding record in a few words: "coût 12 000 €, 2 financeurs, participation 120 €".
    public static func fundingSummary(_ funding: Funding, _ l: Language) -> String {
        var parts = [pick(l, "coût ", "cost ") + Money.text(funding.cost, l)]
        let n = funding.funders.count
        if n > 0 { parts.append(pick(l, "\(n) financeur\(n > 1 ? "s" : "")", "\(n) funder\(n > 1 ? "s" : "")")) }
        if let fee = funding.fee { parts.append(pick(l, "participation ", "fee ") + Money.text(fee, l)) }
        if let inKind = funding.inKind { parts.append(pick(l, "en nature ", "in kind ") + Money.text(inKind, l)) }
        return parts.joined(separator: ", ")
    }

    /// The journal line of a follow-up, path or money event (nil for any other).
    static func describePath(_ event: DomainEvent, _ names: Names, _ l: Language) -> String? {
        switch event {
        case .followUpPlanned(let p):
            let prog = names.programme(p.programme)
            if p.waves.isEmpty {
                return pick(l, "Plus de suivi après le parcours pour « \(prog) »", "No more follow-up after “\(prog)”")
            }
            return pick(l, "Suivis de « \(prog) » : \(waves(p.waves, .fr)) après la fin du parcours",
                        "Follow-ups of “\(prog)”: \(waves(p.waves, .en)) after the end of the programme")
        case .followUpRecorded(let p), .followUpRemoved(let p):
            let t = names.project(p.project)
            guard let record = p.record else {
                return pick(l, "Suivi à \(wave(p.wave, .fr)) de « \(t) » retiré", "Follow-up at \(wave(p.wave, .en)) of “\(t)” removed")
            }
            let note = record.note.map { " — \($0)" } ?? ""
            return pick(l, "Suivi à \(wave(p.wave, .fr)) de « \(t) » : \(finding(record, .fr))\(note)",
                        "Follow-up at \(wave(p.wave, .en)) of “\(t)”: \(finding(record, .en))\(note)")
        case .programmeMilestoneAdded(let p):
            let prog = names.programme(p.programme)
            return pick(l, "Jalon « \(p.milestone.title) » ajouté à « \(prog) »", "Milestone “\(p.milestone.title)” added to “\(prog)”")
        case .programmeMilestoneRemoved(let p):
            let prog = names.programme(p.programme)
            return pick(l, "Jalon « \(p.milestone.title) » retiré de « \(prog) »",
                        "Milestone “\(p.milestone.title)” removed from “\(prog)”")
        case .milestoneReached(let p):
            let t = names.project(p.project)
            let m = names.milestone(p.milestone, l), date = p.date.map { day($0, l) } ?? ""
            return pick(l, "« \(t) » : jalon « \(m) » atteint le \(date)", "“\(t)”: milestone “\(m)” reached on \(date)")
        case .milestoneCleared(let p):
            let t = names.project(p.project), m = names.milestone(p.milestone, l)
            return pick(l, "« \(t) » : jalon « \(m) » retiré", "“\(t)”: milestone “\(m)” cleared")
        case .needAdded(let p):
            let t = names.project(p.entity.project)
            let what = p.entity.description.map { " — \($0)" } ?? ""
            return pick(l, "« \(t) » : besoin (\(label(p.entity.kind, .fr))) ouvert\(what)",
                        "“\(t)”: need (\(label(p.entity.kind, .en))) opened\(what)")
        case .needRemoved(let p):
            let t = names.project(p.entity.project)
            return pick(l, "« \(t) » : besoin (\(label(p.entity.kind, .fr))) retiré",
                        "“\(t)”: need (\(label(p.entity.kind, .en))) removed")
        case .needResolved(let p):
            let t = names.project(p.project), kind = names.needKind(p.need)
            let how = p.note.map { " — \($0)" } ?? ""
            return pick(l, "« \(t) » : besoin (\(kind.map { label($0, .fr) } ?? "?")) résolu\(how)",
                        "“\(t)”: need (\(kind.map { label($0, .en) } ?? "?")) resolved\(how)")
        case .needReopened(let p):
            let t = names.project(p.project), kind = names.needKind(p.need)
            return pick(l, "« \(t) » : besoin (\(kind.map { label($0, .fr) } ?? "?")) rouvert",
                        "“\(t)”: need (\(kind.map { label($0, .en) } ?? "?")) open again")
        case .legalFormChanged(let p):
            let t = names.project(p.project)
            let from = p.from ?? pick(l, "aucune", "none"), to = p.to ?? pick(l, "aucune", "none")
            return pick(l, "« \(t) » : forme juridique \(from) → \(to) (le \(day(p.date, .fr)))",
                        "“\(t)”: legal form \(from) → \(to) (on \(day(p.date, .en)))")
        case .fundingSet(let p):
            let target = names.programmeOrCohort(p.target)
            guard let funding = p.funding else {
                return pick(l, "Financement de « \(target) » retiré", "Funding of “\(target)” removed")
            }
            return pick(l, "Financement de « \(target) » : \(fundingSummary(funding, .fr))",
                        "Funding of “\(target)”: \(fundingSummary(funding, .en))")
        default:
            return nil
        }
    }
}

extension Names {
    /// A milestone by id: a standard one in the reader's language, a programme's own by its title.
    func milestone(_ id: String, _ l: Language) -> String {
        if let standard = StandardMilestone(rawValue: id) { return Catalog.label(standard, l) }
        for own in state.programmeMilestones.values {
            if let found = own.first(where: { $0.id == id }) { return found.title }
        }
        return id
    }

    func needKind(_ id: EntityID) -> NeedKind? { state.needs[id]?.kind }

    func programmeOrCohort(_ id: EntityID) -> String { state.cohorts[id]?.name ?? programme(id) }
}

extension Catalog {
    /// The refusals of the follow-up, path and money commands.
    static func pathText(_ error: DomainError, _ l: Language) -> String {
        switch error {
        case .invalidWave(let months):
            return pick(l, "Un suivi se fait de 1 mois à 100 ans après la fin du parcours (\(months) mois demandés).",
                        "A follow-up is 1 month to 100 years after the end of the programme (\(months) months asked).")
        case .waveNotPlanned(let project, let wave, let planned):
            if planned.isEmpty {
                return pick(l, "Aucun suivi n’est prévu pour les dispositifs de « \(project) » : prévoyez-les d’abord (followup plan DISPOSITIF --after 1y).",
                            "No follow-up is planned for the programmes of “\(project)”: plan them first (followup plan PROGRAMME --after 1y).")
            }
            return pick(l, "Pas de suivi à \(self.wave(wave, .fr)) prévu pour « \(project) » (prévus : \(waves(planned, .fr))).",
                        "No follow-up at \(self.wave(wave, .en)) is planned for “\(project)” (planned: \(waves(planned, .en))).")
        case .unreachableWithFigures:
            return pick(l, "Injoignable : on ne sait rien, donc ni emplois ni structure.",
                        "Unreachable: nothing is known, so neither jobs nor a structure.")
        case .jobsOutOfRange(let n):
            return pick(l, "Nombre d’emplois invalide (\(n)) : de 0 à \(Decider.mostJobs).",
                        "Invalid number of jobs (\(n)): from 0 to \(Decider.mostJobs).")
        case .noFollowUp(let project, let wave):
            return pick(l, "Aucun suivi à \(self.wave(wave, .fr)) pour « \(project) ».", "No follow-up at \(self.wave(wave, .en)) for “\(project)”.")
        case .milestoneExists(let programme, let title):
            return pick(l, "Le jalon « \(title) » existe déjà pour « \(programme) » (ou dans la liste commune).",
                        "Milestone “\(title)” already exists for “\(programme)” (or in the standard list).")
        case .milestoneNotReached(let project, let milestone):
            return pick(l, "« \(project) » n’a pas atteint le jalon « \(label(milestone, .fr)) ».",
                        "“\(project)” has not reached milestone “\(label(milestone, .en))”.")
        case .needAlreadyOpen(let project, let kind):
            return pick(l, "« \(project) » a déjà un besoin ouvert (\(label(kind, .fr))) : résolvez-le d’abord, ou complétez-le.",
                        "“\(project)” already has an open need (\(label(kind, .en))): resolve it first.")
        case .noOpenNeed(let project, let kind):
            return pick(l, "« \(project) » n’a pas de besoin ouvert (\(label(kind, .fr))).",
                        "“\(project)” has no open need (\(label(kind, .en))).")
        case .emptyLegalForm:
            return pick(l, "Indiquez la nouvelle forme juridique (par exemple SCIC, association).",
                        "Give the new legal form (for instance SCIC, association).")
        case .fundingNeedsCost(let target):
            return pick(l, "Indiquez d’abord le coût de « \(target) » (--cost).", "Give the cost of “\(target)” first (--cost).")
        case .noFunding(let target):
            return pick(l, "Aucun financement enregistré pour « \(target) ».", "No funding recorded for “\(target)”.")
        case .funderNeedsAmount(let name):
            return pick(l, "Indiquez ce que donne « \(name) » : un montant (\(name)=6000) ou une part du coût (\(name)=60%).",
                        "Say what “\(name)” gives: an amount (\(name)=6000) or a share of the cost (\(name)=60%).")
        case .funderGivenTwice(let name):
            return pick(l, "« \(name) » est donné deux fois : une ligne par financeur.", "“\(name)” is given twice: one entry per funder.")
        case .amountOutOfRange(let cents):
            return pick(l, "Montant invalide (\(Money.text(cents, .fr))) : de 0 à \(Money.text(Money.largest, .fr)).",
                        "Invalid amount (\(Money.text(cents, .en))): from 0 to \(Money.text(Money.largest, .en)).")
        case .shareOutOfRange(let basisPoints):
            return pick(l, "Part invalide (\(Money.share(basisPoints, .fr))) : plus de 0 % et au plus 100 %.",
                        "Invalid share (\(Money.share(basisPoints, .en))): above 0% and at most 100%.")
        default:
            return text(error, l)
        }
    }

    /// The summaries of the follow-up, path and money commands.
    static func pathText(_ message: Message, _ l: Language) -> String {
        switch message {
        case .followUpsPlanned(let programme, let planned):
            if planned.isEmpty {
                return pick(l, "Plus de suivi prévu pour « \(programme) ».", "No follow-up planned any more for “\(programme)”.")
            }
            return pick(l, "Suivis de « \(programme) » : \(waves(planned, .fr)) après la fin du parcours de chaque porteur.",
                        "Follow-ups of “\(programme)”: \(waves(planned, .en)) after the end of each holder's programme.")
        case .followUpRecorded(let project, let wave, let activity, let replaced):
            let again = replaced ? pick(l, " (remplace le précédent)", " (replaces the previous one)") : ""
            return pick(l, "Suivi à \(self.wave(wave, .fr)) de « \(project) » : \(label(activity, .fr))\(again).",
                        "Follow-up at \(self.wave(wave, .en)) of “\(project)”: \(label(activity, .en))\(again).")
        case .followUpRemoved(let project, let wave):
            return pick(l, "Suivi à \(self.wave(wave, .fr)) de « \(project) » retiré.",
                        "Follow-up at \(self.wave(wave, .en)) of “\(project)” removed.")
        case .programmeMilestoneAdded(let title, let programme):
            return pick(l, "Jalon « \(title) » ajouté à « \(programme) ».", "Milestone “\(title)” added to “\(programme)”.")
        case .milestoneReached(let project, let milestone, let date):
            return pick(l, "« \(project) » : jalon « \(label(milestone, .fr)) » atteint le \(day(date, .fr)).",
                        "“\(project)”: milestone “\(label(milestone, .en))” reached on \(day(date, .en)).")
        case .milestoneCleared(let project, let milestone):
            return pick(l, "« \(project) » : jalon « \(label(milestone, .fr)) » retiré.",
                        "“\(project)”: milestone “\(label(milestone, .en))” cleared.")
        case .needAdded(let project, let kind):
            return pick(l, "« \(project) » : besoin ouvert (\(label(kind, .fr))).", "“\(project)”: need opened (\(label(kind, .en))).")
        case .needResolved(let project, let kind):
            return pick(l, "« \(project) » : besoin résolu (\(label(kind, .fr))).", "“\(project)”: need resolved (\(label(kind, .en))).")
        case .legalFormChanged(let project, let from, let to):
            let before = from.map { pick(l, " (était \($0))", " (was \($0))") } ?? ""
            return pick(l, "« \(project) » : forme juridique \(to)\(before).", "“\(project)”: legal form \(to)\(before).")
        case .fundingSet(let target, let cost, let funders):
            return pick(l, "Financement de « \(target) » : coût \(Money.text(cost, .fr)), \(funders) financeur\(funders > 1 ? "s" : "").",
                        "Funding of “\(target)”: cost \(Money.text(cost, .en)), \(funders) funder\(funders == 1 ? "" : "s").")
        case .fundingRemoved(let target):
            return pick(l, "Financement de « \(target) » retiré.", "Funding of “\(target)” removed.")
        default:
            return text(message, l)
        }
    }
}
