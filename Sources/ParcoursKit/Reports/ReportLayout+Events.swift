import ParcoursDomain

extension ReportLayout {
    /// Open events (domain.md F6, F31): how many were held, their hours (part of the hours
    /// delivered) and participants by audience category, by kind and event by event, and
    /// the past ones never counted — only when the scope has an event.
    static func eventTables(_ r: Report, _ l: Language) -> [ReportTable] {
        func t(_ french: String, _ english: String) -> String { l == .fr ? french : english }
        func figure(_ label: String, _ value: ReportValue, _ path: [String]) -> [ReportCell] {
            [ReportCell(.text(label)), ReportCell(value, path)]
        }
        func category(_ id: String) -> String { Catalog.label(Audience(id: id), l) }
        func kind(_ id: String) -> String { OpenEventKind(rawValue: id).map { Catalog.label($0, l) } ?? id }
        let e = r.events
        guard e.held + e.planned + e.cancelled > 0 else { return [] }
        let participants = t("Participants", "Participants")
        var tables = [ReportTable(
            id: "events", title: t("Événements ouverts (comptés par effectif)", "Open events (counted by headcount)"),
            shape: .figures, columns: [t("Indicateur", "Figure"), t("Valeur", "Value")], rows: [
                figure(t("Événements tenus (effectif saisi)", "Events held (headcount recorded)"), .count(e.held), ["events", "held"]),
                figure(t("Événements prévus", "Events planned"), .count(e.planned), ["events", "planned"]),
                figure(t("Événements annulés", "Events cancelled"), .count(e.cancelled), ["events", "cancelled"]),
                figure(t("Heures d’événements (comprises dans les heures réalisées)", "Hours of events (part of the hours delivered)"),
                       .hours(e.hours), ["events", "hours"]),
                figure(t("Participants aux événements (une personne par événement)", "Participants at events (one person per event)"),
                       .count(e.participants), ["events", "participants"]),
            ])]

        // By category: the standard ones in their order, then free ones (most first), then
        // those counted in no category.
        var rows = StandardAudience.allCases.map { s in
            [ReportCell(.text(Catalog.label(s, l))), ReportCell(.count(e.byCategory[s.rawValue] ?? 0), ["events", "by_category", s.rawValue])]
        }
        let free = e.byCategory.filter { StandardAudience(rawValue: $0.key) == nil }
            .sorted { ($1.value, NameKey.of($0.key), $0.key) < ($0.value, NameKey.of($1.key), $1.key) }
        rows += free.map { [ReportCell(.text($0.key), ["events", "by_category", $0.key]),
                            ReportCell(.count($0.value), ["events", "by_category", $0.key])] }
        if e.unspecified > 0 {
            rows.append([ReportCell(.text(Catalog.unspecifiedAudience(l))), ReportCell(.count(e.unspecified), ["events", "unspecified"])])
        }
        tables.append(ReportTable(id: "events_by_category", title: t("Participants aux événements, par public", "Participants at events, by audience"),
                                  shape: .grid, columns: [t("Public", "Audience"), participants], rows: rows))

        let kinds = OpenEventKind.allCases.filter { e.byKind[$0.rawValue] != nil }
        if !kinds.isEmpty {
            tables.append(ReportTable(
                id: "events_by_kind", title: t("Événements tenus, par format", "Events held, by format"), shape: .grid,
                columns: [t("Format", "Format"), t("Événements", "Events"), t("Heures", "Hours"), participants],
                rows: kinds.map { k in
                    let f = e.byKind[k.rawValue]!, at = { (key: String) in ["events", "by_kind", k.rawValue, key] }
                    return [ReportCell(.text(Catalog.label(k, l))), ReportCell(.count(f.held), at("held")),
                            ReportCell(.hours(f.hours), at("hours")), ReportCell(.count(f.participants), at("participants"))]
                }))
        }
        if !e.events.isEmpty {
            tables.append(ReportTable(
                id: "events_held", title: t("Événements tenus", "Events held"), shape: .grid,
                columns: ["Date", t("Événement", "Event"), t("Format", "Format"), t("Dispositif ou promotion", "Programme or cohort"),
                          t("Heures", "Hours"), participants],
                rows: e.events.enumerated().map { index, line in
                    let at = { (key: String) in ["events", "events", String(index), key] }
                    return [ReportCell(.text(Catalog.day(line.date, l)), at("date")), ReportCell(.text(line.title), at("title")),
                            ReportCell(.text(kind(line.kind)), at("kind")),
                            ReportCell(.text(line.cohort ?? line.programme), at(line.cohort == nil ? "programme" : "cohort")),
                            ReportCell(.hours(line.hours), at("hours")), ReportCell(.count(line.participants), at("participants"))]
                }))
            var detail: [[ReportCell]] = []
            for (index, line) in e.events.enumerated() {
                let at = { (key: [String]) in ["events", "events", String(index)] + key }
                let given = line.byCategory.sorted { a, b in
                    let (ia, ib) = (StandardAudience.allCases.firstIndex { $0.rawValue == a.key } ?? 99,
                                    StandardAudience.allCases.firstIndex { $0.rawValue == b.key } ?? 99)
                    return (ia, NameKey.of(a.key), a.key) < (ib, NameKey.of(b.key), b.key)
                }
                for (key, count) in given {
                    detail.append([ReportCell(.text(Catalog.day(line.date, l))), ReportCell(.text(line.title)),
                                   ReportCell(.text(category(key))), ReportCell(.count(count), at(["by_category", key]))])
                }
                if line.unspecified > 0 {
                    detail.append([ReportCell(.text(Catalog.day(line.date, l))), ReportCell(.text(line.title)),
                                   ReportCell(.text(Catalog.unspecifiedAudience(l))), ReportCell(.count(line.unspecified), at(["unspecified"]))])
                }
            }
            tables.append(ReportTable(
                id: "events_held_by_category", title: t("Participants de chaque événement, par public", "Each event’s participants, by audience"),
                shape: .grid, columns: ["Date", t("Événement", "Event"), t("Public", "Audience"), participants], rows: detail))
        }
        if !e.withoutHeadcount.isEmpty {
            tables.append(ReportTable(
                id: "events_without_headcount", title: t("Événements passés sans effectif saisi", "Past events without a headcount"),
                shape: .grid, columns: ["Date", t("Événement", "Event"), t("Dispositif ou promotion", "Programme or cohort")],
                rows: e.withoutHeadcount.enumerated().map { index, p in
                    let at = { (key: String) in ["events", "without_headcount", String(index), key] }
                    return [ReportCell(.text(Catalog.day(p.date, l)), at("date")), ReportCell(.text(p.title), at("title")),
                            ReportCell(.text(p.cohort ?? p.programme), at(p.cohort == nil ? "programme" : "cohort"))]
                }))
        }
        return tables
    }
}
