import ParcoursDomain

extension ReportLayout {
    /// The ideas' funnel and the calls for applications, each only when there is
    /// something to show (most programmes have neither).
    static func ideaTables(_ r: Report, _ l: Language) -> [ReportTable] {
        func t(_ french: String, _ english: String) -> String { l == .fr ? french : english }
        func figure(_ label: String, _ value: ReportValue, _ path: [String]) -> [ReportCell] {
            [ReportCell(.text(label)), ReportCell(value, path)]
        }
        var tables: [ReportTable] = []
        let ideas = r.ideas
        if ideas.detected > 0 {
            tables.append(ReportTable(
                id: "ideas", title: t("Idées avant porteur (Fabrique)", "Ideas before a holder (Fabrique)"), shape: .figures,
                columns: [t("Indicateur", "Figure"), t("Valeur", "Value")], rows: [
                    figure(t("Idées détectées", "Ideas detected"), .count(ideas.detected), ["ideas", "detected"]),
                    figure(t("  passées en étude d’opportunité", "  through the opportunity study"), .count(ideas.studied), ["ideas", "studied"]),
                    figure(t("  écartées", "  set aside"), .count(ideas.setAside), ["ideas", "set_aside"]),
                    figure(t("  adoptées par un porteur (devenues projets)", "  adopted by a holder (now projects)"),
                           .count(ideas.adopted), ["ideas", "adopted"]),
                ]))
            tables.append(ReportTable(
                id: "ideas_by_status", title: t("Idées par statut", "Ideas by status"), shape: .grid,
                columns: [t("Statut", "Status"), t("Idées", "Ideas")],
                rows: IdeaStatus.allCases.map { status in
                    [ReportCell(.text(Catalog.label(status, l))),
                     ReportCell(.count(ideas.byStatus[status.rawValue] ?? 0), ["ideas", "by_status", status.rawValue])]
                }))
        }
        for (index, call) in r.calls.enumerated() {
            let at = { (key: String) in ["calls", String(index), key] }
            var rows: [[ReportCell]] = []
            if let cohort = call.cohort { rows.append(figure(t("Promotion", "Cohort"), .text(cohort), at("cohort"))) }
            if let source = call.source { rows.append(figure("Source", .text(source), at("source"))) }
            if call.opens != nil || call.closes != nil {
                let opens = call.opens.map { t("du ", "from ") + Catalog.day($0, l) }
                let closes = call.closes.map { t("au ", "to ") + Catalog.day($0, l) }
                rows.append(figure(t("Ouvert", "Open"), .text([opens, closes].compactMap { $0 }.joined(separator: " ")), at("opens")))
            }
            rows += [
                figure(t("Candidatures reçues", "Applications received"), .count(call.applications), at("applications")),
                figure(t("  éligibles (tous les critères remplis)", "  eligible (every criterion met)"), .count(call.eligible), at("eligible")),
                figure(t("  non éligibles", "  not eligible"), .count(call.notEligible), at("not_eligible")),
                figure(t("  à vérifier", "  to be checked"), .count(call.pending), at("pending")),
            ]
            if let cohort = call.cohort {
                rows.append(figure(t("  retenues dans « \(cohort) »", "  selected in “\(cohort)”"), .count(call.selected), at("selected")))
            }
            tables.append(ReportTable(id: "call-\(call.id)", title: t("Appel « \(call.title) »", "Call “\(call.title)”"),
                                      shape: .figures, columns: [t("Indicateur", "Figure"), t("Valeur", "Value")], rows: rows))
            if !call.criteria.isEmpty {
                tables.append(ReportTable(
                    id: "call-\(call.id)-criteria",
                    title: t("Critères d’éligibilité de « \(call.title) »", "Eligibility criteria of “\(call.title)”"), shape: .grid,
                    columns: [t("Critère", "Criterion"), t("Remplis", "Met"), t("Non remplis", "Not met")],
                    rows: call.criteria.enumerated().map { number, criterion in
                        let path = at("criteria") + [String(number)]
                        return [ReportCell(.text(criterion.text), path + ["text"]), ReportCell(.count(criterion.met), path + ["met"]),
                                ReportCell(.count(criterion.unmet), path + ["unmet"])]
                    }))
            }
        }
        return tables
    }
}
