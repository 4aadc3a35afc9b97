import ParcoursDomain

extension ReportLayout {
    /// Where the projects came from and stand on their path, what became of them after
    /// the programme (survival at each follow-up wave, jobs, structures created), and what
    /// it cost and who paid.
    static func afterProgrammeTables(_ r: Report, _ l: Language) -> [ReportTable] {
        func t(_ french: String, _ english: String) -> String { l == .fr ? french : english }
        func figure(_ label: String, _ value: ReportValue, _ path: [String]) -> [ReportCell] {
            [ReportCell(.text(label)), ReportCell(value, path)]
        }
        let columns = [t("Indicateur", "Figure"), t("Valeur", "Value")]
        var tables: [ReportTable] = []

        let origin = r.path.projects
        tables.append(ReportTable(
            id: "origin", title: t("Projets à l’entrée", "Projects when they came in"), shape: .figures, columns: columns, rows: [
                figure(t("Structures déjà créées", "Structures already created"), .count(origin.alreadyCreated), ["path", "projects", "already_created"]),
                figure(t("Projets nouveaux", "New projects"), .count(origin.new), ["path", "projects", "new"]),
                figure(t("  non renseigné", "  not given"), .count(origin.unknown), ["path", "projects", "unknown"]),
            ]))

        let f = r.followUp
        if !f.waves.isEmpty || f.jobs.projects > 0 || f.structuresCreated > 0 || f.due > 0 {
            tables.append(ReportTable(
                id: "after", title: t("Après le programme", "After the programme"), shape: .figures, columns: columns, rows: [
                    figure(t("Structures créées", "Structures created"), .count(f.structuresCreated), ["follow_up", "structures_created"]),
                    figure(t("Emplois créés", "Jobs created"), .count(f.jobs.created), ["follow_up", "jobs", "created"]),
                    figure(t("Emplois maintenus", "Jobs kept"), .count(f.jobs.kept), ["follow_up", "jobs", "kept"]),
                    figure(t("  projets ayant donné ces chiffres", "  projects that gave these figures"), .count(f.jobs.projects), ["follow_up", "jobs", "projects"]),
                    figure(t("Suivis à faire", "Follow-ups due"), .count(f.due), ["follow_up", "due"]),
                ]))
        }
        for (index, wave) in f.waves.enumerated() {
            let at = { (key: String) in ["follow_up", "waves", String(index), key] }
            let when = Catalog.wave(wave.months, l)
            tables.append(ReportTable(
                id: "wave-\(wave.wave)", title: t("Pérennité à \(when)", "Survival at \(when)"), shape: .figures, columns: columns, rows: [
                    figure(t("Mois après la fin du parcours", "Months after the programme ended"), .count(wave.months), at("months")),
                    figure(t("Taux de pérennité (actifs parmi les projets joints)", "Survival rate (active among projects reached)"),
                           .percent(wave.survivalRate), at("survival_rate")),
                    figure(t("Projets suivis", "Projects followed"), .count(wave.followed), at("followed")),
                    figure(t("  joints", "  reached"), .count(wave.reached), at("reached")),
                    figure(t("  actifs", "  active"), .count(wave.active), at("active")),
                    figure(t("    opérationnels", "    operating"), .count(wave.operational), at("operational")),
                    figure(t("    en développement", "    in development"), .count(wave.developing), at("developing")),
                    figure(t("  cessés", "  ceased"), .count(wave.ceased), at("ceased")),
                    figure(t("    su par un suivi précédent", "    known from an earlier follow-up"), .count(wave.ceasedEarlier), at("ceased_earlier")),
                    figure(t("    su par le statut du projet", "    known from the project's status"), .count(wave.ceasedByStatus), at("ceased_by_status")),
                    figure(t("  injoignables", "  unreachable"), .count(wave.unreachable), at("unreachable")),
                    figure(t("  non renseignés", "  not recorded"), .count(wave.notRecorded), at("not_recorded")),
                    figure(t("Emplois créés à cette échéance", "Jobs created at this wave"), .count(wave.jobsCreated), at("jobs_created")),
                    figure(t("Emplois maintenus à cette échéance", "Jobs kept at this wave"), .count(wave.jobsKept), at("jobs_kept")),
                ]))
        }

        let milestones = r.path.milestones.enumerated().filter { $0.element.projects > 0 }
        if !milestones.isEmpty {
            tables.append(ReportTable(
                id: "milestones", title: t("Jalons franchis", "Milestones reached"), shape: .grid,
                columns: [t("Jalon", "Milestone"), t("Projets", "Projects")],
                rows: milestones.map { index, m in
                    let label = m.title ?? StandardMilestone(rawValue: m.id).map { Catalog.label($0, l) } ?? m.id
                    return [ReportCell(.text(label)), ReportCell(.count(m.projects), ["path", "milestones", String(index), "projects"])]
                }))
        }
        let needs = NeedKind.allCases.filter { r.path.needs[$0.rawValue].map { $0.open + $0.resolved > 0 } ?? false }
        if !needs.isEmpty {
            tables.append(ReportTable(
                id: "needs", title: t("Besoins des projets", "The projects' needs"), shape: .grid,
                columns: [t("Besoin", "Need"), t("Ouverts", "Open"), t("Résolus", "Resolved")],
                rows: needs.map { kind in
                    let n = r.path.needs[kind.rawValue]!
                    return [ReportCell(.text(Catalog.label(kind, l))),
                            ReportCell(.count(n.open), ["path", "needs", kind.rawValue, "open"]),
                            ReportCell(.count(n.resolved), ["path", "needs", kind.rawValue, "resolved"])]
                }))
        }

        let money = r.funding
        // A cohort of a programme that asks a fee shows the fee even with no budget of its own.
        if money.records > 0 || money.funded > 0 {
            func euros(_ value: Double?) -> ReportValue { value.map { .euros($0) } ?? .text("—") }
            tables.append(ReportTable(
                id: "funding", title: t("Coût et financement", "Cost and funding"), shape: .figures, columns: columns, rows: [
                    figure(t("Coût", "Cost"), euros(money.cost), ["funding", "cost"]),
                    figure(t("Financé", "Funded"), .euros(money.funded), ["funding", "funded"]),
                    figure(t("Reste à financer", "Left to fund"), euros(money.remainder), ["funding", "remainder"]),
                    figure(t("Contributions en nature (valorisées)", "In-kind contributions (valued)"), euros(money.inKind), ["funding", "in_kind"]),
                    figure(t("Participation des porteurs", "Participants' fees"), .euros(money.fees.total), ["funding", "fees", "total"]),
                    figure(t("  par porteur", "  per holder"), euros(money.fees.perHolder), ["funding", "fees", "per_holder"]),
                    figure(t("  porteurs payants", "  paying holders"), .count(money.fees.holders), ["funding", "fees", "holders"]),
                    figure(t("  part du coût", "  share of the cost"), .percent(money.fees.share), ["funding", "fees", "share"]),
                    figure(t("Porteurs accompagnés", "Holders accompanied"), .count(money.holders), ["funding", "holders"]),
                    figure(t("Coût par porteur", "Cost per holder"), euros(money.costPerHolder), ["funding", "cost_per_holder"]),
                    figure(t("Enregistrements de financement", "Funding records"), .count(money.records), ["funding", "records"]),
                ]))
            if !money.funders.isEmpty {
                tables.append(ReportTable(
                    id: "funders", title: t("Financeurs", "Funders"), shape: .grid,
                    columns: [t("Financeur", "Funder"), t("Montant", "Amount"), t("Part du coût", "Share of the cost")],
                    rows: money.funders.enumerated().map { index, funder in
                        let at = { (key: String) in ["funding", "funders", String(index), key] }
                        return [ReportCell(.text(funder.name), at("name")), ReportCell(.euros(funder.amount), at("amount")),
                                ReportCell(.percent(funder.share), at("share"))]
                    }))
            }
        }
        return tables
    }
}
