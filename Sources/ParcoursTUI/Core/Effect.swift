import ParcoursDomain

/// What `update` asks the runtime to do with the outside world. Every effect but `quit`
/// runs on the worker thread, one at a time in the order asked, and comes back as a `Msg`.
enum Effect: Hashable, Sendable {
    /// Performs the commands in order through `Workspace.perform`, stopping at the first refusal.
    case perform([Command])
    /// Space on a roll call cell: the mark after the one the workspace holds when it runs
    /// (present → absent → excused → present), so two quick presses move it twice.
    case cycleMark(session: EntityID, holder: EntityID)
    /// `r` on a roll call cell: remote becomes in person and back, the mark kept (present
    /// when there was none), decided on the workspace's state when it runs.
    case toggleRemote(session: EntityID, holder: EntityID)
    /// Reads what other processes appended.
    case refresh
    /// Reads back from the logs the journal lines of a cohort (its own events, its
    /// sessions', its holders' and their projects').
    case loadJournal(cohort: EntityID)
    /// Makes the follow-up rows of the workspace's state as of `today` (every project's
    /// schedule: long at a network's scale, so not on the interface thread).
    case makeFollowUps(today: Day)
    case loadDemo
    /// Synchronises the shared data folder (`:sync`).
    case sync
    /// Saves the report as Markdown under `exports/` (or the current directory when read-only).
    case exportReport(ReportScope)
    /// Writes a session's attendance sheet (HTML) under `exports/` (or the current directory when read-only).
    case exportSheet(session: EntityID)
    case quit

    /// The work a write effect stands for in the status line; nil for reads and `quit`.
    var work: Work.Kind? {
        switch self {
        case .perform, .cycleMark, .toggleRemote: .perform
        case .loadDemo: .loadDemo
        case .sync: .sync
        case .exportReport: .exportReport
        case .exportSheet: .exportSheet
        case .refresh, .loadJournal, .makeFollowUps, .quit: nil
        }
    }
}
