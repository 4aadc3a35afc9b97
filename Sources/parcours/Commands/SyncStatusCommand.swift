import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursSync

struct SyncStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "When this installation last synced, and how it went.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try CLI.run(global) { cli in
            let fr = cli.language == .fr
            guard Sync.isConfigured(directory: cli.directory) else {
                throw SyncError.notConfigured(cli.directory.path)
            }
            guard let status = SyncStatus.load(directory: cli.directory) else {
                return print(fr ? "Pas encore synchronisé." : "Not synced yet.")
            }
            print(status.text(cli.language))
        }
    }
}
