/// How far one log file has been read: where reading resumes after a snapshot that
/// already holds everything before `offset`. Saved and given back by the caller.
public struct LogPosition: Sendable, Hashable, Codable {
    /// The file relative to the data directory, e.g. `events/3f….jsonl`.
    public var file: String
    /// Byte offset just after the last whole line read.
    public var offset: Int
    /// Lines before `offset`.
    public var lines: Int
    /// Highest sequence seen before `offset`.
    public var lastSequence: Int

    public init(file: String, offset: Int, lines: Int, lastSequence: Int) {
        self.file = file
        self.offset = offset
        self.lines = lines
        self.lastSequence = lastSequence
    }
}
