import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursExchange

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export everything: CSV files (one per entity, for Excel and LibreOffice) or one JSON document; or the sessions as an iCalendar file (--format ics --out FILE).",
        discussion: "CSV is UTF-8 with BOM and ; (French Excel opens it directly); --separator , for others. "
            + "The JSON export loads back with `parcours import json FILE` into an empty data directory.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "csv or json.") var format: String = "csv"
    @Option(help: "The folder to write to (created if missing; default: the current folder).") var out: String = "."
    @Option(help: "CSV separator: ; (default) or ,") var separator: String = ";"
    @Option(help: "ics: only this cohort's sessions.") var cohort: String?
    @Option(help: "ics: only the sessions this person of the directory facilitates.") var facilitator: String?

    func run() throws {
        try CLI.run(global) { cli in
            if format == "ics" { return try CalendarExport.run(cli, cohort: cohort, facilitator: facilitator, out: out) }
            guard ["csv", "json"].contains(format) else {
                throw InputError(value: format, option: "--format", expectedFR: "csv, json ou ics", expectedEN: "csv, json or ics")
            }
            guard [";", ",", "\t"].contains(separator) else {
                throw InputError(value: separator, option: "--separator", expectedFR: "; ou ,", expectedEN: "; or ,")
            }
            let workspace = try cli.workspace()
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            try PrivateFile.createDirectory(folder)
            var written: [String] = []
            if format == "json" {
                let url = folder.appendingPathComponent("parcours-export.json")
                try PrivateFile.write(JSONExport.document(workspace), to: url)
                written.append(url.path)
            } else {
                for table in DataExport.tables(workspace.state, language: cli.language) {
                    let url = folder.appendingPathComponent(table.name + ".csv")
                    try PrivateFile.write(table.csv(separator: Character(separator)), to: url)
                    written.append(url.path)
                }
            }
            for path in written { print(path) }
        }
    }
}
