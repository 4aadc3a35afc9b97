import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursExchange
#if canImport(Glibc)
import Glibc
#endif

struct ImportAttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "Record a session's attendance from a sheet (nom/name, présence/attendance: présent, absent, excusé or P, A, E).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Option(help: "The session.") var session: String
    @Flag(help: "Show what would be recorded, write nothing.") var dryRun = false

    func run() throws {
        try CLI.run(global) { cli in
            try ImportSupport.guarded(cli) {
                let fr = cli.language == .fr
                let table = try ImportSupport.table(file)
                let workspace = try cli.workspace()
                let target = try Resolver(workspace.state).session(session)
                let plan = try AttendanceImportPlan.make(table: table, state: workspace.state, session: target.id)
                ImportSupport.notices(cli, unknown: plan.unknownColumns, encoding: plan.encoding, separator: plan.separator)
                if dryRun {
                    print(fr ? "Essai (--dry-run) : rien n’est écrit." : "Dry run: nothing is written.")
                    for row in plan.changes {
                        print("  \(row.holderName) : \(Catalog.label(row.mark, cli.language))")
                    }
                    print(fr ? "\(plan.changes.count) présence(s) à noter, \(plan.rows.count - plan.changes.count) déjà notée(s)."
                             : "\(plan.changes.count) mark(s) to record, \(plan.rows.count - plan.changes.count) already recorded.")
                    return
                }
                let outcome = try workspace.run(plan, progress: ImportSupport.progress())
                print(fr ? "\(outcome.created) présence(s) notée(s) pour « \(plan.sessionTitle) », \(outcome.alreadyThere) déjà notée(s)."
                         : "\(outcome.created) mark(s) recorded for “\(plan.sessionTitle)”, \(outcome.alreadyThere) already recorded.")
                for warning in outcome.warnings { cli.warn(Catalog.text(warning, cli.language)) }
            }
        }
    }
}
