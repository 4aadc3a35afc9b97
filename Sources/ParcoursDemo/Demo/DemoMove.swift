import ParcoursDomain
import ParcoursKit

/// Something that happened to a project or a holder, on a day of the story.
struct DemoMove: Sendable {
    var at: DemoMoment
    var change: Change

    enum Change: Sendable {
        /// The holder's project moves to a stage (dated through `setStage(date:)`).
        case stage(holder: String, Stage, note: String? = nil)
        /// The holder's project changes status (an orientation names its destination).
        case status(holder: String, ProjectStatus, destination: String? = nil, note: String? = nil)
        /// A line in the carnet de bord of the holder, or of their project.
        case note(holder: String, onProject: Bool = false, String)
    }

    static func stage(_ at: DemoMoment, _ holder: String, _ stage: Stage, note: String? = nil) -> DemoMove {
        DemoMove(at: at, change: .stage(holder: holder, stage, note: note))
    }

    static func status(_ at: DemoMoment, _ holder: String, _ status: ProjectStatus,
                       destination: String? = nil, note: String? = nil) -> DemoMove {
        DemoMove(at: at, change: .status(holder: holder, status, destination: destination, note: note))
    }

    static func note(_ at: DemoMoment, _ holder: String, onProject: Bool = false, _ text: String) -> DemoMove {
        DemoMove(at: at, change: .note(holder: holder, onProject: onProject, text))
    }
}
