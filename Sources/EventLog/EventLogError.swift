import Foundation

/// Why the event log refused or failed. Messages name the file and the system's reason.
public indirect enum EventLogError: Error, LocalizedError, CustomStringConvertible, Equatable {
    case noDataDirectory(path: String)
    case cannotCreate(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case readOnly(directory: String)
    case lockFailed(path: String, reason: String)
    case writeFailed(file: String, reason: String)
    case syncFailed(file: String, reason: String)
    case setAsideFailed(file: String, reason: String)
    case invalidRecord(type: String, reason: String)
    /// An earlier write or fsync failed: this log takes no more appends until it is
    /// opened again (after the cause is fixed), because what reached the disk is unknown.
    case appendsStopped(cause: EventLogError)
    /// A record read earlier is no longer where it was: the file was replaced.
    case moved(file: String, offset: Int)
    /// The next clock or sequence would pass `EventLogFormat.maximumCounter`.
    case countersExhausted(file: String)

    public var description: String {
        switch self {
        case .noDataDirectory(let path):
            "There is no data directory at \(path)."
        case .cannotCreate(let path, let reason):
            "Cannot create \(path): \(reason)."
        case .cannotRead(let path, let reason):
            "Cannot read \(path): \(reason)."
        case .readOnly(let directory):
            "The data directory \(directory) is open read-only: nothing can be recorded."
        case .lockFailed(let path, let reason):
            "Cannot lock \(path) to write safely: \(reason)."
        case .writeFailed(let file, let reason):
            "Writing to \(file) failed: \(reason). Nothing more will be recorded until the problem is fixed and the data directory is opened again."
        case .syncFailed(let file, let reason):
            "Saving \(file) to disk (fsync) failed: \(reason). Nothing more will be recorded until the problem is fixed and the data directory is opened again."
        case .setAsideFailed(let file, let reason):
            "Cannot set aside the torn last line of \(file): \(reason). Nothing was recorded."
        case .invalidRecord(let type, let reason):
            "Cannot record an event of type \"\(type)\": \(reason)."
        case .appendsStopped(let cause):
            "Recording is stopped after an earlier failure: \(cause.description)"
        case .countersExhausted(let file):
            "Cannot append to \(file): its clock or sequence would pass \(EventLogFormat.maximumCounter), the most a log may hold. Nothing was recorded."
        case .moved(let file, let offset):
            "\(file) changed under this session: the record read earlier at byte \(offset) is no longer there. Open the data directory again."
        }
    }

    public var errorDescription: String? { description }
}
