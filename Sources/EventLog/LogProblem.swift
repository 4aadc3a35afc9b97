/// Something wrong found while reading a data directory. Reading goes on past every
/// problem: one bad line never hides the others.
public enum LogProblem: Sendable, Equatable, CustomStringConvertible {
    /// A whole line that is not a valid record (not JSON, a missing field, a checksum
    /// mismatch…). `file` is relative to the data directory, `line` is 1-based.
    case damagedLine(file: String, line: Int, reason: String)
    /// Bytes after the last newline: a write cut short by a crash (or still under way
    /// in another process). `offset` is where the torn bytes start.
    case tornTail(file: String, offset: Int, length: Int)
    /// A torn tail of this writer's own file, copied to `sideFile` and cut from the log
    /// before an append.
    case tornTailSetAside(file: String, sideFile: String, length: Int)
    /// A log file that could not be read at all.
    case unreadableFile(file: String, reason: String)
    /// A valid record whose sequence is not its line number (a writer's sequences run
    /// 1, 2, 3… in file order): lines were lost, inserted or altered. Only `verify`
    /// reports it; the record still loads.
    case sequenceOutOfPlace(file: String, line: Int, sequence: Int)
    /// A folder-sync tool's conflict copy of a log (`ConflictCopy`): not read. Each
    /// writer only appends to its own file, so the copy holds nothing the log lacks.
    case conflictCopyIgnored(file: String)

    public var file: String {
        switch self {
        case .damagedLine(let file, _, _), .tornTail(let file, _, _),
             .tornTailSetAside(let file, _, _), .unreadableFile(let file, _),
             .sequenceOutOfPlace(let file, _, _), .conflictCopyIgnored(let file): file
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
            "\(file):\(line): sequence \(sequence) where \(line) was expected (lines lost, inserted or altered)"
        case .conflictCopyIgnored(let file):
            "\(file): a sync tool's conflict copy, ignored (each writer appends only to its own log; the copy can be deleted)"
        }
    }
}
