import Foundation

/// One event as stored in a writer's log file. The log knows nothing of what the
/// payload means: it is the exact bytes of the payload JSON value as written.
public struct LogRecord: Sendable, Equatable, Comparable {
    /// Record format version (`"v"`); older versions are upgraded when read.
    public let version: Int
    /// Event id, unique everywhere.
    public let id: String
    /// Writer id (the log file's name without `.jsonl`).
    public let writer: String
    /// Per writer: 1, 2, 3… without gaps.
    public let sequence: Int
    /// Lamport clock: greater than every clock the writer had seen when appending.
    public let clock: Int
    /// UTC wall-clock time, kept to the millisecond as on disk.
    public let time: Date
    public let author: String
    /// The event type, e.g. `"session.scheduled"`.
    public let type: String
    /// The exact bytes of the payload JSON value as written.
    public let payload: Data
    /// The CRC-32C stored with the record; it matches for every record the reader
    /// returns (format 2: the whole line before `"crc"`; format 1: the payload only).
    public private(set) var crc: UInt32
    /// Where the line lies in its writer's file (byte offset of its first byte, and its
    /// length without the newline): enough to read this one record again later.
    public internal(set) var offset = 0
    public internal(set) var length = 0
    /// Where the record sorts when merged (see `MergeKey`): set by the reader; for a
    /// record made here, (clock, writer, sequence).
    public internal(set) var key: MergeKey

    public init(version: Int = EventLogFormat.version, id: String, writer: String, sequence: Int,
                clock: Int, time: Date, author: String, type: String, payload: Data) {
        self.init(version: version, id: id, writer: writer, sequence: sequence, clock: clock,
                  time: time, author: author, type: type, payload: payload, crc: 0)
        crc = RecordEncoder.checksum(of: self)
    }

    init(version: Int, id: String, writer: String, sequence: Int, clock: Int, time: Date,
         author: String, type: String, payload: Data, crc: UInt32) {
        self.version = version
        self.id = id
        self.writer = writer
        self.sequence = sequence
        self.clock = clock
        self.time = time
        self.author = author
        self.type = type
        self.payload = payload
        self.crc = crc
        key = MergeKey(clock: clock, writer: writer, line: sequence)
    }

    mutating func setChecksum(_ value: UInt32) { crc = value }

    public static func == (lhs: LogRecord, rhs: LogRecord) -> Bool {
        // Where a record was read from is not part of what it is.
        (lhs.version, lhs.id, lhs.writer, lhs.sequence, lhs.clock, lhs.time) == (rhs.version, rhs.id, rhs.writer, rhs.sequence, rhs.clock, rhs.time)
            && (lhs.author, lhs.type, lhs.crc, lhs.payload) == (rhs.author, rhs.type, rhs.crc, rhs.payload)
    }

    /// Merge order (`MergeKey`) — the same on every machine, and consistent with what
    /// each writer had seen.
    public static func < (lhs: LogRecord, rhs: LogRecord) -> Bool {
        lhs.key < rhs.key
    }
}
