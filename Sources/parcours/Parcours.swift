import ArgumentParser
import ParcoursKit
import ParcoursTUI

@main
struct Parcours: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parcours",
        abstract: "Follow accompaniment programmes, cohorts and project holders."
    )
    func run() throws {}
}
