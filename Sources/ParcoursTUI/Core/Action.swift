/// Everything a key can ask for. Keys map to actions through `Keymap`, one table per
/// screen, and the help screen is generated from the same tables.
enum Action: Hashable, Sendable {
    case up, down, left, right, top, bottom, pageUp, pageDown
    case open, back, nextView, previousView, filter, nextMatch, previousMatch
    case commandLine, help, undo, redo, quit
    case loadDemo, startEmpty, newProgramme, newCohort, newHolder, sort
    case addSession, editSession, cancelSession, createMissing
    case allPresent, present, absent, excused, cycleMark, toggleRemote, remark, clearMark
    case stageNext, stagePrevious, changeStatus, fold, addNote, changeParticipation
    case cohortReport, programmeReport, exportReport
    // Corrections and a person's rights.
    case edit, removeHolder, mergeHolder, transfer, erase, consent, situation
    // Open events.
    case openEvents, newEvent, editEvent, headcount, cancelEvent, holdSession
    // After the programme, the project's path, evaluations (issue 17).
    case followUps, recordFollowUp, removeFollowUp, chooseCohort, reachMilestone, manageNeed, changeLegalForm
    case answerQuestionnaire, attendanceSheet, juryEvaluation
    // Ideas before holders and calls for applications (issue 18).
    case ideas, newIdea, ideaStatus, ideaNext, ideaPrevious, adoptIdea, chooseProgramme
    // The people who facilitate and the calendar (issue 18).
    case myHolders, calendar, today
}

extension Action {
    /// Actions that change the data: refused with a plain message when the workspace is read-only.
    var writes: Bool {
        switch self {
        case .undo, .redo, .loadDemo, .startEmpty, .newProgramme, .newCohort, .newHolder,
             .addSession, .editSession, .cancelSession, .createMissing,
             .allPresent, .present, .absent, .excused, .cycleMark, .toggleRemote, .remark, .clearMark,
             .stageNext, .stagePrevious, .changeStatus, .addNote, .changeParticipation,
             .edit, .removeHolder, .mergeHolder, .transfer, .erase, .consent, .situation,
             .newEvent, .editEvent, .headcount, .cancelEvent, .holdSession,
             .recordFollowUp, .removeFollowUp, .reachMilestone, .manageNeed, .changeLegalForm, .answerQuestionnaire,
             .juryEvaluation, .newIdea, .ideaStatus, .ideaNext, .ideaPrevious, .adoptIdea:
            return true
        default:
            return false
        }
    }
}
