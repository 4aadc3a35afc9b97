/// Something wrong found while reading a data directory. Reading goes on past every
/// problem: one bad line never hides the others.
public enum LogProblem: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// A whole line that is not a valid record (not JSON, a missing field, a checksum
    /// mismatch…). `file` is relative to the data directory, `line` is 1-based.
    case damagedLine(file: String, line: Int, reason: String)
    /// Bytes after the last newline: a write cut short by a crash (or still under way
    /// in another process). `offset` is where the torn bytes start.
    case tornTail(file: String, offset: Int, length: Int)
    /// A torn tail of this writer's own file, copied to `sideFile` and cut from the log
    /// before an append.
    case tornTailSetAside(file: String, sideFile: String, length: Int)
    /// A log file that could not be read at all (or is not a regular file).
    case unreadableFile(file: String, reason: String)
    /// A valid record whose sequence does not follow the record before it (a writer's
    /// sequences run 1, 2, 3… in file order): lines were lost, inserted, swapped or
    /// altered. Reported where the numbering changes; the record still loads.
    case sequenceOutOfPlace(file: String, line: Int, sequence: Int)
    /// A valid record whose clock is not above the one before it in its file (a swapped,
    /// moved or altered line): it loads, ordered right after the record before it, as do
    /// the records that follow it with clocks still below `previous` (reported once).
    case clockOutOfOrder(file: String, line: Int, clock: Int, previous: Int)
    /// The same record (sequence and id) a second time in its file, e.g. a duplicated
    /// line: set aside, so it is not folded twice.
    case duplicateRecord(file: String, line: Int, sequence: Int)
    /// Another record with a sequence already taken in its file (the same writer wrote
    /// on two machines): it loads too.
    case sequenceReused(file: String, line: Int, sequence: Int)
    /// A record whose clock or sequence exceeds `EventLogFormat.maximumCounter`: it can
    /// only be forged or corrupt, so it is set aside (not folded) and moves no clock.
    case implausibleCounter(file: String, line: Int, clock: Int, sequence: Int)
    /// This installation acknowledged `acknowledged` records in `file` (the last with
    /// `lastID`), but the file no longer holds them: it was cut, or replaced by an
    /// older copy. `found` is the number of lines it holds now.
    case acknowledgedRecordsMissing(file: String, acknowledged: Int, found: Int)
    /// A folder-sync tool's conflict copy of a log (`ConflictCopy`): not read. Each
    /// writer only appends to its own file, so the copy holds nothing the log lacks.
    case conflictCopyIgnored(file: String)

    public var file: String {
        switch self {
        case .damagedLine(let file, _, _), .tornTail(let file, _, _),
             .tornTailSetAside(let file, _, _), .unreadableFile(let file, _),
             .sequenceOutOfPlace(let file, _, _), .clockOutOfOrder(let file, _, _, _),
             .duplicateRecord(let file, _, _), .sequenceReused(let file, _, _),
             .implausibleCounter(let file, _, _, _), .acknowledgedRecordsMissing(let file, _, _),
             .conflictCopyIgnored(let file): file
        }
    }

    /// The 1-based line the problem is on, when it is about one line.
    public var line: Int? {
        switch self {
        case .damagedLine(_, let line, _), .sequenceOutOfPlace(_, let line, _), .clockOutOfOrder(_, let line, _, _),
             .duplicateRecord(_, let line, _), .sequenceReused(_, let line, _), .implausibleCounter(_, let line, _, _):
            line
        default: nil
        }
    }

    /// What kind of problem, for counting them in one line.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case damaged, torn, setAside, unreadable, outOfPlace, duplicate, implausible, missing, conflictCopy
    }

    public var kind: Kind {
        switch self {
        case .damagedLine: .damaged
        case .tornTail: .torn
        case .tornTailSetAside: .setAside
        case .unreadableFile: .unreadable
        case .sequenceOutOfPlace, .clockOutOfOrder, .sequenceReused: .outOfPlace
        case .duplicateRecord: .duplicate
        case .implausibleCounter: .implausible
        case .acknowledgedRecordsMissing: .missing
        case .conflictCopyIgnored: .conflictCopy
        }
    }

    /// Whether the record on that line was set aside rather than folded.
    public var setsRecordAside: Bool {
        switch self {
        case .duplicateRecord, .implausibleCounter: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case .damagedLine(let file, let line, let reason):
            "\(file):\(line): damaged line: \(reason)"
        case .tornTail(let file, let offset, let length):
            "\(file): torn last line (\(length) bytes from byte \(offset), no newline): an interrupted write"
        case .tornTailSetAside(let file, let sideFile, let length):
            "\(file): torn last line (\(length) bytes) set aside in \(sideFile) and cut from the log"
        case .unreadableFile(let file, let reason):
            "\(file): cannot be read: \(reason)"
        case .sequenceOutOfPlace(let file, let line, let sequence):
            "\(file):\(line): sequence \(sequence) where \(line) was expected (lines lost, inserted, swapped or altered); the record loads"
        case .clockOutOfOrder(let file, let line, let clock, let previous):
            "\(file):\(line): clock \(clock) is not above \(previous), a clock before it in the file (a line moved or altered); it loads right after the record before it, as do the records after it with clocks below \(previous)"
        case .duplicateRecord(let file, let line, let sequence):
            "\(file):\(line): record \(sequence) a second time (a duplicated line); set aside, folded once"
        case .sequenceReused(let file, let line, let sequence):
            "\(file):\(line): another record with sequence \(sequence) (one writer on two machines?); both load"
        case .implausibleCounter(let file, let line, let clock, let sequence):
            "\(file):\(line): clock \(clock) or sequence \(sequence) is above \(EventLogFormat.maximumCounter), which no real log reaches (forged or corrupt); set aside, not folded"
        case .acknowledgedRecordsMissing(let file, let acknowledged, let found):
            "\(file): this installation wrote \(acknowledged) record(s) to it, the file now holds \(found) line(s): it was cut or replaced by an older copy (restore it from a backup or the shared copy)"
        case .conflictCopyIgnored(let file):
            "\(file): a sync tool's conflict copy, ignored (each writer appends only to its own log; the copy can be deleted)"
        }
    }
}
