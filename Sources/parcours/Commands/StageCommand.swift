import ArgumentParser
import ParcoursDomain
import ParcoursKit

struct StageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage",
        abstract: "Move a project to a stage: envie, idee, emergence, etude, test, creation, consolidation, developpement.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The holder or the project.") var target: String
    @Argument(help: "The stage (id or label, e.g. etude or Étude).") var stage: String
    @Option(help: "Why, or what shows it.") var note: String?
    @Option(help: "When it happened, YYYY-MM-DD (today by default).") var date: String?

    func run() throws {
        try CLI.run(global) { cli in
            try cli.perform(.setStage(project: target, stage: try Arguments.stage(stage, "STAGE"), note: note,
                                      date: try date.map { try Arguments.day($0, "--date") }))
        }
    }
}
