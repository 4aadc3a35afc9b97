#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An append-only event log in a data directory `D`: `D/events/<writer>.jsonl`, one
/// file per writer, one JSON record per line (see docs/log-format.md). This instance
/// appends only to its own writer's file and reads everyone's.
public final class EventLog: @unchecked Sendable {
    /// The data directory.
    public let directory: URL
    /// This installation's writer id. In read-only mode: the id recorded for this
    /// directory when it is still valid here, otherwise an empty string.
    public let writerID: String
    private let readOnly: Bool
    let decoder: RecordDecoder
    private let io: any LogFileIO
    private let appendLock: AppendLock?
    /// The append lock, for a rewrite (nil in read-only mode).
    var appendLockForRewrite: AppendLock? { appendLock }
    let mutex = NSLock()
    /// Bytes read from a file at a time: bounds memory while a large log loads.
    let chunkBytes: Int

    // State below is guarded by `mutex`.
    private var identity: WriterIdentity?
    var cursors: [String: LogFileCursor] = [:]
    var maxClock = 0
    var damaged: [LogProblem] = []
    var tornTails: [String: LogProblem] = [:]
    private var setAside: [LogProblem] = []
    /// Records this installation acknowledged that its files no longer hold.
    private var acknowledgementProblems: [LogProblem] = []
    /// A file resumed from a snapshot held a record whose sequence was read before it:
    /// only a read from the start can tell a duplicate (the caller refolds).
    var resumeInvalidated = false
    /// Records read but not yet handed out (a `decide` that threw).
    var carried: [LogRecord] = []
    private var stopped: EventLogError?

    /// Opens (and unless `readOnly`, creates) the data directory. Records of the
    /// `knownTypes` get that text as their type instead of a new string each.
    public convenience init(directory: URL, readOnly: Bool = false, knownTypes: KnownTypes = KnownTypes([])) throws {
        try self.init(directory: directory, readOnly: readOnly, upgraders: RecordUpgrader.builtIn, io: SystemFileIO(),
                      knownTypes: knownTypes)
    }

    /// Opens the data directory with the given record upgraders.
    public convenience init(directory: URL, readOnly: Bool = false, upgraders: [RecordUpgrader]) throws {
        try self.init(directory: directory, readOnly: readOnly, upgraders: upgraders, io: SystemFileIO())
    }

    init(directory: URL, readOnly: Bool, upgraders: [RecordUpgrader], io: any LogFileIO,
         chunkBytes: Int = 32 << 20, knownTypes: KnownTypes = KnownTypes([])) throws {
        self.chunkBytes = chunkBytes
        self.directory = directory.standardizedFileURL
        self.readOnly = readOnly
        self.decoder = RecordDecoder(upgraders: upgraders, knownTypes: knownTypes)
        self.io = io
        let root = self.directory.path
        let identityPath = root + "/local/writer.json"
        if readOnly {
            var info = stat()
            guard stat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw EventLogError.noDataDirectory(path: root)
            }
            appendLock = nil
            let place = try WriterIdentity.currentPlace(of: root)
            if let known = WriterIdentity.load(from: identityPath), known.place == place {
                writerID = known.writer
            } else {
                writerID = ""
            }
            acknowledgementProblems = []
            return
        }
        try POSIXFile.makeDirectory(root)
        try POSIXFile.makeDirectory(root + "/local")
        try POSIXFile.makeDirectory(root + "/events")
        let lock = AppendLock(path: root + "/local/append.lock")
        appendLock = lock
        let decoder = self.decoder
        let identity = try lock.withLock { () throws -> WriterIdentity in
            let place = try WriterIdentity.currentPlace(of: root)
            if var known = WriterIdentity.load(from: identityPath) {
                if known.place == place,
                   let line = try known.ownedLine(in: root + "/events/\(known.writer).jsonl", decoder: decoder) {
                    if known.sequence > 0, known.lastOffset != line {
                        // Remembered from now on, so later opens read that line only.
                        known.lastOffset = line
                        try? known.save(to: identityPath)
                    }
                    return known
                }
                // A copy, a restored backup or another machine: never continue the
                // original writer's file. What it had acknowledged is kept, so a file
                // cut or replaced by an older copy is reported (here and by `verify`).
                let minted = known.replaced(at: place)
                try minted.save(to: identityPath)
                return minted
            }
            let minted = WriterIdentity.fresh(at: place, previous: [])
            try minted.save(to: identityPath)
            return minted
        }
        self.identity = identity
        writerID = identity.writer
        acknowledgementProblems = identity.allAcknowledged.compactMap { $0.missing(in: root, decoder: decoder) }
    }

    /// The writer ids this data directory had before this one (a copy was detected):
    /// their files hold records this installation wrote, and it shares them.
    public var previousWriterIDs: [String] { mutex.withLock { identity?.previous ?? [] } }

    /// Problems met so far: damaged lines, torn tails (current), torn tails set aside.
    public var problems: [LogProblem] {
        mutex.withLock {
            acknowledgementProblems + damaged + tornTails.keys.sorted().compactMap { tornTails[$0] } + setAside
        }
    }

    /// Reads only what was appended since the last call (all writers), in merge order
    /// among themselves. The first call reads everything.
    public func readNew() throws -> [LogRecord] {
        try mutex.withLock { try readNewLocked() }
    }

    /// Like `readNew()`, but hands the records over chunk by chunk in file order (not in
    /// merge order: the caller merges), so a large log never sits in memory as records,
    /// and reports `progress(bytes read, bytes to read)` after each chunk. `handle` runs
    /// under the log's lock: it must not call back into this log.
    public func readNew(progress: (Int, Int) -> Void, _ handle: ([LogRecord]) throws -> Void) throws {
        try mutex.withLock { try readNewLocked(progress: progress, handle) }
    }

    /// Where reading stands in every file read so far (to save with a snapshot).
    public var positions: [LogPosition] {
        mutex.withLock { cursors.keys.sorted().compactMap { cursors[$0]?.position } }
    }

    /// The largest Lamport clock read or written so far.
    public var lastClock: Int { mutex.withLock { maxClock } }

    /// Whether a read since the last `rewind` met, in a file resumed from a snapshot,
    /// a record whose sequence was read before the snapshot: a duplicate or not, only a
    /// read from the start can tell. The caller then folds everything again.
    public var needsFullRead: Bool { mutex.withLock { resumeInvalidated } }

    /// Starts reading each file at `positions` instead of at its beginning, and appends
    /// after `clock`: for a caller that restored everything before them from a snapshot
    /// it has checked against the files. Call before the first read.
    public func resume(from positions: [LogPosition], clock: Int) {
        mutex.withLock {
            for position in positions where position.file.hasPrefix("events/") && position.file.hasSuffix(".jsonl") {
                let writer = String(position.file.dropFirst(7).dropLast(6))
                var cursor = cursors[position.file] ?? LogFileCursor(file: position.file, writer: writer)
                cursor.resume(at: position)
                cursors[position.file] = cursor
            }
            maxClock = max(maxClock, min(clock, EventLogFormat.maximumCounter))
        }
    }

    /// Takes the advisory lock, reads what other processes appended (handed to `decide`
    /// so decisions see the latest state), then appends what `decide` returns: one write
    /// of all lines, then fsync. Returns everything seen and appended, in merge order.
    /// `decide` runs under the lock: it must not call back into this log. If it throws,
    /// nothing is written and the records it saw are handed out again by the next read.
    public func append(author: String, time: Date,
                       _ decide: ([LogRecord]) throws -> [PendingRecord]) throws
        -> (seen: [LogRecord], appended: [LogRecord]) {
        guard let appendLock else { throw EventLogError.readOnly(directory: directory.path) }
        return try mutex.withLock {
            guard var identity else { throw EventLogError.readOnly(directory: directory.path) }
            if let stopped { throw EventLogError.appendsStopped(cause: stopped) }
            return try appendLock.withLock {
                let seen = try readNewLocked()
                let pending: [PendingRecord]
                do {
                    pending = try decide(seen)
                    for record in pending {
                        if record.type.isEmpty {
                            throw EventLogError.invalidRecord(type: record.type, reason: "the type is empty")
                        }
                        if let problem = RecordEncoder.payloadProblem(record.payload) {
                            throw EventLogError.invalidRecord(type: record.type, reason: problem)
                        }
                    }
                } catch {
                    carried = seen + carried
                    throw error
                }
                guard !pending.isEmpty else { return (seen, []) }
                let appended = try write(pending, author: author, time: time, identity: &identity)
                self.identity = identity
                return (seen, appended)
            }
        }
    }

    // MARK: Reading

    private var ownFile: String { "events/\(writerID).jsonl" }

    private func readNewLocked() throws -> [LogRecord] {
        var records: [LogRecord] = []
        try readNewLocked(progress: { _, _ in }) { records += $0 }
        return records.sorted()
    }

    private func readNewLocked(progress: (Int, Int) -> Void, _ handle: ([LogRecord]) throws -> Void) throws {
        let held = carried
        carried = []
        if !held.isEmpty {
            for record in held { maxClock = max(maxClock, record.clock) }
            try handle(held)
        }
        let files = try logFiles()
        let total = files.reduce(0) { sum, file in
            sum + max(0, POSIXFile.size(directory.path + "/" + file) - (cursors[file]?.offset ?? 0))
        }
        var done = 0
        for file in files {
            var cursor = cursors[file] ?? LogFileCursor(file: file, writer: String(file.dropFirst(7).dropLast(6)))
            var limit = chunkBytes
            while true {
                let bytes: [UInt8]
                do {
                    guard let read = try POSIXFile.read(directory.path + "/" + file, from: cursor.offset, limit: limit) else { break }
                    bytes = read
                } catch {
                    damaged.append(.unreadableFile(file: file, reason: error.description))
                    break
                }
                let before = cursor.offset
                let batch = cursor.consume(bytes, decoder: decoder)
                cursors[file] = cursor
                damaged += batch.damaged + batch.outOfPlace
                if batch.needsFullRead { resumeInvalidated = true }
                for record in batch.records { maxClock = max(maxClock, record.clock) }
                done += cursor.offset - before
                if !batch.records.isEmpty { try handle(batch.records) }
                progress(min(done, total), total)
                if bytes.count < limit {
                    tornTails[file] = batch.tornTail
                    break
                }
                // A line longer than a chunk: read a larger one.
                if cursor.offset == before { limit *= 2 }
            }
        }
    }

    /// The writers' files under events/, sorted; sync-tool conflict copies are skipped
    /// and reported.
    func logFiles() throws -> [String] {
        let eventsPath = directory.path + "/events"
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: eventsPath)
        } catch {
            if !POSIXFile.exists(eventsPath) { return [] }
            throw EventLogError.cannotRead(path: eventsPath, reason: error.localizedDescription)
        }
        var files: [String] = []
        for name in names.sorted() where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
            let file = "events/" + name
            if ConflictCopy.matches(name) {
                if !damaged.contains(.conflictCopyIgnored(file: file)) { damaged.append(.conflictCopyIgnored(file: file)) }
                continue
            }
            files.append(file)
        }
        return files
    }

    // MARK: Writing

    private func write(_ pending: [PendingRecord], author: String, time: Date,
                       identity: inout WriterIdentity) throws -> [LogRecord] {
        let file = ownFile
        let path = directory.path + "/" + file
        var cursor = cursors[file] ?? LogFileCursor(file: file, writer: writerID)
        let created = !POSIXFile.exists(path)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw EventLogError.cannotCreate(path: path, reason: POSIXFile.errorText(errno))
        }
        defer { close(fd) }
        if created {
            do {
                try POSIXFile.syncDirectory(directory.path + "/events")
            } catch {
                stopped = error
                throw error
            }
        }
        if cursor.tornLength > 0 {
            try setAsideTornTail(fd: fd, cursor: &cursor)
        }

        let stamp = LogTimestamp.normalized(time)
        // Checked: the clocks and sequences read are at most `maximumCounter`, so this
        // cannot overflow; a log that reached the bound takes no more records.
        guard pending.count <= EventLogFormat.maximumCounter - max(maxClock, cursor.lastSequence) else {
            throw EventLogError.countersExhausted(file: path)
        }
        var records: [LogRecord] = []
        var bytes: [UInt8] = []
        for (index, record) in pending.enumerated() {
            var logged = LogRecord(version: EventLogFormat.version,
                                   id: WriterIdentity.newWriterID() + WriterIdentity.newWriterID(),
                                   writer: writerID, sequence: cursor.lastSequence + index + 1,
                                   clock: maxClock + index + 1, time: stamp, author: author,
                                   type: record.type, payload: record.payload, crc: 0)
            let line = RecordEncoder.seal(&logged)
            logged.key = MergeKey(clock: logged.clock, writer: writerID, line: cursor.lines + index + 1)
            logged.offset = cursor.offset + bytes.count
            logged.length = line.count - 1
            records.append(logged)
            bytes += line
        }

        // One write(2) of every line; a short write (a full disk) continues once more
        // and then fails.
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { raw in
                io.write(fd, UnsafeRawBufferPointer(rebasing: raw[written...]))
            }
            if result.count < 0 {
                if result.error == EINTR { continue }
                if written > 0 { _ = ftruncate(fd, off_t(cursor.offset)) }  // leave no torn line behind
                let failure = EventLogError.writeFailed(file: path, reason: POSIXFile.errorText(result.error))
                stopped = failure
                throw failure
            }
            if result.count == 0 {
                _ = ftruncate(fd, off_t(cursor.offset))
                let failure = EventLogError.writeFailed(file: path, reason: "the disk accepted no more bytes")
                stopped = failure
                throw failure
            }
            written += result.count
        }
        let syncError = io.sync(fd)
        guard syncError == 0 else {
            // What reached the disk is unknown (a later fsync may report success for
            // lost pages), so stop rather than retry.
            let failure = EventLogError.syncFailed(file: path, reason: POSIXFile.errorText(syncError))
            stopped = failure
            throw failure
        }

        let last = records[records.count - 1]
        cursor.advance(bytes, records: records)
        cursors[file] = cursor
        maxClock = last.clock
        identity.sequence = last.sequence
        identity.lastID = last.id
        identity.lastOffset = last.offset
        // Best effort: if this is lost, the next open still finds the remembered record.
        try? identity.save(to: directory.path + "/local/writer.json")
        return records
    }

    /// Copies this writer's torn last line to `setaside/` (kept forever), then cuts it
    /// from the log so the next line starts clean.
    private func setAsideTornTail(fd: Int32, cursor: inout LogFileCursor) throws {
        let file = cursor.file
        let path = directory.path + "/" + file
        guard let torn = try POSIXFile.read(path, from: cursor.offset), !torn.isEmpty, !torn.contains(0x0A) else {
            cursor.dropTornTail()
            return
        }
        let sideDirectory = directory.path + "/setaside"
        try POSIXFile.makeDirectory(sideDirectory)
        let base = "\(writerID)-" + LogTimestamp.format(Date())
            .replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        var sideName = base + ".torn"
        var attempt = 1
        var sideFD: Int32 = -1
        while true {
            sideFD = open(sideDirectory + "/" + sideName, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if sideFD >= 0 { break }
            guard errno == EEXIST else {
                throw EventLogError.setAsideFailed(file: path, reason: POSIXFile.errorText(errno))
            }
            attempt += 1
            sideName = base + "-\(attempt).torn"
        }
        defer { close(sideFD) }
        var written = 0
        while written < torn.count {
            let count = torn.withUnsafeBytes { raw in Glibc.write(sideFD, raw.baseAddress! + written, raw.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw EventLogError.setAsideFailed(file: path, reason: POSIXFile.errorText(errno))
            }
            written += count
        }
        guard fsync(sideFD) == 0 else {
            throw EventLogError.setAsideFailed(file: path, reason: POSIXFile.errorText(errno))
        }
        do { try POSIXFile.syncDirectory(sideDirectory) } catch {
            throw EventLogError.setAsideFailed(file: path, reason: error.description)
        }
        guard ftruncate(fd, off_t(cursor.offset)) == 0, fsync(fd) == 0 else {
            let failure = EventLogError.setAsideFailed(file: path, reason: POSIXFile.errorText(errno))
            stopped = failure
            throw failure
        }
        cursor.dropTornTail()
        tornTails[file] = nil
        setAside.append(.tornTailSetAside(file: file, sideFile: "setaside/" + sideName, length: torn.count))
    }
}
