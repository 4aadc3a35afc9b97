import TerminalKit

/// One line of a keymap: the keys, what they do, and the help text.
struct Binding: Sendable {
    var keys: [Key]
    var action: Action
    var help: UIText
}

/// The key tables, one per screen, plus the bindings valid everywhere. No action is
/// reachable only through a digit or `[ ] { } | \ ~` (awkward on AZERTY keyboards).
enum Keymap {
    static func c(_ s: Character) -> Key { .character(s) }

    static let lists: [Binding] = [
        Binding(keys: [.up, c("k")], action: .up, help: .actUp),
        Binding(keys: [.down, c("j")], action: .down, help: .actDown),
        Binding(keys: [.home, c("g")], action: .top, help: .actTop),
        Binding(keys: [.end, c("G")], action: .bottom, help: .actBottom),
        Binding(keys: [.pageUp], action: .pageUp, help: .actPageUp),
        Binding(keys: [.pageDown], action: .pageDown, help: .actPageDown),
    ]

    static let columns: [Binding] = [
        Binding(keys: [.left, c("h")], action: .left, help: .actLeft),
        Binding(keys: [.right, c("l")], action: .right, help: .actRight),
    ]

    static let search: [Binding] = [
        Binding(keys: [c("/")], action: .filter, help: .actFilter),
        Binding(keys: [c("n")], action: .nextMatch, help: .actNextMatch),
        Binding(keys: [c("N")], action: .previousMatch, help: .actPreviousMatch),
    ]

    static let views: [Binding] = [
        Binding(keys: [.tab], action: .nextView, help: .actNextView),
        Binding(keys: [.backTab], action: .previousView, help: .actPreviousView),
    ]

    /// Valid on every screen, shown last in the help.
    static let global: [Binding] = [
        Binding(keys: [c("?")], action: .help, help: .actHelp),
        Binding(keys: [c(":")], action: .commandLine, help: .actCommandLine),
        Binding(keys: [c("u")], action: .undo, help: .actUndo),
        Binding(keys: [.ctrl("r")], action: .redo, help: .actRedo),
        Binding(keys: [c("q"), .escape], action: .back, help: .actBack),
        Binding(keys: [c("Q"), .ctrl("c")], action: .quit, help: .actQuit),
    ]

    /// The bindings of a screen (without the global ones).
    static func bindings(for screen: Screen) -> [Binding] {
        switch screen {
        case .welcome:
            return [
                Binding(keys: [.up, c("k")], action: .up, help: .actUp),
                Binding(keys: [.down, c("j")], action: .down, help: .actDown),
                Binding(keys: [.enter], action: .open, help: .actOpen),
                Binding(keys: [c("d")], action: .loadDemo, help: .actLoadDemo),
                Binding(keys: [c("c")], action: .startEmpty, help: .actStartEmpty),
            ]
        case .dashboard:
            return lists + [
                Binding(keys: [.enter], action: .open, help: .actOpen),
                Binding(keys: [c("d")], action: .newProgramme, help: .actNewProgramme),
                Binding(keys: [c("c")], action: .newCohort, help: .actNewCohort),
                Binding(keys: [c("r")], action: .cohortReport, help: .actCohortReport),
                Binding(keys: [c("R")], action: .programmeReport, help: .actProgrammeReport),
                Binding(keys: [c("E")], action: .edit, help: .actEditCohortOrProgramme),
                Binding(keys: [c("o")], action: .openEvents, help: .actOpenEvents),
                Binding(keys: [c("s")], action: .followUps, help: .actFollowUps),
                Binding(keys: [c("i")], action: .ideas, help: .actIdeas),
                Binding(keys: [c("a")], action: .calendar, help: .actCalendar),
                Binding(keys: [c("M")], action: .myHolders, help: .actMyHolders),
            ] + search
        case .cohort(let screen):
            return cohortBindings(screen.view) + views + [Binding(keys: [c("R")], action: .cohortReport, help: .actCohortReport)]
        case .report:
            return [
                Binding(keys: [.up, c("k")], action: .up, help: .actUp),
                Binding(keys: [.down, c("j")], action: .down, help: .actDown),
                Binding(keys: [.home, c("g")], action: .top, help: .actTop),
                Binding(keys: [.end, c("G")], action: .bottom, help: .actBottom),
                Binding(keys: [.pageUp], action: .pageUp, help: .actPageUp),
                Binding(keys: [.pageDown], action: .pageDown, help: .actPageDown),
                Binding(keys: [c("m"), c("e")], action: .exportReport, help: .actExportReport),
            ]
        case .events:
            return EventsReducer.bindings
        case .holder:
            return [
                Binding(keys: [.up, c("k")], action: .up, help: .actUp),
                Binding(keys: [.down, c("j")], action: .down, help: .actDown),
                Binding(keys: [.home, c("g")], action: .top, help: .actTop),
                Binding(keys: [.end, c("G")], action: .bottom, help: .actBottom),
                Binding(keys: [c("a")], action: .addNote, help: .actAddNote),
                Binding(keys: [c(">"), c("+")], action: .stageNext, help: .actStageNext),
                Binding(keys: [c("<"), c("-")], action: .stagePrevious, help: .actStagePrevious),
                Binding(keys: [c("s")], action: .changeStatus, help: .actChangeStatus),
                Binding(keys: [c("E")], action: .edit, help: .actEditHolderOrProject),
                Binding(keys: [c("t")], action: .transfer, help: .actTransfer),
                Binding(keys: [c("D")], action: .removeHolder, help: .actRemoveHolder),
                Binding(keys: [c("F")], action: .mergeHolder, help: .actMergeHolder),
                Binding(keys: [c("c")], action: .consent, help: .actConsent),
                Binding(keys: [c("f")], action: .situation, help: .actSituation),
                Binding(keys: [c("X")], action: .erase, help: .actErase),
                Binding(keys: [c("v")], action: .recordFollowUp, help: .actRecordFollowUp),
                Binding(keys: [c("m")], action: .reachMilestone, help: .actMilestone),
                Binding(keys: [c("b")], action: .manageNeed, help: .actNeed),
                Binding(keys: [c("l")], action: .changeLegalForm, help: .actLegalForm),
                Binding(keys: [c("r")], action: .answerQuestionnaire, help: .actAnswers),
            ]
        case .followUps:
            return lists + views + [
                Binding(keys: [.enter, c("e")], action: .recordFollowUp, help: .actRecordFollowUp),
                Binding(keys: [c("o")], action: .open, help: .actOpenHolderFile),
                Binding(keys: [c("c")], action: .chooseCohort, help: .actChooseCohort),
                Binding(keys: [c("x"), .delete], action: .removeFollowUp, help: .actRemoveFollowUp),
                Binding(keys: [c("M")], action: .myHolders, help: .actMyHolders),
            ] + search
        case .calendar:
            return lists + views + [
                Binding(keys: [.left, c("h")], action: .left, help: .actPreviousPeriod),
                Binding(keys: [.right, c("l")], action: .right, help: .actNextPeriod),
                Binding(keys: [c("t")], action: .today, help: .actToday),
                Binding(keys: [.enter], action: .open, help: .actOpenSession),
            ] + search
        case .ideas(let s) where s.tab == .calls:
            return lists + views + [
                Binding(keys: [.enter, c("o")], action: .open, help: .actOpenApplicant),
                Binding(keys: [c("p")], action: .chooseProgramme, help: .actChooseProgramme),
            ] + search
        case .ideas:
            return lists + views + [
                Binding(keys: [.enter, c("o")], action: .open, help: .actOpenIdea),
                Binding(keys: [c("a")], action: .newIdea, help: .actNewIdea),
                Binding(keys: [c("s")], action: .ideaStatus, help: .actIdeaStatus),
                Binding(keys: [c(">"), c("+")], action: .ideaNext, help: .actIdeaNext),
                Binding(keys: [c("<"), c("-")], action: .ideaPrevious, help: .actIdeaPrevious),
                Binding(keys: [c("A")], action: .adoptIdea, help: .actAdoptIdea),
                Binding(keys: [c("p")], action: .chooseProgramme, help: .actChooseProgramme),
            ] + search
        }
    }

    static func cohortBindings(_ view: CohortView) -> [Binding] {
        switch view {
        case .participants:
            return lists + [
                Binding(keys: [.enter], action: .open, help: .actOpen),
                Binding(keys: [c("a")], action: .newHolder, help: .actNewHolder),
                Binding(keys: [c("p")], action: .changeParticipation, help: .actParticipation),
                Binding(keys: [c("s")], action: .sort, help: .actSort),
                Binding(keys: [c("E")], action: .edit, help: .actEditHolder),
                Binding(keys: [c("t")], action: .transfer, help: .actTransfer),
                Binding(keys: [c("D")], action: .removeHolder, help: .actRemoveHolder),
                Binding(keys: [c("F")], action: .mergeHolder, help: .actMergeHolder),
                Binding(keys: [c("M")], action: .myHolders, help: .actMyHolders),
            ] + search
        case .sessions:
            return lists + [
                Binding(keys: [c("a")], action: .addSession, help: .actAddSession),
                Binding(keys: [.enter, c("e"), c("E")], action: .editSession, help: .actEditSession),
                Binding(keys: [c("x")], action: .cancelSession, help: .actCancelSession),
                Binding(keys: [c("t")], action: .createMissing, help: .actCreateMissing),
                Binding(keys: [c("o")], action: .newEvent, help: .actNewEvent),
                Binding(keys: [c("h")], action: .headcount, help: .actHeadcount),
                Binding(keys: [c("T")], action: .holdSession, help: .actHoldSession),
                Binding(keys: [c("f")], action: .attendanceSheet, help: .actAttendanceSheet),
                Binding(keys: [c("J")], action: .juryEvaluation, help: .actJuryEvaluation),
            ] + search
        case .rollCall:
            return lists + columns + [
                Binding(keys: [c("T")], action: .allPresent, help: .actAllPresent),
                Binding(keys: [c("p")], action: .present, help: .actPresent),
                Binding(keys: [c("a")], action: .absent, help: .actAbsent),
                Binding(keys: [c("e")], action: .excused, help: .actExcused),
                Binding(keys: [c(" ")], action: .cycleMark, help: .actCycle),
                Binding(keys: [c("r")], action: .toggleRemote, help: .actRemote),
                Binding(keys: [c("c")], action: .remark, help: .actRemark),
                Binding(keys: [c("x"), .delete], action: .clearMark, help: .actClearMark),
                Binding(keys: [.enter], action: .open, help: .actOpen),
                Binding(keys: [c("M")], action: .myHolders, help: .actMyHolders),
            ] + search
        case .pipeline:
            return [
                Binding(keys: [.up, c("k")], action: .up, help: .actUp),
                Binding(keys: [.down, c("j")], action: .down, help: .actDown),
            ] + columns + [
                Binding(keys: [.enter], action: .open, help: .actOpen),
                Binding(keys: [c(">"), c("+")], action: .stageNext, help: .actStageNext),
                Binding(keys: [c("<"), c("-")], action: .stagePrevious, help: .actStagePrevious),
                Binding(keys: [c("s")], action: .changeStatus, help: .actChangeStatus),
                Binding(keys: [c("z")], action: .fold, help: .actFold),
                Binding(keys: [c("E")], action: .edit, help: .actEditProject),
            ] + search
        case .journal:
            return lists + [Binding(keys: [c("E")], action: .edit, help: .actEditCohort)] + search
        }
    }

    /// The action a key asks for on a screen (its own table first, then the global one).
    static func action(for key: Key, on screen: Screen) -> Action? {
        for binding in bindings(for: screen) + global where binding.keys.contains(key) { return binding.action }
        return nil
    }
}
