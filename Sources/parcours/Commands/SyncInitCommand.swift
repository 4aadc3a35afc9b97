import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursSync

struct SyncInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make the data directory a git repository shared through REMOTE, or join one that holds data.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The shared git repository: a path to a bare repository, ssh://…, https://…") var remote: String

    func run() throws {
        try CLI.run(global) { cli in
            let workspace = try cli.workspace()
            let report = try Sync.initialize(workspace: workspace, remote: remote)
            print(cli.language == .fr
                  ? "Dossier de données partagé par \(remote) (rédacteur \(workspace.writerID))."
                  : "Data directory shared through \(remote) (writer \(workspace.writerID)).")
            for line in report.lines(cli.language) { print(line) }
        }
    }
}
