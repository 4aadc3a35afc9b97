import ParcoursDomain

extension ReportLayout {
    /// Holders and projects by the area of the level the report was grouped at, then those
    /// whose commune is not given or not placed by the official geographic code (shown
    /// only when there are some).
    static func territoryTable(_ r: Report, _ l: Language) -> ReportTable {
        func t(_ french: String, _ english: String) -> String { l == .fr ? french : english }
        let figures = r.territory
        let level = figures.level
        let by: String
        switch level {
        case .commune: by = t("par commune (code officiel géographique)", "by town (official geographic code)")
        case .epci: by = t("par intercommunalité", "by intercommunality")
        case .departement: by = t("par département", "by département")
        case .region: by = t("par région", "by région")
        }
        var rows: [[ReportCell]] = figures.groups.enumerated().map { index, group in
            let at = { (key: String) in ["territory", "groups", String(index), key] }
            return [ReportCell(.text(group.name), at("name")), ReportCell(.text(group.code), at("code")),
                    ReportCell(.count(group.holders), at("holders")), ReportCell(.count(group.projects), at("projects"))]
        }
        func apart(_ label: String, _ counts: TerritoryFigures.Counts, _ key: String) {
            guard counts.holders + counts.projects > 0 else { return }
            rows.append([ReportCell(.text(label)), ReportCell(.text("")),
                         ReportCell(.count(counts.holders), ["territory", key, "holders"]),
                         ReportCell(.count(counts.projects), ["territory", key, "projects"])])
        }
        apart(t("commune non renseignée", "town not given"), figures.notGiven, "not_given")
        apart(figures.edition == nil ? t("code officiel géographique absent", "official geographic code missing")
                                     : t("commune hors du code officiel", "town not in the official code"),
              figures.notResolved, "not_resolved")
        let area = Catalog.label(level, l)
        return ReportTable(id: "by_territory", title: t("Porteurs et projets ", "Holders and projects ") + by, shape: .grid,
                           columns: [area.prefix(1).uppercased() + area.dropFirst(), "Code", t("Porteurs", "Holders"),
                                     t("Projets", "Projects")],
                           rows: rows, empty: t("aucun porteur", "no holder"))
    }

    /// Holders per prescriber, then those nobody referred.
    static func referralTable(_ r: Report, _ l: Language) -> ReportTable {
        func t(_ french: String, _ english: String) -> String { l == .fr ? french : english }
        var rows: [[ReportCell]] = r.referrals.byPrescriber.enumerated().map { index, prescriber in
            [ReportCell(.text(prescriber.name), ["referrals", "by_prescriber", String(index), "name"]),
             ReportCell(.count(prescriber.holders), ["referrals", "by_prescriber", String(index), "holders"])]
        }
        rows.append([ReportCell(.text(t("sans prescripteur", "not referred"))),
                     ReportCell(.count(r.referrals.notReferred), ["referrals", "not_referred"])])
        return ReportTable(id: "by_prescriber", title: t("Porteurs orientés par les prescripteurs", "Holders referred by prescribers"),
                           shape: .grid, columns: [t("Prescripteur", "Referrer"), t("Porteurs", "Holders")], rows: rows)
    }

    /// One line per programme, when the report spans several (nil otherwise).
    static func programmeTable(_ r: Report, _ l: Language) -> ReportTable? {
        guard !r.programmes.isEmpty else { return nil }
        func t(_ french: String, _ english: String) -> String { l == .fr ? french : english }
        return ReportTable(
            id: "programmes", title: t("Dispositifs", "Programmes"), shape: .grid,
            columns: [t("Dispositif", "Programme"), "Type", t("Promotions", "Cohorts"), t("Porteurs", "Holders"),
                      t("Séances réalisées", "Sessions held"), t("Heures réalisées", "Hours delivered"),
                      t("Assiduité", "Attendance"), t("Projets créés", "Projects launched")],
            rows: r.programmes.enumerated().map { index, p in
                let at = { (key: String) in ["programmes", String(index), key] }
                return [ReportCell(.text(p.name), at("name")),
                        ReportCell(.text(p.type.flatMap(ProgrammeType.init(rawValue:)).map { Catalog.label($0, l) } ?? "—"), at("type")),
                        ReportCell(.count(p.cohorts), at("cohorts")), ReportCell(.count(p.holders), at("holders")),
                        ReportCell(.count(p.sessionsHeld), at("sessions_held")), ReportCell(.hours(p.hoursDelivered), at("hours_delivered")),
                        ReportCell(.percent(p.attendanceRate), at("attendance_rate")), ReportCell(.count(p.created), at("created"))]
            })
    }
}
