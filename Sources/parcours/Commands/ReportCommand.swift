import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Figures for a funder: holders, sessions, hours, attendance, stages, statuses, alerts.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this cohort.") var cohort: String?
    @Option(help: "Only this programme.") var programme: String?
    @Option(help: "text (default) or json.") var format: String = "text"

    func run() throws {
        try CLI.run(global) { cli in
            guard ["text", "json"].contains(format) else {
                throw InputError(value: format, option: "--format", expectedFR: "text ou json", expectedEN: "text or json")
            }
            if cohort != nil, programme != nil {
                throw ValidationError(cli.language == .fr ? "Choisissez --cohort ou --programme, pas les deux."
                                                          : "Choose --cohort or --programme, not both.")
            }
            let workspace = try cli.workspace()
            let resolver = Resolver(workspace.state)
            let scope: ReportScope
            if let cohort {
                scope = .cohort(try resolver.cohort(cohort).id)
            } else if let programme {
                scope = .programme(try resolver.programme(programme).id)
            } else {
                scope = .all
            }
            let report = Report.make(state: workspace.state, scope: scope, today: workspace.today)
            if format == "json" {
                print(String(decoding: try report.json(), as: UTF8.self))
            } else {
                print(report.text(language: cli.language))
            }
        }
    }
}
