import ArgumentParser
import Foundation
import ParcoursDomain
import ParcoursKit
import ParcoursDemo

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill an empty data directory with the real programmes of the TRESSONS guide (Lance-toi !, May'Idées, Sprint, the Fabrique à initiatives de Creuse) and a current cohort.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try CLI.run(global) { cli in
            let workspace = try cli.workspace()
            // Progress on stderr and only on a terminal, so scripts and logs see the summary alone.
            let showProgress = isatty(STDERR_FILENO) == 1
            let summary = try Demo.load(into: workspace) { done, total in
                if showProgress, done == total || done % 25 == 0 { Output.progress(done: done, total: total) }
            }
            let s = summary
            print(cli.language == .fr
                ? "Démo écrite dans \(workspace.directory.path) : \(s.programmes) programmes, \(s.cohorts) promotions, "
                    + "\(s.holders) porteurs, \(s.sessions) séances, \(s.marks) présences, \(s.ideas) idées, \(s.events) événements."
                : "Demo written to \(workspace.directory.path): \(s.programmes) programmes, \(s.cohorts) cohorts, "
                    + "\(s.holders) holders, \(s.sessions) sessions, \(s.marks) attendance marks, \(s.ideas) ideas, \(s.events) events.")
        }
    }
}
