import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursSync

struct SyncNowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "now",
        abstract: "Commit your new events, fetch and merge the others', push (the default).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try CLI.run(global) { cli in
            let report = try Sync.run(workspace: try cli.workspace())
            if output.json { return try cli.printJSON(report) }
            for line in report.lines(cli.language) { print(line) }
        }
    }
}
