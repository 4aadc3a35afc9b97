import ParcoursDomain
import TerminalKit

/// Everything the interface shows, as a value: the latest `State` snapshot, the
/// navigation stack, what covers it, and the status line's message.
struct Model: Sendable {
    var language: Language
    /// The latest state; replacing it drops the rows derived from the previous one.
    var state: State {
        didSet { derived = DerivedRows() }
    }
    /// Rows derived from `state`, made once (shared by copies of the model with the same state).
    private(set) var derived = DerivedRows()
    var today: Day
    /// Undo and redo act on this author's actions.
    var author: String
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
    /// Where the journal view reads its lines (the logs, through the workspace).
    var journal = JournalSource.none {
        didSet { derived = DerivedRows() }
    }

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

/// What `update` reacts to: keys, the terminal's size, the refresh tick, and the
/// outcomes of effects.
enum Msg: Sendable {
    case key(Key)
    case resize(Size)
    case tick
    /// Commands were performed: what they did in plain words, and the new state.
    case performed(text: String, state: State)
    /// A command was refused or failed: why, in plain words (the state may have moved
    /// if an earlier command of the same batch succeeded).
    case failed(text: String, state: State)
    /// Another process appended events (a `parcours sync` elsewhere among them: hence
    /// the last sync, again).
    case refreshed(state: State, newEvents: Int, syncStatus: String?)
    /// A synchronisation ended (or failed): what happened, the new state, and the short
    /// status for the status bar.
    case synced(text: String, failed: Bool, state: State, status: String?)
}

/// What `update` asks the runtime to do with the outside world.
enum Effect: Hashable, Sendable {
    /// Performs the commands in order through `Workspace.perform`, stopping at the first refusal.
    case perform([Command])
    /// Reads what other processes appended.
    case refresh
    case loadDemo
    /// Synchronises the shared data folder (`:sync`).
    case sync
    /// Saves the report as Markdown under `exports/` (or the current directory when read-only).
    case exportReport(ReportScope)
    case quit
}
