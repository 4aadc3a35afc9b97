import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursExchange

struct ImportJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Load a JSON export (parcours export --format json) into an empty data directory.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The JSON file.") var file: String

    func run() throws {
        try CLI.run(global) { cli in
            try ImportSupport.guarded(cli) {
                let count = try JSONExportLoader.load(try ImportSupport.data(file), into: cli.directory)
                print(cli.language == .fr ? "\(count) événement(s) chargé(s) dans \(cli.directory.path)."
                                          : "\(count) event(s) loaded into \(cli.directory.path).")
            }
        }
    }
}
