import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import SafeText

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List programmes, cohorts, holders, sessions, organisations, contacts, events, followups, needs, milestones, ideas, calls, people or venues.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "programmes, cohorts, holders, sessions, organisations, contacts, events, followups, needs, milestones, ideas, calls, people or venues.")
    var what: String
    @Option(help: "Only this cohort (holders, sessions, events, followups, needs).") var cohort: String?
    @Option(help: "Only this programme (cohorts, events, milestones, ideas, calls).") var programme: String?
    @Option(help: "Only this organisation (contacts).") var organisation: String?
    @Flag(help: "followups: only those due and not recorded, most overdue first.") var due = false
    @Flag(help: "needs: only those still open.") var open = false
    @Option(help: "holders, followups: only the holders this person of the directory is the referent of.") var referent: String?
    @Flag(help: "holders, followups: only my holders (whose referent is $PARCOURS_AUTHOR in the directory).") var mine = false

    func run() throws {
        try CLI.run(global) { cli in
            let workspace = try cli.workspace()
            let state = workspace.state
            let resolver = Resolver(state)
            let cohortID = try cohort.map { reference throws(DomainError) in try resolver.cohort(reference).id }
            let programmeID = try programme.map { reference throws(DomainError) in try resolver.programme(reference).id }
            let theirs = try ListFilters.referentHolders(referent: referent, mine: mine, state: state, author: workspace.author,
                                                         language: cli.language)
            let table = TextTable(language: cli.language)
            switch Vocabulary.fold(what) {
            case "programmes", "programme", "programs":
                let rows = Listing.programmes(state)
                if output.json { return try cli.printJSON(rows) }
                table.print(rows.map { [$0.name, $0.type.flatMap(ProgrammeType.init(rawValue:)).map { Catalog.label($0, cli.language) } ?? "",
                                        $0.operators.joined(separator: ", "), "\($0.workshops)", "\($0.cohorts)", $0.id] },
                            header: cli.language == .fr ? ["Programme", "Type", "Opérateurs", "Ateliers", "Promotions", "Id"]
                                : ["Programme", "Type", "Operators", "Workshops", "Cohorts", "Id"])
            case "cohorts", "cohort", "promotions":
                let rows = Listing.cohorts(state, programme: programmeID)
                if output.json { return try cli.printJSON(rows) }
                table.print(rows.map { [$0.name, $0.programme, $0.start, "\($0.holders)", "\($0.sessionsHeld)/\($0.sessionsHeld + $0.sessionsPlanned)",
                                            CohortStatus(rawValue: $0.status).map { Catalog.label($0, cli.language) } ?? $0.status, $0.id] },
                            header: cli.language == .fr ? ["Promotion", "Programme", "Début", "Porteurs", "Séances tenues", "Statut", "Id"]
                                : ["Cohort", "Programme", "Start", "Holders", "Sessions held", "Status", "Id"])
            case "holders", "holder", "porteurs":
                let rows = Listing.holders(state, cohort: cohortID).filter { theirs?.contains($0.id) ?? true }
                if output.json { return try cli.printJSON(rows) }
                table.print(rows.map { [$0.name, $0.projects.joined(separator: ", "), $0.stage.flatMap(Stage.init(rawValue:)).map { Catalog.label($0, cli.language) } ?? "", $0.commune ?? "", $0.id] },
                            header: cli.language == .fr ? ["Porteur", "Projet", "Étape", "Commune", "Id"]
                                : ["Holder", "Project", "Stage", "Town", "Id"])
            case "sessions", "session", "seances":
                let rows = Listing.sessions(state, cohort: cohortID)
                if output.json { return try cli.printJSON(rows) }
                table.print(rows.map { [$0.date, $0.time ?? "", $0.title, $0.cohort,
                                       SessionStatus(rawValue: $0.status).map { Catalog.label($0, cli.language) } ?? $0.status, $0.id] },
                            header: cli.language == .fr ? ["Date", "Heure", "Séance", "Promotion", "Statut", "Id"]
                                : ["Date", "Time", "Session", "Cohort", "Status", "Id"])
            case "organisations", "organisation", "organizations":
                let rows = Listing.organisations(state)
                if output.json { return try cli.printJSON(rows) }
                table.print(rows.map { [$0.name, OrganisationKind(rawValue: $0.kind).map { Catalog.label($0, cli.language) } ?? $0.kind, $0.id] },
                            header: cli.language == .fr ? ["Organisation", "Type", "Id"] : ["Organisation", "Kind", "Id"])
            case "contacts", "contact":
                let organisationID = try organisation.map { reference throws(DomainError) in try resolver.organisation(reference).id }
                let rows = Listing.contacts(state, organisation: organisationID, today: workspace.today)
                if output.json { return try cli.printJSON(rows) }
                let fr = cli.language == .fr
                table.print(rows.map { [$0.organisation, $0.name, $0.role ?? "", $0.from ?? "", $0.to ?? "",
                                        $0.current ? "" : (fr ? "parti·e" : "left"), $0.id] },
                            header: fr ? ["Organisation", "Contact", "Fonction", "Depuis", "Jusqu’au", "", "Id"]
                                : ["Organisation", "Contact", "Position", "From", "To", "", "Id"])
            case "events", "event", "evenements":
                let rows = Listing.openEvents(state, programme: programmeID, cohort: cohortID)
                if output.json { return try cli.printJSON(rows) }
                OpenEventText(language: cli.language).list(rows, table: table)
            case "ideas", "idea", "idees":
                try ListIdeas.ideas(state, programme: programmeID, json: output.json, cli)
            case "calls", "call", "appels", "ami":
                try ListIdeas.calls(state, programme: programmeID, json: output.json, cli)
            case "followups", "followup", "suivis", "suivi":
                var rows = Listing.followUps(state, today: workspace.today, cohort: cohortID, dueOnly: due)
                if let theirs { rows = rows.filter { row in state.projects[row.projectId]?.holders.contains(where: theirs.contains) ?? false } }
                if due { rows.sort { ($0.overdueDays ?? 0, $1.projectId) > ($1.overdueDays ?? 0, $0.projectId) } }
                if output.json { return try cli.printJSON(rows) }
                let fr = cli.language == .fr
                table.print(rows.map { row in
                    [row.due, row.project, row.holders.joined(separator: ", "), Catalog.wave(row.waveMonths, cli.language),
                     row.cohort, PathText.followUpState(row, cli.language)]
                }, header: fr ? ["Échéance", "Projet", "Porteurs", "Suivi", "Promotion", "État"]
                    : ["Due", "Project", "Holders", "Follow-up", "Cohort", "State"])
            case "needs", "need", "besoins":
                let rows = Listing.needs(state, cohort: cohortID, openOnly: open)
                if output.json { return try cli.printJSON(rows) }
                let fr = cli.language == .fr
                table.print(rows.map { row in
                    [NeedKind(rawValue: row.kind).map { Catalog.label($0, cli.language) } ?? row.kind, row.project,
                     row.holders.joined(separator: ", "), row.opened,
                     row.resolved.map { (fr ? "résolu le " : "resolved on ") + $0 } ?? (fr ? "ouvert" : "open"),
                     row.description ?? ""]
                }, header: fr ? ["Besoin", "Projet", "Porteurs", "Depuis", "État", "Description"]
                    : ["Need", "Project", "Holders", "Since", "State", "Description"])
            case "milestones", "milestone", "jalons":
                let rows = Listing.milestones(state, programme: programmeID)
                if output.json { return try cli.printJSON(rows) }
                table.print(rows.map { row in
                    [row.title ?? StandardMilestone(rawValue: row.id).map { Catalog.label($0, cli.language) } ?? row.id,
                     row.programme ?? "", row.id]
                }, header: cli.language == .fr ? ["Jalon", "Dispositif", "Id"] : ["Milestone", "Programme", "Id"])
            case "people", "persons", "person", "personnes", "annuaire":
                let rows = DirectoryListing.people(state)
                if output.json { return try cli.printJSON(rows) }
                table.print(rows.map { [$0.name, $0.organisation ?? "", $0.role ?? "", $0.email ?? "", "\($0.sessions)", "\($0.holders)", $0.id] },
                            header: cli.language == .fr ? ["Personne", "Structure", "Fonction", "Courriel", "Séances", "Référent·e de", "Id"]
                                : ["Person", "Organisation", "Role", "E-mail", "Sessions", "Referent of", "Id"])
            case "venues", "venue", "lieux", "lieu":
                let rows = DirectoryListing.venues(state)
                if output.json { return try cli.printJSON(rows) }
                table.print(rows.map { [$0.name, $0.commune ?? "", $0.kind.flatMap(VenueKind.init(rawValue:)).map { Catalog.label($0, cli.language) } ?? "",
                                        $0.lender ?? "", "\($0.sessions)", $0.id] },
                            header: cli.language == .fr ? ["Lieu", "Commune", "Type", "Prêté par", "Séances", "Id"]
                                : ["Venue", "Town", "Kind", "Lent by", "Sessions", "Id"])
            default:
                throw InputError(value: what, option: "list",
                                 expectedFR: "programmes, cohorts, holders, sessions, organisations, contacts, events, followups, needs, milestones, ideas, calls, people ou venues",
                                 expectedEN: "programmes, cohorts, holders, sessions, organisations, contacts, events, followups, needs, milestones, ideas, calls, people or venues")
            }
        }
    }
}
