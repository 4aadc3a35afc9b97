import ParcoursDomain
import TerminalKit

/// What `update` reacts to: keys, the terminal's size, the refresh tick, and what the
/// effects it asked for led to (they run on the worker thread and come back as these).
enum Msg: Sendable {
    case key(Key)
    case resize(Size)
    case tick
    /// A write (commands, the demo, a report saved) succeeded: what it did in plain
    /// words, and the state after it; `overlaps`: the warnings of a session scheduled at
    /// the same time as another in the same venue or with the same facilitator (said in a notice).
    case performed(text: String, state: State, overlaps: [String] = [])
    /// A write was refused or failed: why, in plain words (the state may have moved if
    /// an earlier command of the same batch succeeded).
    case failed(text: String, state: State)
    /// A synchronisation ended (or failed): what happened, the state after it, the short
    /// status for the status bar, and today.
    case synced(text: String, failed: Bool, state: State, status: String?, today: Day)
    /// A refresh answered: what other processes appended (nil when nothing changed).
    case refreshed(Refresh?)
    /// A refresh could not read the logs.
    case refreshFailed(String)
    /// The journal lines asked for, read back from the logs.
    case journalRead(JournalLines)
    /// The follow-up rows the worker made (`Effect.makeFollowUps`).
    case followUpsMade(FollowUpRows)
    /// How far the write under way has got (the demo reports its steps).
    case progress(done: Int, total: Int)
}

/// What a refresh found: the new state, how many events arrived, and what the status
/// line says of the last sync, today and the logs.
struct Refresh: Sendable {
    var state: State
    var newEvents: Int
    var syncStatus: String?
    var today: Day
    var logWarning: String?
}

/// What the interface starts from, read from the workspace on the worker thread.
struct Start: Sendable {
    var state: State
    var today: Day
    var author: String
    var readOnly: Bool
    var syncStatus: String?
    /// The data directory was open to others (in words), or nil.
    var storageNotice: String?
    var logWarning: String?
}
