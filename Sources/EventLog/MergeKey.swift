/// Where a record sorts among every writer's records: (clock, writer, line). The one
/// merge order, the same on every machine that holds the same files.
///
/// `clock` is the record's Lamport clock, raised to the largest clock before it in its
/// own file when it is lower (a damaged or edited file): a writer's file is read in its
/// own order, so a record out of place is folded right after the one before it instead
/// of stopping the merge. `line` is the record's line in its file; in a sound file it is
/// the record's sequence. For a sound file the key is (clock, writer, sequence).
public struct MergeKey: Sendable, Hashable, Comparable, Codable {
    public let clock: Int
    public let writer: String
    public let line: Int

    public init(clock: Int, writer: String, line: Int) {
        self.clock = clock
        self.writer = writer
        self.line = line
    }

    public static func < (a: MergeKey, b: MergeKey) -> Bool {
        precedes(a.clock, a.writer, a.line, b.clock, b.writer, b.line)
    }

    /// The merge order itself, on a key's parts: the one definition, also used by the
    /// merged read, which compares the heads of its files without making keys.
    @inline(__always)
    static func precedes(_ clockA: Int, _ writerA: String, _ lineA: Int,
                         _ clockB: Int, _ writerB: String, _ lineB: Int) -> Bool {
        if clockA != clockB { return clockA < clockB }
        if writerA != writerB { return writerA < writerB }
        return lineA < lineB
    }
}
