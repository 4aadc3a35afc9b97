import EventLog

/// What a snapshot was folded from, to check it still matches the logs, and how to read
/// the rest. Written after the body (whose length and checksum are known only then),
/// as JSON followed by its length in 8 bytes.
struct SnapshotHeader: Codable, Equatable {
    /// Bumped with any change to the snapshot's layout or to the state's shape it relies
    /// on; another value means rebuild.
    static let currentFormat = "parcours-snapshot-22-" + SnapshotCases.signature

    struct FileMark: Codable, Equatable {
        /// Where the fold stopped in the file, with the CRC-32C of every byte before it:
        /// a file changed anywhere in that part no longer matches (logs are append-only).
        var position: LogPosition
    }

    var format: String
    var files: [FileMark]
    /// The largest Lamport clock folded in.
    var clock: Int
    /// The merge key of the last event folded: what is new must sort after it for the
    /// snapshot to be of use (told before its body is read).
    var last: MergeKey?
    var events: Int
    var bodyLength: Int
    /// Where the body's string table starts (after the values).
    var table: Int
    /// Where the body's second section starts (read on another thread, see `SnapshotCodec`).
    var split: Int
    /// A fast 64-bit checksum of the body (damage detection only).
    var bodyChecksum: UInt64
    /// What reading the folded part of the logs found: a warm open reports it too.
    var problems: [LogProblem]
}
