/// Everything a key can ask for. Keys map to actions through `Keymap`, one table per
/// screen, and the help screen is generated from the same tables.
enum Action: Hashable, Sendable {
    case up, down, left, right, top, bottom, pageUp, pageDown
    case open, back, nextView, previousView, filter, nextMatch, previousMatch
    case commandLine, help, undo, redo, quit
    case loadDemo, startEmpty, newProgramme, newCohort, newHolder, sort
    case addSession, editSession, cancelSession, createMissing
    case allPresent, present, absent, excused, cycleMark, toggleRemote, remark, clearMark
    case stageNext, stagePrevious, changeStatus, fold, addNote
}
