import ParcoursDomain
import ParcoursKit

/// `list ideas` and `list calls`.
enum ListIdeas {
    static func ideas(_ state: State, programme: EntityID?, json: Bool, _ cli: CLI) throws {
        let rows = Listing.ideas(state, programme: programme)
        if json { return try cli.printJSON(rows) }
        let l = cli.language
        TextTable(language: l).print(rows.map { row in
            [row.title, row.programme, IdeaStatus(rawValue: row.status).map { Catalog.label($0, l) } ?? row.status,
             row.detected, row.holder ?? row.source ?? "", row.id]
        }, header: l == .fr ? ["Idée", "Dispositif", "Statut", "Détectée", "Porteur (ou source)", "Id"]
                            : ["Idea", "Programme", "Status", "Detected", "Holder (or source)", "Id"])
    }

    static func calls(_ state: State, programme: EntityID?, json: Bool, _ cli: CLI) throws {
        let rows = Listing.calls(state, programme: programme)
        if json { return try cli.printJSON(rows) }
        let l = cli.language
        TextTable(language: l).print(rows.map { row in
            [row.title, row.programme, row.cohort ?? "", [row.opens, row.closes].compactMap { $0 }.joined(separator: " → "),
             "\(row.applications)", "\(row.eligible)", row.id]
        }, header: l == .fr ? ["Appel", "Dispositif", "Promotion", "Ouvert", "Candidatures", "Éligibles", "Id"]
                            : ["Call", "Programme", "Cohort", "Open", "Applications", "Eligible", "Id"])
    }
}
