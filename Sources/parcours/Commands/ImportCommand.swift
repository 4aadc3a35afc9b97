import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursExchange
#if canImport(Glibc)
import Glibc
#endif

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a spreadsheet (CSV from Excel, LibreOffice, Google Sheets) or a JSON export.",
        discussion: """
        CSV files may be UTF-8 (with or without BOM) or Windows-1252, separated by ; or ,.
        Headers are read in French or English (nom/name, prénom/first name, projet/project,
        commune/town, email/courriel, téléphone/phone, étape/stage, statut/status,
        orienté par/referred by, date d'entrée/entry date; présence/attendance).
        All or nothing: one bad row and nothing is written, every problem is listed.
        """,
        subcommands: [ImportHoldersCommand.self, ImportAttendanceCommand.self, ImportJSONCommand.self])
}

/// Shared by the import subcommands: reading the file, printing notices and failures.
enum ImportSupport {
    static func table(_ path: String) throws -> SpreadsheetTable {
        try SpreadsheetTable.read(try data(path))
    }

    static func data(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        return data
    }

    /// Prints an `ImportError` in the user's language and fails with status 1.
    static func guarded(_ cli: CLI, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ImportError {
            let prefix = cli.language == .fr ? "Erreur : " : "Error: "
            Output.error(prefix + error.text(cli.language))
            throw ExitCode(1)
        }
    }

    static func notices(_ cli: CLI, unknown: [String], encoding: SpreadsheetEncoding, separator: Character) {
        let fr = cli.language == .fr
        let enc: String
        switch encoding {
        case .utf8: enc = "UTF-8"
        case .utf8WithBOM: enc = fr ? "UTF-8 avec BOM" : "UTF-8 with BOM"
        case .windows1252: enc = "Windows-1252"
        }
        print((fr ? "Fichier lu : " : "File read: ") + enc + (fr ? ", séparateur « \(separator) »" : ", separator “\(separator)”"))
        if !unknown.isEmpty {
            print((fr ? "Colonnes ignorées : " : "Columns ignored: ") + unknown.joined(separator: ", "))
        }
    }

    /// Progress on stderr, only for a person watching a terminal.
    static func progress() -> ((Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { done, total in Output.progress(done: done, total: total) }
    }
}

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
