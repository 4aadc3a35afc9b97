import ArgumentParser
import Foundation
import ParcoursKit
import ParcoursDemo

/// `parcours generate`: synthetic data for benchmarks and trials, never for real work.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a realistic synthetic data directory (programmes, cohorts, sessions, attendance, notes); the same seed gives the same events.")
    @OptionGroup var global: GlobalOptions

    @Option(name: .long, parsing: .unconditional, help: "How many events to write.")
    var events: String

    @Option(name: .long, parsing: .unconditional, help: "Seed of the generator.")
    var seed: String = "1"

    @Option(name: .long, parsing: .unconditional, help: "How many writer files to spread the cohorts over (1 to 64).")
    var writers: String = "1"

    func run() throws {
        try CLI.run(global) { cli in
            let events = try Arguments.count(self.events, "--events", atLeast: 1)
            let writers = try Arguments.count(self.writers, "--writers", atLeast: 1, atMost: 64)
            let seed = try Arguments.seed(self.seed, "--seed")
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
