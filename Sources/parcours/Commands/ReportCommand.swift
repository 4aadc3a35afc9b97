import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursExchange
import SafeText

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The bilan for a funder: people, activity, results, progress, breakdowns, and who ran it.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this cohort.") var cohort: String?
    @Option(help: "Only this programme.") var programme: String?
    @Option(name: .customLong("operator"), help: "Every programme this organisation runs, side by side.") var operatorName: String?
    @Option(help: "Group holders and projects by commune, epci, departement (default) or region.") var by: String = "departement"
    @Option(help: "text (default), json, markdown or csv.") var format: String = "text"
    @Option(help: "Sessions from this day, YYYY-MM-DD.") var from: String?
    @Option(help: "Sessions up to this day, YYYY-MM-DD.") var to: String?
    @Option(help: "Only holders of this commune (or whose project is there).") var commune: String?
    @Option(help: "CSV separator: ; (default) or ,") var separator: String = ";"
    @Flag(help: "Leave out every person's and project's name (counts and rates only), to send outside the structure.")
    var anonymous = false

    func run() throws {
        try CLI.run(global) { cli in
            guard ["text", "json", "markdown", "csv"].contains(format) else {
                throw InputError(value: format, option: "--format", expectedFR: "text, json, markdown ou csv",
                                 expectedEN: "text, json, markdown or csv")
            }
            guard [";", ",", "\t"].contains(separator) else {
                throw InputError(value: separator, option: "--separator", expectedFR: "; ou ,", expectedEN: "; or ,")
            }
            let filter = ReportFilter(from: try from.map { try Arguments.day($0, "--from") },
                                      to: try to.map { try Arguments.day($0, "--to") }, commune: commune)
            if [cohort, programme, operatorName].compactMap({ $0 }).count > 1 {
                throw ValidationError(cli.language == .fr ? "Choisissez une seule des options --cohort, --programme et --operator."
                                                          : "Choose only one of --cohort, --programme and --operator.")
            }
            let level = try Arguments.territoryLevel(by, "--by")
            // Asked again with nothing new in the logs: printed as computed then.
            // The day the figures are computed for, once: asked just after midnight, the
            // report kept is the one computed for the day it names.
            let today = Day.local(Date())
            let request: [String?] = ["report", format, cohort, programme, operatorName, by, from, to, commune, separator,
                                      anonymous ? "anonymous" : nil, "\(today)"]
            if cli.printKept(request) { return }
            let workspace = try cli.workspace()
            let resolver = Resolver(workspace.state)
            let scope: ReportScope
            if let cohort {
                scope = .cohort(try resolver.cohort(cohort).id)
            } else if let programme {
                scope = .programme(try resolver.programme(programme).id)
            } else if let operatorName {
                scope = .operator(try resolver.organisation(operatorName).id)
            } else {
                scope = .all
            }
            let document = ReportDocument(state: workspace.state, scope: scope, filter: filter, today: today,
                                          anonymous: anonymous, by: level)
            try cli.printAndKeep(try Self.output(document, format: format, language: cli.language,
                                                 separator: Character(separator)), request)
        }
    }

    /// The report's bytes as printed: what `Output` does to each kind, done here once so
    /// they can be kept. One copy of the text at a time (at 10^6 events the JSON alone is
    /// 20 MB, and each copy adds to the command's peak memory).
    static func output(_ document: ReportDocument, format: String, language: Language, separator: Character) throws -> Data {
        var text: String
        switch format {
        case "json": text = String(decoding: try document.report.json(), as: UTF8.self)
        case "markdown": text = document.markdown(language: language)
        case "csv": return try document.csv(language: language, separator: separator)
        default: text = document.text(language: language)
        }
        if format == "json" {
            text = TerminalSafeText.jsonEscaped(text)
            text.append("\n")
        } else {
            text = TerminalSafeText.make(text, lineBreaks: .kept)
        }
        text.makeContiguousUTF8()
        return text.withUTF8 { Data($0) }
    }
}
