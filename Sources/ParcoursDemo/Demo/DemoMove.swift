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
        /// The holder's answers to their programme's end-of-programme survey (question key → value).
        case answers(holder: String, [String: String])
        /// What became of the holder's project at a follow-up wave (months).
        case followUp(holder: String, wave: Int, FollowUpDraft)
        /// A milestone the holder's project reached (a standard milestone's id), on the move's day.
        case milestone(holder: String, String)
        /// A member of a review session's jury.
        case juryMember(session: String, name: String, organisation: String)
        /// The jury's evaluation of the holder at a review session.
        case jury(holder: String, session: String, JuryEvaluationDraft)
        /// A correction of the holder's project (whether its structure already existed…).
        case editProject(holder: String, ProjectEdit)
        /// Another person who carries the holder's project without having applied (a
        /// co-holder of a collective): recorded and added to the project.
        case coHolder(holder: String, name: String, commune: String?)
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

    static func answers(_ at: DemoMoment, _ holder: String, _ answers: [String: String]) -> DemoMove {
        DemoMove(at: at, change: .answers(holder: holder, answers))
    }

    static func followUp(_ at: DemoMoment, _ holder: String, wave: Int, _ activity: FollowUpActivity,
                         jobsCreated: Int? = nil, jobsKept: Int? = nil, structure: String? = nil, note: String? = nil) -> DemoMove {
        DemoMove(at: at, change: .followUp(holder: holder, wave: wave,
                                           FollowUpDraft(activity: activity, jobsCreated: jobsCreated, jobsKept: jobsKept,
                                                         structure: structure, note: note)))
    }

    static func milestone(_ at: DemoMoment, _ holder: String, _ milestone: StandardMilestone) -> DemoMove {
        DemoMove(at: at, change: .milestone(holder: holder, milestone.rawValue))
    }
}
