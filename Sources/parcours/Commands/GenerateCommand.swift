import ArgumentParser
import Foundation
import ParcoursKit

/// `parcours generate`: synthetic data for benchmarks and trials, never for real work.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a realistic synthetic data directory (programmes, cohorts, sessions, attendance, notes); the same seed gives the same events.")
    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "How many events to write.")
    var events: Int

    @Option(name: .long, help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "How many writer files to spread the cohorts over.")
    var writers: Int = 1

    func run() throws {
        try CLI.run(global) { cli in
            if global.readOnly { throw WorkspaceError.readOnly }
            let showProgress = isatty(STDERR_FILENO) == 1
            let s = try Generator.run(directory: cli.directory, events: events, seed: seed, writers: writers) { done, total in
                if showProgress { Output.progress(done: done, total: total) }
            }
            print(cli.language == .fr
                ? "\(s.events) événements écrits dans \(cli.directory.path) (\(s.writers) rédacteurs) : \(s.programmes) programmes, "
                    + "\(s.cohorts) promotions, \(s.holders) porteurs, \(s.sessions) séances."
                : "\(s.events) events written to \(cli.directory.path) (\(s.writers) writers): \(s.programmes) programmes, "
                    + "\(s.cohorts) cohorts, \(s.holders) holders, \(s.sessions) sessions.")
        }
    }
}
