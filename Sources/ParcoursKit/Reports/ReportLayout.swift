import ParcoursDomain

/// A report laid out once for people — its heading, then its tables in reading order —
/// and written from that one layout as text, Markdown, CSV and on screen. Every figure of
/// the report's JSON has its cell here (a test holds the two together), so no format can
/// drop one.
public struct ReportLayout: Hashable, Sendable {
    public var title: String
    public var tables: [ReportTable]

    public init(report r: Report, language l: Language) {
        let fr = l == .fr
        func t(_ french: String, _ english: String) -> String { fr ? french : english }
        func figure(_ label: String, _ value: ReportValue, _ path: String...) -> [ReportCell] {
            [ReportCell(.text(label)), ReportCell(value, path)]
        }
        func stage(_ id: String?) -> String { id.flatMap(Stage.init(rawValue:)).map { Catalog.label($0, l) } ?? "—" }
        /// A name → count dictionary as rows, most first, then by name.
        func counted(_ values: [String: Int], key: String, label: (String) -> String = { $0 }) -> [[ReportCell]] {
            values.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { name, count in
                [ReportCell(.text(label(name)), key.split(separator: ".").map(String.init) + [name]),
                 ReportCell(.count(count), key.split(separator: ".").map(String.init) + [name])]
            }
        }

        let name = r.scope.name ?? r.scope.id ?? ""
        switch r.scope.kind {
        case "programme": title = t("Bilan du dispositif « \(name) »", "Report: programme “\(name)”")
        case "cohort": title = t("Bilan de la promotion « \(name) »", "Report: cohort “\(name)”")
        case "operator": title = t("Bilan de l’opérateur « \(name) »", "Report: operator “\(name)”")
        default: title = t("Bilan de l’ensemble des données", "Report: all data")
        }

        var about: [[ReportCell]] = [figure(t("Chiffres arrêtés au", "Figures as of"), .text(Catalog.longDay(r.asOf, l)), "as_of")]
        if r.scope.from != nil || r.scope.to != nil {
            let from = r.scope.from.map { t("du ", "from ") + Catalog.longDay($0, l) }
            let to = r.scope.to.map { t("au ", "to ") + Catalog.longDay($0, l) }
            about.append([ReportCell(.text(t("Période", "Period"))),
                          ReportCell(.text([from, to].compactMap { $0 }.joined(separator: " ")), ["scope", "from"])])
        }
        if let commune = r.scope.commune { about.append(figure(t("Commune", "Town"), .text(commune), "scope", "commune")) }
        if !r.scope.operators.isEmpty {
            about.append(figure(t("Opérateurs", "Operators"), .text(r.scope.operators.joined(separator: ", ")), "scope", "operators"))
        }
        if !r.scope.partners.isEmpty {
            about.append(figure(t("Partenaires", "Partners"),
                                .text(r.scope.partners.map { "\($0.name) (\(Catalog.partnerRole($0.role, l)))" }.joined(separator: ", ")), "scope", "partners"))
        }
        if r.anonymous {
            about.append(figure(t("Diffusion", "Circulation"),
                                .text(t("anonyme : aucun nom de personne ni de projet", "anonymous: no person’s or project’s name")),
                                "anonymous"))
        }
        var tables = [ReportTable(id: "about", title: t("Présentation", "About"), shape: .figures,
                                  columns: [t("Rubrique", "Item"), t("Valeur", "Value")], rows: about)]

        if let programmes = Self.programmeTable(r, l) { tables.append(programmes) }
        // A scope that follows ideas but no holder yet (a Fabrique à initiatives): its
        // ideas come first, before the holders' tables, which hold only zeros.
        let ideasFirst = r.holders == 0 && r.candidates == 0
        if ideasFirst { tables += Self.ideaTables(r, l) }

        let b = r.breakdowns
        tables.append(ReportTable(
            id: "public", title: t("Publics accompagnés", "People accompanied"), shape: .figures,
            columns: [t("Indicateur", "Figure"), t("Valeur", "Value")], rows: [
                figure(t("Candidatures enregistrées", "Applications recorded"), .count(r.candidates), "candidates"),
                figure(t("Candidatures retenues", "Applicants selected"), .count(b.applicants.selected), "breakdowns", "applicants", "selected"),
                figure(t("Candidatures non retenues", "Applicants not selected"), .count(b.applicants.notSelected), "breakdowns", "applicants", "not_selected"),
                figure(t("Candidatures en attente", "Applications undecided"), .count(b.applicants.undecided), "breakdowns", "applicants", "undecided"),
                figure(t("Porteurs accompagnés", "Holders accompanied"), .count(r.holders), "holders"),
                figure(t("Sorties en cours de parcours", "Drop-outs"), .count(r.outcomes.droppedOut), "outcomes", "dropped_out"),
                figure(t("Transferts vers une autre promotion", "Transferred to another cohort"), .count(r.outcomes.transferred), "outcomes", "transferred"),
            ]))

        var activity: [[ReportCell]] = [
            figure(t("Séances réalisées", "Sessions held"), .count(r.sessions.held), "sessions", "held"),
            figure(t("Séances prévues", "Sessions planned"), .count(r.sessions.planned), "sessions", "planned"),
            figure(t("Séances annulées", "Sessions cancelled"), .count(r.sessions.cancelled), "sessions", "cancelled"),
            figure(t("Heures réalisées", "Hours delivered"), .hours(r.hoursDelivered), "hours_delivered"),
        ]
        for kind in SessionKind.allCases {
            guard let hours = r.hoursByKind[kind.rawValue] else { continue }
            activity.append(figure(t("  dont ", "  of which ") + Catalog.label(kind, l), .hours(hours), "hours_by_kind", kind.rawValue))
        }
        if r.events.hours > 0 {
            activity.append(figure(t("  dont événements ouverts", "  of which open events"), .hours(r.events.hours), "events", "hours"))
        }
        activity += [
            figure(t("Participants présents au moins une fois", "Participants present at least once"), .count(b.participants.people), "breakdowns", "participants", "people"),
            figure(t("Présences (une personne à une séance)", "Attendances (one person at one session)"), .count(b.participants.presences), "breakdowns", "participants", "presences"),
            figure(t("Heures-participants (par personne)", "Participant-hours (per person)"), .hours(b.participants.personHours), "breakdowns", "participants", "person_hours"),
            figure(t("Assiduité", "Attendance rate"), .percent(r.attendance.rate), "attendance", "rate"),
            figure(t("  présences", "  present"), .count(r.attendance.present), "attendance", "present"),
            figure(t("  absences", "  absent"), .count(r.attendance.absent), "attendance", "absent"),
            figure(t("  absences excusées", "  excused"), .count(r.attendance.excused), "attendance", "excused"),
        ]
        tables.append(ReportTable(id: "activity", title: t("Activité", "Activity"), shape: .figures,
                                  columns: [t("Indicateur", "Figure"), t("Valeur", "Value")], rows: activity))

        tables.append(ReportTable(
            id: "results", title: t("Résultats", "Results"), shape: .figures,
            columns: [t("Indicateur", "Figure"), t("Valeur", "Value")], rows: [
                figure(t("Projets créés (étape Création ou au-delà)", "Projects launched (Launch stage or beyond)"), .count(r.outcomes.created), "outcomes", "created"),
                figure(t("Taux de création (projets sortis)", "Launch rate (projects that ended)"), .percent(r.launchRate.rate), "launch_rate", "rate"),
                figure(t("  projets sortis créés", "  ended and launched"), .count(r.launchRate.launched), "launch_rate", "launched"),
                figure(t("  projets sortis", "  ended"), .count(r.launchRate.ended), "launch_rate", "ended"),
                figure(t("Projets orientés", "Projects oriented"), .count(r.outcomes.oriented), "outcomes", "oriented"),
                figure(t("Projets abandonnés", "Projects abandoned"), .count(r.outcomes.abandoned), "outcomes", "abandoned"),
                figure(t("Projets réorientés", "Projects reoriented"), .count(r.outcomes.reoriented), "outcomes", "reoriented"),
                figure(t("Projets sans activité depuis 30 jours", "Projects idle for 30 days"), .count(r.stalledCount), "stalled_count"),
                figure(t("Séances passées sans présences saisies", "Past sessions without attendance"), .count(r.pendingSessions.count), "pending_sessions"),
            ]))

        let projects = t("Projets", "Projects"), holders = t("Porteurs", "Holders")
        tables.append(ReportTable(id: "stages", title: t("Étapes des projets", "Project stages"), shape: .grid,
                                  columns: [t("Étape", "Stage"), projects],
                                  rows: Stage.allCases.map { [ReportCell(.text(Catalog.label($0, l))),
                                                              ReportCell(.count(r.stages[$0.rawValue] ?? 0), ["stages", $0.rawValue])] }))
        tables.append(ReportTable(id: "macro_stages", title: t("Grandes étapes", "Macro-stages"), shape: .grid,
                                  columns: [t("Grande étape", "Macro-stage"), projects],
                                  rows: MacroStage.allCases.map { [ReportCell(.text(Catalog.label($0, l))),
                                                                   ReportCell(.count(r.macroStages[$0.rawValue] ?? 0), ["macro_stages", $0.rawValue])] }))
        tables.append(ReportTable(id: "statuses", title: t("Statuts des projets", "Project statuses"), shape: .grid,
                                  columns: [t("Statut", "Status"), projects],
                                  rows: ProjectStatus.allCases.map { [ReportCell(.text(Catalog.label($0, l))),
                                                                      ReportCell(.count(r.statuses[$0.rawValue] ?? 0), ["statuses", $0.rawValue])] }))
        tables.append(ReportTable(
            id: "stage_moves", title: t("Progression (étape à l’entrée → étape actuelle)", "Progress (stage at entry → stage now)"),
            shape: .grid, columns: [t("À l’entrée", "At entry"), t("Aujourd’hui", "Now"), projects],
            rows: r.stageMoves.enumerated().map { index, move in
                [ReportCell(.text(stage(move.from)), ["stage_moves", String(index), "from"]),
                 ReportCell(.text(stage(move.to)), ["stage_moves", String(index), "to"]),
                 ReportCell(.count(move.projects), ["stage_moves", String(index), "projects"])]
            }, empty: t("aucun projet", "no project")))
        if !r.outcomes.destinations.isEmpty {
            tables.append(ReportTable(id: "destinations", title: t("Orientations", "Orientations"), shape: .grid,
                                      columns: [t("Vers", "To"), projects],
                                      rows: counted(r.outcomes.destinations, key: "outcomes.destinations")))
        }
        let none = t("non renseigné", "not given")
        tables.append(ReportTable(id: "by_sector", title: t("Projets par secteur", "Projects by sector"), shape: .grid,
                                  columns: [t("Secteur", "Sector"), projects],
                                  rows: counted(b.sectors, key: "breakdowns.by_sector"), empty: none))
        tables.append(ReportTable(id: "by_commune", title: t("Porteurs par commune", "Holders by town"), shape: .grid,
                                  columns: [t("Commune", "Town"), holders],
                                  rows: counted(b.communes, key: "breakdowns.by_commune") { $0.isEmpty ? none : $0 }, empty: none))
        tables.append(Self.territoryTable(r, l))
        tables.append(Self.referralTable(r, l))
        tables.append(ReportTable(
            id: "by_profile", title: t("Porteurs par profil (avec leur consentement)", "Holders by profile (with their consent)"),
            shape: .grid, columns: [t("Profil", "Profile"), holders],
            rows: counted(b.profiles, key: "breakdowns.by_profile") { Catalog.sensitiveLabel($0, .profile, l) }, empty: none))
        if !b.tags.isEmpty {
            tables.append(ReportTable(id: "by_tag", title: t("Porteurs par étiquette", "Holders by tag"), shape: .grid,
                                      columns: [t("Étiquette", "Tag"), holders], rows: counted(b.tags, key: "breakdowns.by_tag")))
        }

        tables += Self.afterProgrammeTables(r, l)
        tables += Self.evaluationTables(r, l)
        tables += Self.eventTables(r, l)
        if !ideasFirst { tables += Self.ideaTables(r, l) }

        if !r.anonymous {
            tables.append(ReportTable(
                id: "holders", title: holders, shape: .grid,
                columns: [t("Porteur", "Holder"), t("Commune", "Town"), t("Projet", "Project"),
                          t("Séances présentes", "Sessions attended"), t("Séances comptées", "Sessions counted"),
                          t("Assiduité", "Attendance"), t("Étape à l’entrée", "Stage at entry"), t("Étape actuelle", "Stage now"),
                          t("Statut", "Status"), "Participation"],
                rows: r.perHolder.enumerated().map { index, line in
                    let at = { (key: String) in ["per_holder", String(index), key] }
                    return [ReportCell(.text(line.name), at("name")), ReportCell(.text(line.commune ?? ""), at("commune")),
                            ReportCell(.text(line.project), at("project")),
                            ReportCell(.count(line.attended), at("attended")), ReportCell(.count(line.counted), at("counted")),
                            ReportCell(.percent(line.rate), at("rate")),
                            ReportCell(.text(stage(line.stageAtEntry)), at("stage_at_entry")),
                            ReportCell(.text(stage(line.stageNow)), at("stage_now")),
                            ReportCell(.text(line.status.flatMap(ProjectStatus.init(rawValue:)).map { Catalog.label($0, l) } ?? ""), at("status")),
                            ReportCell(.text(ParticipationStatus(rawValue: line.participation).map { Catalog.label($0, l) } ?? ""), at("participation"))]
                }, empty: t("aucun porteur", "no holder")))
            if !r.stalled.isEmpty {
                tables.append(ReportTable(
                    id: "stalled", title: t("Projets sans activité", "Idle projects"), shape: .grid,
                    columns: [t("Porteur", "Holder"), t("Projet", "Project"), t("Sans activité", "Idle for")],
                    rows: r.stalled.enumerated().map { index, s in
                        [ReportCell(.text(s.holder), ["stalled", String(index), "holder"]),
                         ReportCell(.text(s.project), ["stalled", String(index), "project"]),
                         ReportCell(.days(s.days), ["stalled", String(index), "days"])]
                    }))
            }
        }
        if !r.pendingSessions.isEmpty {
            tables.append(ReportTable(
                id: "pending_sessions", title: t("Séances passées sans présences saisies", "Past sessions without attendance"),
                shape: .grid, columns: ["Date", t("Séance", "Session"), t("Promotion", "Cohort")],
                rows: r.pendingSessions.enumerated().map { index, p in
                    [ReportCell(.text(Catalog.day(p.date, l)), ["pending_sessions", String(index), "date"]),
                     ReportCell(.text(p.title), ["pending_sessions", String(index), "title"]),
                     ReportCell(.text(p.cohort), ["pending_sessions", String(index), "cohort"])]
                }))
        }
        self.tables = tables
    }

    /// A table by its id.
    public func table(_ id: String) -> ReportTable? { tables.first { $0.id == id } }
}
