import EventLog
import Foundation
import ParcoursCodec
import ParcoursDomain
import ParcoursSnapshot

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
    public var eventCount: Int { state.eventCount }
    /// What reading the logs found: damaged lines, records out of place or set aside,
    /// torn tails, records this installation acknowledged that are missing. Those of the
    /// part a snapshot holds come from the snapshot, so a warm open reports them too.
    public var problems: [LogProblem] { restoredProblems + log.problems }
    /// Problems found in the part of the logs restored from the snapshot.
    private var restoredProblems: [LogProblem] = []
    /// The data directory was open to other users (and was tightened, unless read-only).
    public let storageNotice: StorageNotice?
    public var writerID: String { log.writerID }
    /// This installation's log files, relative to the data directory: the current writer
    /// id's, then those of the ids it had before a copy was detected.
    public var ownLogFiles: [String] {
        ([log.writerID] + log.previousWriterIDs.reversed()).filter { !$0.isEmpty }.map { "events/\($0).jsonl" }
    }

    /// Whether opens use the snapshot cache (`cache/state.snapshot`) unless told otherwise:
    /// restoring it is several times faster than folding the logs again (README, "Speed").
    public static let cacheByDefault = true

    /// Whether this workspace reads and writes the snapshot cache; `--no-cache` turns it off.
    public let useCache: Bool
    /// Whether this open started from the snapshot cache (then folded only what came after).
    public private(set) var restoredFromCache = false

    private let log: EventLog
    private let clock: () -> Date
    /// Where each folded event lies in the logs (the journal is read back from there).
    private var journalIndex = JournalIndex()
    /// The merge key of the last event folded.
    private var lastKey: MergeKey?
    /// Where the fold of the current state started: the logs' beginning, the snapshot, or
    /// the checkpoint (records arrived that sort before the snapshot's last event).
    public enum FoldStart: Sendable { case logs, snapshot, checkpoint }
    public private(set) var foldStart = FoldStart.logs

    /// The slot this state was folded on from, in merge order (nil after a fold from the
    /// start): a snapshot saved later keeps the one before it as its checkpoint only
    /// when that one is an earlier point of the same fold.
    private var foldedFrom: SnapshotCache.Slot?
    /// The snapshot on disk that holds exactly this state, and the event count then.
    private var snapshotMatch: (identity: String, events: Int)?
    /// The identity of the snapshot cache when it holds exactly what this workspace has
    /// folded (and the logs exactly what it was folded from): what a read-only command
    /// computes now may be kept under it (`OutputCache`).
    public var snapshotIdentity: String? {
        // A problem found only by this open (not kept with the snapshot: a log cut short
        // of what this installation wrote) would not be reported beside a kept output.
        guard let snapshotMatch, snapshotMatch.events == eventCount,
              !problems.contains(where: { !Self.isLasting($0) }) else { return nil }
        return snapshotMatch.identity
    }
    /// Journal lines read back, by the scope asked for, valid for the current event count.
    private var journalCache: (count: Int, scope: Set<EntityID>, events: [RecordedEvent])?

    /// Opens (and creates, unless read-only) the data directory and folds its logs.
    /// `progress` is called on the opening thread as the logs load (often, cheaply:
    /// a screen can redraw a bar from it); see `OpeningProgress`.
    public init(directory: URL, author: String, readOnly: Bool = false, useCache: Bool = Workspace.cacheByDefault,
                clock: @escaping () -> Date = Date.init, language: Language = Language.fromEnvironment(),
                progress: (OpeningProgress) -> Void = { _ in }) throws {
        self.directory = directory
        self.language = language
        self.author = author
        self.readOnly = readOnly
        self.useCache = useCache
        self.clock = clock
        if readOnly, !FileManager.default.fileExists(atPath: directory.path) {
            throw WorkspaceError.missingDirectory(directory.path)
        }
        storageNotice = DataDirectory.secure(directory, readOnly: readOnly)
        erasuresSeen = ErasedFromLogs.stamp(directory)
        erasedFromLogs = ErasedFromLogs.load(directory)
        log = try EventLog(directory: directory, readOnly: readOnly, knownTypes: DomainEvent.knownTypeTexts)
        try load(progress: progress)
        try settleErasures()
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
        if let first = records.first, !follows(first) {
            try refold(after: records.map(\.key).min()!)
            try settleErasures()
            return true
        }
        if log.needsFullRead {
            try refoldEverything()
            try settleErasures()
            return true
        }
        fold(records)
        try settleErasures()
        return !records.isEmpty
    }

    /// Folds what changed in the logs when a file may have been rewritten rather than
    /// appended to (a sync's merge, a union of two versions): if any file no longer
    /// holds what was read of it, everything is folded again from the logs.
    public func refreshAfterRewrite() throws {
        if !LogPrefixCheck.unchanged(log.positions, in: directory) {
            try refoldEverything()
            // A file that came back from a merge may hold, before an erasure in fold
            // order, what the erasure removed: look through every file once.
            if !state.erasures.isEmpty { logsHoldErasedData = true }
            try settleErasures()
        } else {
            try refresh()
        }
    }

    /// Decides `command` against the latest state (after reading what other writers
    /// appended, under the append lock) and appends its events as one write.
    @discardableResult
    public func perform(_ command: Command) throws -> Decision {
        if readOnly { throw WorkspaceError.readOnly }
        // Records read before a refusal may hold an erasure, or records about someone
        // erased, not yet applied to the files: applied even so (should that fail, the
        // next open finds them again: no snapshot holds them).
        defer { if logsHoldErasedData { try? settleErasures() } }
        do {
            return try performOnce(command)
        } catch let late as OutOfOrder {
            // Another writer's records (a sync) sort before what was folded: fold again
            // in merge order (from a checkpoint they sort after), then decide on that state.
            try refold(after: late.earliest)
            return try performOnce(command)
        }
    }

    /// Whether a problem found in the folded part of a log stays true until the file
    /// changes there (a snapshot keeps it), rather than being found again at each read.
    static func isLasting(_ problem: LogProblem) -> Bool {
        switch problem.kind {
        case .damaged, .outOfPlace, .duplicate, .implausible: true
        case .torn, .setAside, .unreadable, .missing, .conflictCopy: false
        }
    }

    private struct OutOfOrder: Error {
        let earliest: MergeKey
    }

    private func performOnce(_ command: Command) throws -> Decision {
        let action = Self.newID()
        var decision: Decision?
        let now = clock()
        let (_, appended) = try log.append(author: author, time: now) { seen in
            if let first = seen.first, !self.follows(first) { throw OutOfOrder(earliest: seen.map(\.key).min()!) }
            self.fold(seen)
            let context = Context(now: now, today: Day.local(now), author: self.author,
                                  action: action, newID: Self.newID, geography: { Self.geography })
            let decided = try decide(command, state: self.state, context: context)
            decision = decided
            return try decided.events.map { event in
                let (type, payload) = try event.encoded()
                return PendingRecord(type: type, payload: payload)
            }
        }
        fold(appended)
        // The catch-up read met a record a snapshot may already hold: fold from the logs.
        if log.needsFullRead { try refoldEverything() }
        try settleErasures()
        guard let decision else { throw WorkspaceError.internalInconsistency("no decision") }
        return decision
    }

    // MARK: Journal

    /// The last `limit` events, oldest first, read back from the logs.
    public func journal(last limit: Int) throws -> [RecordedEvent] {
        let count = journalIndex.count
        return try events(at: Array(max(0, count - limit)..<count))
    }

    /// The events referring to any of `scope` (see `State.journalScope(of:)`), oldest
    /// first, read back from the logs. The last answer is kept until the next change.
    public func journal(concerning scope: Set<EntityID>) throws -> [RecordedEvent] {
        if let cached = journalCache, cached.count == eventCount, cached.scope == scope { return cached.events }
        let events = try events(at: journalIndex.positions(concerning: scope))
        journalCache = (eventCount, scope, events)
        return events
    }

    /// Every event in fold order, `batch` at a time (an export of any size).
    public func forEachEvent(batch: Int = 4_096, _ body: ([RecordedEvent]) throws -> Void) throws {
        var start = 0
        while start < journalIndex.count {
            let end = min(journalIndex.count, start + batch)
            try body(try events(at: Array(start..<end)))
            start = end
        }
    }

    /// The event at `position` in fold order (e.g. the overwritten side of a conflict).
    public func event(at position: Int) throws -> RecordedEvent? {
        guard position >= 0, position < journalIndex.count else { return nil }
        return try events(at: [position]).first
    }

    /// Records folded so far from each writer: what a sync compares before and after.
    public var eventsByWriter: [String: Int] {
        Dictionary(log.positions.map { (String($0.file.dropFirst(7).dropLast(6)), $0.lastSequence) },
                   uniquingKeysWith: max)
    }

    private func events(at positions: [Int]) throws -> [RecordedEvent] {
        let places = positions.map(journalIndex.place)
        let erasures = state.erasures
        return try log.records(at: places).map { record in
            var recorded = Self.recorded(record)
            if !erasures.isEmpty { recorded.event = recorded.event.erasing(erasures) }
            return recorded
        }
    }

    /// A new random, stable id: ten lowercase hexadecimal characters, so any four of
    /// them are enough to refer to an entity in practice.
    public static func newID() -> String {
        let value = UInt64.random(in: 0..<(1 << 40))
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 10 - hex.count)) + hex
    }

    // MARK: Folding

    /// Whether `record` comes after everything folded, in merge order.
    private func follows(_ record: LogRecord) -> Bool {
        follows(record.key)
    }

    private func follows(_ key: MergeKey) -> Bool {
        guard let lastKey else { return true }
        return lastKey < key
    }

    /// Folds records that follow everything folded, in merge order.
    private func fold(_ records: [LogRecord]) {
        for record in records { apply(Decoded(record)) }
    }

    /// A record made ready to fold (on any thread): its event, and where it lies in its
    /// file. The record itself (its payload bytes) is not kept.
    struct Decoded: Sendable {
        let event: RecordedEvent
        let offset: Int
        let length: Int
        /// What depends on the event alone, made here rather than on the folding thread.
        let prepared: PreparedEvent

        /// Where it sorts (a record out of place in its file sorts after the one before it).
        let key: MergeKey

        init(_ record: LogRecord) {
            event = Workspace.recorded(record)
            offset = record.offset
            length = record.length
            key = record.key
            prepared = PreparedEvent(event.event)
        }
    }

    private func apply(_ decoded: Decoded) {
        let meta = decoded.event.meta
        if watchesArrivals, !foldedArrivedSinceErasure,
           erasedFromLogs.arrivedSince(writer: meta.writer, offset: decoded.offset, key: decoded.key) {
            foldedArrivedSinceErasure = true
        }
        if !state.erasures.isEmpty, !logsHoldErasedData, decoded.event.event.erasing(state.erasures) != decoded.event.event {
            logsHoldErasedData = true  // written about someone erased, after the erasure
        }
        state.apply(decoded.event, prepared: decoded.prepared)
        if !logsHoldErasedData, Self.erases(decoded.event.event),
           foldedArrivedSinceErasure || !state.erasures.keys.isSubset(of: erasedFromLogs.people) {
            // An erasure or a withdrawn consent not yet applied to the files, or applied
            // before records that sort before it arrived (they may name whom it erased).
            logsHoldErasedData = true
        }
        journalIndex.append(writer: meta.writer, offset: decoded.offset, length: decoded.length,
                            sequence: meta.sequence, references: decoded.event.event.references)
        lastKey = decoded.key
    }

    static func recorded(_ record: LogRecord) -> RecordedEvent {
        RecordedEvent(record)
    }

    /// Restores the snapshot cache when it still matches the logs, then reads everything
    /// new: every writer's file in chunks, payloads decoded on every core, merged and
    /// folded as they come (a large log never sits in memory). Saves a new snapshot when
    /// there was none or much was folded since.
    private func load(progress: (OpeningProgress) -> Void) throws {
        var restored = false
        if useCache, let slot = Self.slot(directory, before: nil), restore(slot, progress: progress) {
            restored = true
            restoredFromCache = true
        } else if watchesArrivals {
            erasedFromLogs.distrustChangedFiles(in: directory)
        }
        let before = eventCount
        if try !readMerged(progress: progress) || log.needsFullRead {
            // A writer's records sort before what the snapshot holds and no checkpoint
            // precedes them, or a file reuses a sequence the snapshot already holds (a
            // duplicated line?): fold everything again, from the logs.
            try refoldEverything(progress: progress)
            restored = false
            restoredFromCache = false
        }
        let folded = eventCount - before
        // After a fold from the checkpoint the snapshot on disk is of no use: replaced.
        if useCache, !readOnly, folded > 0, !restored || folded >= Self.snapshotEvery || foldStart == .checkpoint {
            progress(OpeningProgress(phase: .saving, done: 0, total: 1))
            saveSnapshot()
        } else if folded >= 100_000 {
            SnapshotCache.giveBackFreeMemory()
        }
    }

    /// The newest slot (snapshot, then checkpoint) that everything new in the logs sorts
    /// after, told from its header and one line per file; with `earliest`, what is new
    /// is known already (records just read). Nil when there is none.
    private static func slot(_ directory: URL, before earliest: MergeKey?) -> SnapshotCache.Slot? {
        for slot in SnapshotCache.Slot.allCases {
            guard let head = SnapshotCache.head(directory, slot) else { continue }
            let first: MergeKey?
            if let earliest {
                first = earliest
            } else {
                switch NewRecords.earliest(in: directory, after: head.positions) {
                case .nothing: return slot
                // Only reading the files can tell: the snapshot, as before checkpoints.
                case .unknown: return slot == .snapshot ? slot : nil
                case .key(let key): first = key
                }
            }
            if let first, let last = head.last, last < first { return slot }
            if head.last == nil { return slot }  // an empty state: anything follows
        }
        return nil
    }

    /// Restores a slot's state when it still matches the logs (every byte it was folded
    /// from), and reads on from where it stopped.
    private func restore(_ slot: SnapshotCache.Slot, progress: (OpeningProgress) -> Void) -> Bool {
        guard let snapshot = SnapshotCache.load(directory, slot, progress: { done, total in
            progress(OpeningProgress(phase: .restoring, done: done, total: total))
        }) else { return false }
        state = snapshot.body.state
        // What a snapshot holds was folded before any erasure after it was applied.
        foldedArrivedSinceErasure = false
        journalIndex = snapshot.body.journal
        lastKey = snapshot.body.last
        restoredProblems = snapshot.problems
        journalCache = nil
        log.rewind()
        log.resume(from: snapshot.positions, clock: snapshot.clock)
        snapshotMatch = slot == .snapshot ? (snapshot.identity, state.eventCount) : nil
        foldedFrom = slot
        foldStart = slot == .snapshot ? .snapshot : .checkpoint
        return true
    }

    /// Records arrived that sort before what is folded (a sync brought them): folds
    /// again from the newest snapshot or checkpoint they sort after, else from the start,
    /// and saves the snapshot (the next open restores it).
    private func refold(after earliest: MergeKey, progress: (OpeningProgress) -> Void = { _ in }) throws {
        if useCache, let slot = Self.slot(directory, before: earliest), restore(slot, progress: progress),
           try readMerged(progress: progress), !log.needsFullRead {
            if !readOnly { saveSnapshot() }
            return
        }
        try refoldEverything(progress: progress)
        if useCache, !readOnly { saveSnapshot() }
    }

    /// Writes the snapshot cache of the state as it is. Only a cache: failing to write
    /// it changes nothing else.
    private func saveSnapshot() {
        // The files are about to be rewritten for an erasure (then the slots go): a
        // snapshot saved now would hold records that rewrite must still find.
        if logsHoldErasedData, !readOnly { return }
        // What the fold's decoding threads freed goes back first: settling the tables
        // below allocates their columns, which would otherwise add to the peak.
        SnapshotCache.giveBackFreeMemory()
        state.settleLastChanges()
        journalIndex.settle()
        let identity = try? SnapshotCache.save(.init(state: state, journal: journalIndex, last: lastKey),
                                               positions: log.positions, clock: log.lastClock,
                                               problems: problems.filter(Self.isLasting),
                                               keepingCheckpoint: foldedFrom == .snapshot, to: directory)
        // Someone was erased in another process since this one read the logs: what was
        // just saved may name them, and that erasure may have removed the slots already.
        // Unless this state has erased them too (another process only applied the same
        // erasures to the files again): then it is taken as the new word.
        if let stamp = ErasedFromLogs.stamp(directory), stamp != erasuresSeen {
            let saved = ErasedFromLogs.load(directory)
            guard saved.people.isSubset(of: state.erasures.keys) else {
                SnapshotCache.discard(directory)
                foldedFrom = nil
                snapshotMatch = nil
                return
            }
            erasedFromLogs = saved
            erasuresSeen = stamp
        }
        // What follows is folded on from this snapshot: at the next save it becomes the checkpoint.
        foldedFrom = .snapshot
        // Problems found only now (not lasting) are not in the snapshot: nothing is
        // kept under it then, so they are reported again by the next open.
        snapshotMatch = identity.map { ($0, state.eventCount) }
        if problems.contains(where: { !Self.isLasting($0) }) { snapshotMatch = nil }
    }

    /// Saves the snapshot cache now unless it holds exactly this state already: a
    /// read-only command about to keep its output under it (`OutputCache`), after an
    /// open that folded fewer new events than make a snapshot worth writing.
    public func saveSnapshotIfBehind() {
        // Erased people carry their labels in this language by now (`settleErasures`):
        // a snapshot holds the state as folded, so it is saved only by an open.
        guard useCache, !readOnly, snapshotIdentity == nil, eventCount > 0, state.erasures.isEmpty,
              !problems.contains(where: { !Self.isLasting($0) }) else { return }
        saveSnapshot()
    }

    /// Reads and folds everything new in merge order; false when something new sorts
    /// before what was already folded (then nothing after it was folded).
    private func readMerged(progress: (OpeningProgress) -> Void) throws -> Bool {
        var inOrder = true
        try log.readNewMerged(progress: { done, total in
            progress(OpeningProgress(phase: .reading(afterSnapshot: self.restoredFromCache), done: done, total: total))
        }, transform: { records in
            try ParallelMap.map(records, Decoded.init)
        }, handleRun: { run in
            // Each event is used where it lies in the run (indices, not a loop over the
            // values, which would copy each one).
            for index in run.indices {
                guard inOrder else { return }
                guard self.follows(run[index].key) else { inOrder = false; return }
                self.apply(run[index])
            }
        })
        return inOrder
    }

    /// Folds every log again from the start, in merge order (after records arrived that
    /// sort before what was folded: every machine computes the same state from the same
    /// events).
    private func refoldEverything(progress: (OpeningProgress) -> Void = { _ in }) throws {
        snapshotMatch = nil
        foldedFrom = nil
        foldStart = .logs
        state = State()
        foldedArrivedSinceErasure = false
        if watchesArrivals { erasedFromLogs.distrustChangedFiles(in: directory) }
        journalIndex = JournalIndex()
        lastKey = nil
        journalCache = nil
        restoredProblems = []
        log.rewind()
        // From the start, every file's records come in merge order by construction (a
        // record out of place in its file is ordered after the one before it), so
        // nothing can be left unfolded here.
        guard try readMerged(progress: progress) else {
            throw WorkspaceError.internalInconsistency("the logs read from the start are not in merge order")
        }
    }

    // MARK: Erasure

    /// The language of the neutral labels erased people are shown under.
    public let language: Language
    /// Whether the logs hold data about someone erased (an erasure not yet applied to the
    /// files, or a record written about them after it).
    private var logsHoldErasedData = false
    /// The people already erased from this installation's copies of the logs, and what
    /// the files held then.
    private var erasedFromLogs: ErasedFromLogs
    /// Whether records are checked for having arrived since (someone was erased here).
    private var watchesArrivals: Bool { !erasedFromLogs.people.isEmpty }
    /// Whether the state holds a record that arrived after the files were last rewritten
    /// for an erasure: an erasure folded after it was applied to the files before it
    /// was there (a sync or a copy brought it), and it may name whom that erasure erased.
    private var foldedArrivedSinceErasure = false

    /// After a fold: erases from the files what they still hold about erased people
    /// (every log, own or not: each installation rewrites its copies, the same way), and
    /// gives erased people their neutral labels.
    private func settleErasures() throws {
        guard !state.erasures.isEmpty else { return }
        if logsHoldErasedData, !readOnly { try eraseFromLogs() }
        state.labelErased(person: { Catalog.erasedPerson($0, self.language) },
                          project: { Catalog.erasedProject($0, self.language) },
                          meeting: Catalog.erasedMeeting(language))
    }

    /// How a log file is rewritten to hold nothing about the people erased so far (nil
    /// when nobody is): what sync applies to the shared version of a file to tell an
    /// erasure from tampering.
    public var erasureRewrite: LogRewrite.Transform? {
        let erasures = state.erasures
        guard !erasures.isEmpty else { return nil }
        return { record in
            let event = Self.recorded(record).event
            let masked = event.erasing(erasures)
            return masked == event ? nil : try? masked.encoded().payload
        }
    }

    private func eraseFromLogs() throws {
        snapshotMatch = nil
        // Before the rewrite: should it fail, no cached copy of the erased data is left.
        OutputCache.discard(in: directory)
        SnapshotCache.discard(directory)
        let erasures = state.erasures
        var removed = Set<String>()
        // What the files hold once rewritten, written while no one else can append or
        // rewrite (each pass records it: the last one's stays).
        let upTo = lastKey
        let remember: (LogRewrite.Outcome) -> Void = { outcome in
            var erased = ErasedFromLogs(people: erasures.keys, files: outcome.files, upTo: upTo)
            erased.save(self.directory)
            self.erasedFromLogs = erased
        }
        let outcome = try log.rewrite(scrub: [], recording: remember) { record in
            let event = Self.recorded(record).event
            let masked = event.erasing(erasures)
            guard masked != event, let payload = try? masked.encoded().payload else { return nil }
            removed.formUnion(Self.texts(in: record.payload).subtracting(Self.texts(in: payload)))
            return payload
        }
        // What the records held may also sit in damaged lines, torn tails, set-aside files.
        let scrub = removed.filter { $0.count >= 3 }.sorted().map { Array($0.utf8) }
        let changed = outcome.changed
        if !scrub.isEmpty { _ = try log.rewrite(scrub: scrub, recording: remember) { _ in nil } }
        foldedFrom = nil
        logsHoldErasedData = false
        foldedArrivedSinceErasure = false
        erasuresSeen = ErasedFromLogs.stamp(directory)
        // Again: another process may have saved a snapshot or kept an output computed
        // before the erasure, since. One that saves later sees `erased.json` changed
        // (`saveSnapshot`), and an output is kept only under the snapshot of the logs.
        OutputCache.discard(in: directory)
        SnapshotCache.discard(directory)
        // The rewrite left the files as they were: nothing to fold again.
        if changed > 0 || log.needsFullRead { try refoldEverything() }
    }

    private static func erases(_ event: DomainEvent) -> Bool {
        switch event {
        case .personErased, .contactErased: true
        case .consentChanged(let p): p.withdrawn != nil
        default: false
        }
    }

    /// Every string value in a JSON payload.
    private static func texts(in payload: Data) -> Set<String> {
        var found = Set<String>()
        func walk(_ value: Any) {
            switch value {
            case let text as String: found.insert(text)
            case let list as [Any]: list.forEach(walk)
            case let object as [String: Any]: object.values.forEach(walk)
            default: break
            }
        }
        if let object = try? JSONSerialization.jsonObject(with: payload, options: [.fragmentsAllowed]) { walk(object) }
        return found
    }

    /// `erased.json` as this process last saw it (nil: none yet).
    private var erasuresSeen: Data?

    /// Events folded after the snapshot before an open writes a new one.
    static let snapshotEvery = 2_000
}
