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
    /// The largest clock of the file's records before `offset`.
    public var lastClock: Int
    /// CRC-32C of the file's bytes before `offset`: a file changed anywhere in the part
    /// already read no longer matches.
    public var prefixCRC: UInt32
    /// The last record's sequence minus its line number (0 in a sound file).
    public var drift: Int

    public init(file: String, offset: Int, lines: Int, lastSequence: Int, lastClock: Int = 0,
                prefixCRC: UInt32 = 0, drift: Int = 0) {
        self.file = file
        self.offset = offset
        self.lines = lines
        self.lastSequence = lastSequence
        self.lastClock = lastClock
        self.prefixCRC = prefixCRC
        self.drift = drift
    }
}
