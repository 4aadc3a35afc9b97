import ArgumentParser
import ParcoursDomain
import ParcoursKit

/// `parcours milestone`: a step of a project's path reached (domain.md F13).
struct MilestoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "milestone",
        abstract: "Mark a milestone of a project's path reached (or --clear it).",
        discussion: "Milestones: the standard list (`parcours list milestones`: besoin_identifie, charte_sociale, pitch, "
            + "note_intention, etude_marche, modele_economique, forme_juridique, plan_financement, plan_action, "
            + "structure_immatriculee, local_trouve, ouverture; their French or English labels work too) and a programme's "
            + "own (`parcours programme milestone`).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project (or its holder, when they carry one).") var project: String
    @Argument(help: "The milestone: id, label, or a programme's own by its title.") var milestone: String
    @Option(help: "When it was reached, YYYY-MM-DD (today by default).") var date: String?
    @Flag(help: "It was not reached after all: take it away.") var clear = false

    func run() throws {
        try CLI.run(global) { cli in
            if clear {
                if date != nil {
                    throw ValidationError(cli.language == .fr ? "--clear ne prend pas de --date." : "--clear takes no --date.")
                }
                try cli.perform(.clearMilestone(project: project, milestone: milestone))
            } else {
                try cli.perform(.reachMilestone(project: project, milestone: milestone,
                                                date: try date.map { try Arguments.day($0, "--date") }))
            }
        }
    }
}
