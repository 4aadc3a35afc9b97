import Foundation
import ParcoursKit
import ParcoursDomain

/// Everything in a data directory as tables, one per entity, for spreadsheets: headers
/// and labels in the user's language, ids kept so rows can be joined.
public enum DataExport {
    public static let tableNames = ["programmes", "cohorts", "holders", "projects", "participations",
                                    "sessions", "attendance", "notes"]

    /// Rows in a total order (ties broken by id), so the same data gives the same files.
    public static func tables(_ state: State, language l: Language) -> [CSVTable] {
        let fr = l == .fr
        func h(_ f: String, _ e: String) -> String { fr ? f : e }
        func org(_ id: EntityID?) -> String { id.flatMap { state.organisations[$0]?.name } ?? "" }
        func holder(_ id: EntityID?) -> String { id.flatMap { state.holders[$0]?.name } ?? "" }
        func cohort(_ id: EntityID) -> String { state.cohorts[id]?.name ?? "" }
        // Names as people sort them, each key made once; equal names by id.
        func byName<T: Identifiable<EntityID>>(_ items: some Sequence<T>, _ name: (T) -> String) -> [T] {
            items.map { (key: NameKey.of(name($0)), item: $0) }
                .sorted { ($0.key, $0.item.id) < ($1.key, $1.item.id) }.map(\.item)
        }
        let cohortOrder = state.cohorts.values.sorted { ($0.start, $0.name, $0.id) < ($1.start, $1.name, $1.id) }
        let ordered = state.sessions.values.sorted {
            ($0.date, $0.time.map { $0.hour * 60 + $0.minute } ?? -1, $0.title, $0.id)
                < ($1.date, $1.time.map { $0.hour * 60 + $0.minute } ?? -1, $1.title, $1.id)
        }

        let programmes = byName(state.programmes.values, \.name).map { p in
            [p.id, p.name, p.operators.map(org).joined(separator: " | "),
             p.targetStages.map { Catalog.label($0, l) }.joined(separator: " | "), p.targetPublic ?? "",
             String(p.template.count)]
        }
        let cohorts = cohortOrder.map { c in
            [c.id, c.programme, state.programmes[c.programme]?.name ?? "", c.name, c.start.iso, c.end?.iso ?? "",
             c.capacity.map(String.init) ?? "", Catalog.label(c.status, l)]
        }
        let holders = byName(state.holders.values, \.name).map { x in
            [x.id, x.name, Catalog.label(x.kind, l), x.commune ?? "", x.email ?? "", x.phone ?? "", org(x.referredBy),
             x.tags.joined(separator: " | ")]
        }
        let projects = byName(state.projects.values, \.title).map { p in
            [p.id, p.title, p.holders.map(holder).joined(separator: " | "), Catalog.label(p.stage, l),
             Catalog.label(p.status, l), p.created.iso, p.commune ?? "", p.sectors.joined(separator: " | ")]
        }
        let participations = cohortOrder.flatMap { c in
            state.participations(cohort: c.id).map { p in
                [c.id, c.name, p.holder, holder(p.holder), Catalog.label(p.status, l), p.history.last?.date.iso ?? ""]
            }
        }
        let sessions = ordered.map { s in
            [s.id, s.cohort, cohort(s.cohort), s.title, Catalog.label(s.kind, l), s.date.iso,
             s.time.map { String(format: "%02d:%02d", $0.hour, $0.minute) } ?? "", String(s.duration.minutes),
             Catalog.label(s.status, l), s.venue ?? "", holder(s.holder)]
        }
        let attendance = ordered.flatMap { s in
            state.attendanceMarks(session: s.id).map { m in
                [s.id, s.title, s.date.iso, m.holder, holder(m.holder), Catalog.label(m.mark, l),
                 m.value.remote ? h("oui", "yes") : h("non", "no"), m.value.remark ?? ""]
            }
        }
        let notes = state.notes.values.sorted { ($0.time, $0.id) < ($1.time, $1.id) }.map { n in
            let (kind, name): (String, String)
            switch n.target {
            case .holder(let id): (kind, name) = (h("porteur", "holder"), holder(id))
            case .project(let id): (kind, name) = (h("projet", "project"), state.projects[id]?.title ?? "")
            }
            return [n.id, kind, n.target.id, name, n.date.iso, n.author, n.text]
        }
        return [
            CSVTable(name: "programmes", header: ["id", h("nom", "name"), h("opérateurs", "operators"),
                                                  h("étapes visées", "target stages"), h("public", "target public"),
                                                  h("ateliers du modèle", "template workshops")], rows: programmes,
                     computed: [5]),
            CSVTable(name: "cohorts", header: ["id", h("id dispositif", "programme id"), h("dispositif", "programme"),
                                               h("nom", "name"), h("début", "start"), h("fin", "end"),
                                               h("capacité", "capacity"), h("statut", "status")], rows: cohorts,
                     computed: [6]),
            CSVTable(name: "holders", header: ["id", h("nom", "name"), h("type", "kind"), h("commune", "town"),
                                               h("courriel", "email"), h("téléphone", "phone"),
                                               h("orienté par", "referred by"), h("étiquettes", "tags")], rows: holders),
            CSVTable(name: "projects", header: ["id", h("projet", "project"), h("porteurs", "holders"), h("étape", "stage"),
                                                h("statut", "status"), h("créé le", "created"), h("commune", "town"),
                                                h("secteurs", "sectors")], rows: projects),
            CSVTable(name: "participations", header: [h("id promotion", "cohort id"), h("promotion", "cohort"),
                                                      h("id porteur", "holder id"), h("porteur", "holder"),
                                                      h("statut", "status"), h("depuis", "since")], rows: participations),
            CSVTable(name: "sessions", header: ["id", h("id promotion", "cohort id"), h("promotion", "cohort"),
                                                h("titre", "title"), h("type", "kind"), h("date", "date"), h("heure", "time"),
                                                h("durée (min)", "duration (min)"), h("statut", "status"), h("lieu", "venue"),
                                                h("porteur", "holder")], rows: sessions,
                     computed: [7]),
            CSVTable(name: "attendance", header: [h("id séance", "session id"), h("séance", "session"), h("date", "date"),
                                                  h("id porteur", "holder id"), h("porteur", "holder"), h("présence", "attendance"),
                                                  h("à distance", "remote"), h("remarque", "remark")], rows: attendance),
            CSVTable(name: "notes", header: ["id", h("sujet", "about"), h("id sujet", "about id"), h("nom", "name"),
                                             h("date", "date"), h("auteur", "author"), h("texte", "text")], rows: notes),
        ]
    }
}
