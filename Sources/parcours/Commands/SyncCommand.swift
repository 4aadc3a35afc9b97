import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursSync

/// `parcours sync`: share the data directory through git.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share the data directory through git: send your events, receive the others'.",
        discussion: """
        `parcours sync init --remote URL` once per installation (a bare repository on a USB key or
        a shared drive, a forge, ssh), then `parcours sync` whenever you want to exchange.
        local/, cache/ and setaside/ are never shared.
        """,
        subcommands: [SyncNowCommand.self, SyncInitCommand.self, SyncStatusCommand.self],
        defaultSubcommand: SyncNowCommand.self)
}

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
