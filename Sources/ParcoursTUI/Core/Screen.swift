import ParcoursDomain
import TerminalKit

/// The views of a cohort, switched with Tab / Shift-Tab.
enum CohortView: Int, CaseIterable, Sendable {
    case participants, sessions, rollCall, pipeline, journal

    var title: UIText {
        switch self {
        case .participants: .participants
        case .sessions: .sessions
        case .rollCall: .rollCall
        case .pipeline: .pipeline
        case .journal: .journal
        }
    }
}

/// How the participants table is sorted (`s` cycles).
enum ParticipantSort: Int, CaseIterable, Sendable {
    case name, stage, attendance, activity

    var label: UIText {
        switch self {
        case .name: .sortName
        case .stage: .sortStage
        case .attendance: .sortAttendance
        case .activity: .sortActivity
        }
    }
}

/// Where the cursor is on each view of a cohort, kept while switching views.
struct CohortScreen: Hashable, Sendable {
    var cohort: EntityID
    var view: CohortView = .participants
    var participants = SelectionState()
    var sort: ParticipantSort = .name
    var sessions = SelectionState()
    /// Roll call cursor: holder row and session column.
    var rollRow = SelectionState()
    var rollColumn = 0
    var pipelineColumn = 0
    var pipelineCard = 0
    /// Empty stages the programme does not target are folded into narrow columns.
    var foldStages = true
    var journal = SelectionState()
}

/// A holder's file, scrolled by lines.
struct HolderScreen: Hashable, Sendable {
    var holder: EntityID
    var scroll = 0
}

/// A funder report of a cohort or a programme, scrolled by lines.
struct ReportScreen: Hashable, Sendable {
    var scope: ReportScope
    var scroll = 0
}

/// One screen of the navigation stack.
enum Screen: Hashable, Sendable {
    case welcome(menu: Int)
    case dashboard(selection: Int)
    case cohort(CohortScreen)
    case holder(HolderScreen)
    case report(ReportScreen)
    /// Every programme's open events, counted by headcount.
    case events(EventsScreen)
    case followUps(FollowUpsScreen)
    case ideas(IdeasScreen)
    case calendar(CalendarScreen)
}

/// What covers the screen for a moment: help, a one-line prompt, a form, a list to pick
/// from, a question before a removal, a merge or an erasure, or what an erasure did.
enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
    case prompt(PromptKind, TextFieldState)
    case form(Form)
    case picker(Picker)
    case confirm(Confirm)
    case notice(Notice)
}

enum PromptKind: Hashable, Sendable {
    case filter, command
}
