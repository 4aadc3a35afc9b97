import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursExchange
#if canImport(Glibc)
import Glibc
#endif

struct ImportHoldersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holders",
        abstract: "Create the holders (and their projects) of a spreadsheet and enrol them in a cohort.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Option(help: "The cohort to enrol them in.") var cohort: String
    @Option(help: "Participation status when the file has no statut column (default inscrit).") var status: String = "inscrit"
    @Flag(help: "Show what would be created, write nothing.") var dryRun = false

    func run() throws {
        try CLI.run(global) { cli in
            try ImportSupport.guarded(cli) {
                let fr = cli.language == .fr
                let defaultStatus = try Arguments.participation(status, "--status")
                let table = try ImportSupport.table(file)
                let workspace = try cli.workspace()
                let target = try Resolver(workspace.state).cohort(cohort)
                let plan = try HolderImportPlan.make(table: table, state: workspace.state, cohort: target.id, status: defaultStatus,
                                                     today: workspace.today)
                ImportSupport.notices(cli, unknown: plan.unknownColumns, encoding: plan.encoding, separator: plan.separator)
                if dryRun {
                    print(fr ? "Essai (--dry-run) : rien n’est écrit." : "Dry run: nothing is written.")
                    for row in plan.newHolders {
                        var parts = [row.draft.name]
                        if let commune = row.draft.commune { parts.append(commune) }
                        if let title = row.draft.projectTitle {
                            parts.append((fr ? "projet « " : "project “") + title + (fr ? " » " : "” ")
                                         + Catalog.label(row.draft.stage ?? .idee, cli.language))
                        }
                        parts.append(Catalog.label(row.status, cli.language))
                        print((fr ? "  créerait : " : "  would create: ") + parts.joined(separator: " — "))
                    }
                    for row in plan.enrolOnly {
                        print((fr ? "  inscrirait (déjà connu) : " : "  would enrol (already known): ") + row.draft.name)
                    }
                    print(fr ? "\(plan.newHolders.count) porteur(s) à créer, \(plan.alreadyThere.count) déjà présent(s), dans « \(plan.cohortName) »."
                             : "\(plan.newHolders.count) holder(s) to create, \(plan.alreadyThere.count) already there, in “\(plan.cohortName)”.")
                    return
                }
                let outcome = try workspace.run(plan, language: cli.language, progress: ImportSupport.progress())
                print(fr ? "\(outcome.created) porteur(s) créé(s) et inscrit(s) dans « \(plan.cohortName) », \(outcome.enrolled) déjà connu(s) inscrit(s), \(outcome.alreadyThere) ligne(s) déjà présente(s)."
                         : "\(outcome.created) holder(s) created and enrolled in “\(plan.cohortName)”, \(outcome.enrolled) already known enrolled, \(outcome.alreadyThere) row(s) already there.")
                for warning in outcome.warnings { cli.warn(Catalog.text(warning, cli.language)) }
            }
        }
    }
}
