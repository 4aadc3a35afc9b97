import ParcoursDomain
import TerminalKit

/// Everything the interface shows, as a value: the latest `State` from the workspace, the
/// navigation stack, what covers it, the status line's message, the work under way and
/// the rows derived for the screen shown. Only `update` changes it.
struct Model: Sendable {
    var language: Language
    /// The latest state; replacing it drops the rows derived from the previous one.
    var state: State {
        didSet { derived = Derived() }
    }
    /// Rows derived from `state` for the screen shown, made by `update` (`Derive`) once
    /// per state, not at each key.
    var derived = Derived()
    var today: Day
    /// Undo and redo act on this author's actions.
    var author: String
    /// "My holders" (`M`): the person of the directory whose holders the dashboard,
    /// participants, roll call and follow-ups show — the author's entry or one chosen —
    /// nil for every holder. Another choice makes the derived rows again.
    var referent: EntityID? {
        didSet { derived = Derived() }
    }
    var size: Size
    var stack: [Screen]
    var overlay: Overlay?
    /// The text typed after `/` on the current screen ("" for none).
    var filter = ""
    var message = ""
    var messageIsError = false
    /// Opened with `--read-only`: writing keys say so instead of acting.
    var readOnly = false
    /// The last synchronisation in a few words ("↻ 14:05"), nil when the folder is not shared.
    var syncStatus: String?
    /// What reading the logs found, in one line (nil when nothing): said as the first
    /// message, and marked in the status line for as long as it holds.
    var logWarning: String?
    /// The journal lines last read back from the logs (for one cohort), nil before any.
    var journal: JournalLines?
    /// The last journal read asked for: another is asked only for another cohort or state.
    var journalRequest: JournalRequest?
    /// The follow-ups planned and the open needs (the dashboard's "Suivis à faire", the
    /// follow-ups view), kept across states: a network's schedule takes the worker a
    /// moment to make again after a change, and the previous rows show meanwhile.
    var followUps: FollowUpRows?
    /// The rows last asked of the worker (event count, day): asked again only for another.
    var followUpsRequest: FollowUpsRequest?
    /// Writes handed to the worker and not finished yet, oldest first.
    var work: [Work] = []
    /// A refresh was asked for and has not answered yet: the tick asks for no other.
    var refreshing = false
    /// Quitting was asked while writes ran: the interface quits once the last one ends.
    var quitting = false
    /// Turns at each tick while work runs (the status line's spinner).
    var spinner = 0

    init(state: State, today: Day, author: String, language: Language, size: Size = Size(width: 80, height: 24),
         readOnly: Bool = false) {
        self.state = state
        self.readOnly = readOnly
        self.today = today
        self.author = author
        self.language = language
        self.size = size
        stack = [state.programmes.isEmpty ? .welcome(menu: 0) : .dashboard(selection: 0)]
    }

    /// The first model of a workspace just opened: what opening found is the first message.
    init(start: Start, language: Language, size: Size) {
        self.init(state: start.state, today: start.today, author: start.author, language: language, size: size,
                  readOnly: start.readOnly)
        syncStatus = start.syncStatus
        if let notice = start.storageNotice { say(notice) }
        logWarning = start.logWarning
        if let warning = logWarning {
            say("⚠ " + warning.prefix(1).uppercased() + warning.dropFirst(), error: true)
        }
    }

    /// The screen on top of the stack.
    var screen: Screen {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }

    /// Rows available to a list body: the screen minus the header, tabs, table header and status line.
    var listRows: Int { max(1, size.height - 6) }

    /// Rows of a table that shares the body with a detail pane (participants, sessions).
    var tableRows: Int {
        let body = Rect(row: 0, col: 0, width: size.width, height: max(0, size.height - 4))
        return max(1, DetailPane.split(body).table.height - 1)
    }

    mutating func push(_ screen: Screen) {
        stack.append(screen)
        filter = ""
    }

    mutating func say(_ text: String, error: Bool = false) {
        message = text
        messageIsError = error
    }
}
