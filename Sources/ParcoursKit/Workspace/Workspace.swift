import EventLog
import Foundation
import ParcoursDomain

/// The one door the command line and the interface both use: opens a data directory,
/// folds its logs into a `State`, performs commands through the domain's `decide`, and
/// appends the resulting events. Neither interface touches the log or builds events.
public final class Workspace: @unchecked Sendable {
    public let directory: URL
    public let author: String
    public let readOnly: Bool
    /// Everything known, folded from every writer's log.
    public private(set) var state = State()
    /// Records folded so far (all writers).
    public var eventCount: Int { state.journal.count }
    /// Damaged lines and torn tails found while reading.
    public var problems: [LogProblem] { log.problems }
    public var writerID: String { log.writerID }

    /// Whether opens use the snapshot cache (`cache/state.snapshot`) unless told otherwise.
    /// Off: while `State` keeps every event twice (journal and action history), restoring
    /// the snapshot is measured slower than folding the logs (README, "Speed"). Turn on
    /// when the state no longer grows with every event.
    public static let cacheByDefault = false

    /// Whether this workspace reads and writes the snapshot cache; `--no-cache` turns it off.
    public let useCache: Bool
    /// Whether this open started from the snapshot cache (then folded only what came after).
    public private(set) var restoredFromCache = false

    private let log: EventLog
    private let clock: () -> Date
    private var lastKey: MergeKey?

    /// Opens (and creates, unless read-only) the data directory and folds its logs.
    /// `progress` is called on the opening thread as the logs load (often, cheaply:
    /// a screen can redraw a bar from it); see `OpeningProgress`.
    public init(directory: URL, author: String, readOnly: Bool = false, useCache: Bool = Workspace.cacheByDefault,
                clock: @escaping () -> Date = Date.init,
                progress: (OpeningProgress) -> Void = { _ in }) throws {
        self.directory = directory
        self.author = author
        self.readOnly = readOnly
        self.useCache = useCache
        self.clock = clock
        if readOnly, !FileManager.default.fileExists(atPath: directory.path) {
            throw WorkspaceError.missingDirectory(directory.path)
        }
        log = try EventLog(directory: directory, readOnly: readOnly)
        try load(progress: progress)
    }

    /// The current time, as the workspace's clock gives it.
    public var now: Date { clock() }
    /// Today in the local calendar.
    public var today: Day { Day.local(clock()) }

    /// Folds what other processes appended since the last read. Returns whether
    /// anything changed (so a screen knows to redraw).
    @discardableResult
    public func refresh() throws -> Bool {
        let records = try log.readNew()
        fold(records)
        return !records.isEmpty
    }

    /// Decides `command` against the latest state (after reading what other writers
    /// appended, under the append lock) and appends its events as one write.
    @discardableResult
    public func perform(_ command: Command) throws -> Decision {
        if readOnly { throw WorkspaceError.readOnly }
        let action = Self.newID()
        var decision: Decision?
        let now = clock()
        let (_, appended) = try log.append(author: author, time: now) { seen in
            self.fold(seen)
            let context = Context(now: now, today: Day.local(now), author: self.author,
                                  action: action, newID: Self.newID)
            let decided = try decide(command, state: self.state, context: context)
            decision = decided
            return try decided.events.map { event in
                let (type, payload) = try event.encoded()
                return PendingRecord(type: type, payload: payload)
            }
        }
        fold(appended)
        guard let decision else { throw WorkspaceError.internalInconsistency("no decision") }
        return decision
    }

    /// A new random, stable id: ten lowercase hexadecimal characters, so any four of
    /// them are enough to refer to an entity in practice.
    public static func newID() -> String {
        let value = UInt64.random(in: 0..<(1 << 40))
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 10 - hex.count)) + hex
    }

    // MARK: Folding

    private func fold(_ records: [LogRecord]) {
        guard !records.isEmpty else { return }
        let events = records.map(Self.recorded)
        // Records arrive in merge order among themselves; one that sorts before what was
        // already folded (a log received by sync) means folding everything again, so
        // every machine computes the same state from the same events.
        if let last = lastKey, let first = events.first, MergeKey(first.meta) < last {
            let all = (state.journal + events).sorted { MergeKey($0.meta) < MergeKey($1.meta) }
            state = State(events: all)
        } else {
            for event in events { state.apply(event) }
        }
        lastKey = state.journal.last.map { MergeKey($0.meta) }
    }

    static func recorded(_ record: LogRecord) -> RecordedEvent {
        RecordedEvent(
            meta: EventMeta(id: record.id, author: record.author, time: record.time,
                            writer: record.writer, clock: record.clock, sequence: record.sequence),
            event: FastPayloadDecoder.decode(type: record.type, payload: record.payload))
    }

    /// Restores the snapshot cache when it still matches the logs, then reads everything
    /// new chunk by chunk, decodes payloads on every core (records are dropped as soon as
    /// decoded, so a large log never sits in memory twice), merges the writers' files and
    /// folds. Saves a new snapshot when there was none or much was folded since.
    private func load(progress: (OpeningProgress) -> Void) throws {
        var restored = false
        if useCache, let snapshot = SnapshotCache.load(directory, progress: { done, total in
            progress(OpeningProgress(phase: .restoring, done: done, total: total))
        }) {
            state = snapshot.state
            log.resume(from: snapshot.positions, clock: snapshot.clock)
            lastKey = state.journal.last.map { MergeKey($0.meta) }
            restored = true
            restoredFromCache = true
        }
        var events: [RecordedEvent] = []
        var files = Set<String>()
        try log.readNew(progress: { done, total in
            progress(OpeningProgress(phase: .reading, done: done, total: total))
        }) { records in
            files.insert(records[0].writer)
            events += try ParallelMap.map(records, Self.recorded)
        }
        // Each file's records are in order already; several files need merging.
        if files.count > 1 || !state.journal.isEmpty {
            events.sort { MergeKey($0.meta) < MergeKey($1.meta) }
        }
        let folded = events.count
        foldDecoded(events, progress: progress)
        if useCache, !readOnly, folded > 0, !restored || folded >= Self.snapshotEvery {
            // Only a cache: failing to write it changes nothing else.
            try? SnapshotCache.save(state, positions: log.positions, clock: log.lastClock, to: directory)
        }
    }

    /// Events folded after the snapshot before an open writes a new one.
    static let snapshotEvery = 2_000

    private func foldDecoded(_ events: [RecordedEvent], progress: (OpeningProgress) -> Void = { _ in }) {
        guard !events.isEmpty else { return }
        if let last = lastKey, let first = events.first, MergeKey(first.meta) < last {
            let all = (state.journal + events).sorted { MergeKey($0.meta) < MergeKey($1.meta) }
            state = State(events: all)
        } else {
            let step = max(1, events.count / 100)
            for (i, event) in events.enumerated() {
                state.apply(event)
                if i % step == 0 { progress(OpeningProgress(phase: .folding, done: i, total: events.count)) }
            }
            progress(OpeningProgress(phase: .folding, done: events.count, total: events.count))
        }
        lastKey = state.journal.last.map { MergeKey($0.meta) }
    }
}

/// The order every machine folds events in: (Lamport clock, writer, sequence).
struct MergeKey: Comparable {
    let clock: Int
    let writer: String
    let sequence: Int

    init(_ meta: EventMeta) {
        clock = meta.clock
        writer = meta.writer
        sequence = meta.sequence
    }

    static func < (a: MergeKey, b: MergeKey) -> Bool {
        (a.clock, a.writer, a.sequence) < (b.clock, b.writer, b.sequence)
    }
}
