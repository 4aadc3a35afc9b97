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
