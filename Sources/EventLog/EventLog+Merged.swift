import Foundation

extension EventLog {
    /// Reads what was appended since the last read, every writer's file at once, and
    /// hands the records over one by one in merge order, so a caller can fold a log of
    /// any size without ever holding it whole: each file is read in chunks, a chunk's
    /// records are turned into the caller's values by `transform` (a batch at a time, so
    /// the caller can spread it over every core), and the heads of the files are merged
    /// by (clock, writer, sequence). While the caller handles one chunk's values, each
    /// file's next chunk is already being read and transformed on another thread: so
    /// `transform` runs on other threads, several at once, and must only compute.
    /// Reports `progress(bytes read, bytes to read)` after each chunk. `transform` and
    /// `handle` run under the log's lock: they must not call back into this log. Records
    /// a failed append left over come first.
    public func readNewMerged<Value: Sendable>(progress: (Int, Int) -> Void = { _, _ in },
                                              transform: @escaping @Sendable ([LogRecord]) throws -> [Value],
                                              handle: (Value) throws -> Void) throws {
        try readNewMerged(progress: progress, transform: transform, handleRun: { run in
            for index in run.indices { try handle(run[index]) }
        })
    }

    /// The same, handing the values over in runs: consecutive values of one file that
    /// come next in merge order, in place (valid only during the call). A caller that
    /// folds a million values takes them from here without a copy of each.
    public func readNewMerged<Value: Sendable>(progress: (Int, Int) -> Void = { _, _ in },
                                              transform: @escaping @Sendable ([LogRecord]) throws -> [Value],
                                              handleRun: (UnsafeBufferPointer<Value>) throws -> Void) throws {
        try mutex.withLock {
            try readNewMergedLocked(progress: progress, transform: transform, handle: handleRun)
        }
    }

    /// Reads one record again, from where an earlier read found it: `offset` and
    /// `length` as the record carried them, in the file of `writer`. Checks it is still
    /// the record with that sequence (the files only grow, but a file replaced by hand
    /// or by a sync tool would not say so otherwise).
    public func records(at places: [LogPlace]) throws -> [LogRecord] {
        var descriptors: [String: Int32] = [:]
        defer { for fd in descriptors.values { close(fd) } }
        var records: [LogRecord] = []
        records.reserveCapacity(places.count)
        var line: [UInt8] = []
        for place in places {
            let path = directory.path + "/events/" + place.writer + ".jsonl"
            let fd: Int32
            if let known = descriptors[place.writer] {
                fd = known
            } else {
                fd = try POSIXFile.openRegular(path)
                guard fd >= 0 else { throw EventLogError.cannotRead(path: path, reason: POSIXFile.errorText(ENOENT)) }
                descriptors[place.writer] = fd
            }
            line.removeAll(keepingCapacity: true)
            line.append(contentsOf: repeatElement(0, count: place.length))
            var filled = 0
            while filled < place.length {
                let count = line.withUnsafeMutableBytes { raw in
                    pread(fd, raw.baseAddress! + filled, raw.count - filled, off_t(place.offset + filled))
                }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw EventLogError.moved(file: path, offset: place.offset) }
                filled += count
            }
            let outcome = line.withUnsafeBufferPointer { decoder.decode($0, expectedWriter: place.writer) }
            guard case .record(var record) = outcome, record.sequence == place.sequence else {
                throw EventLogError.moved(file: path, offset: place.offset)
            }
            record.offset = place.offset
            record.length = place.length
            records.append(record)
        }
        return records
    }

    /// Forgets how far each file was read, so the next read starts from the beginning
    /// (a caller folding everything again, in a new order).
    public func rewind() {
        mutex.withLock {
            cursors = [:]
            carried = []
            damaged = []
            tornTails = [:]
            resumeInvalidated = false
        }
    }

    private func readNewMergedLocked<Value: Sendable>(progress: (Int, Int) -> Void,
                                                      transform: @escaping @Sendable ([LogRecord]) throws -> [Value],
                                                      handle: (UnsafeBufferPointer<Value>) throws -> Void) throws {
        let held = carried
        carried = []
        if !held.isEmpty {
            for record in held { maxClock = max(maxClock, record.clock) }
            try transform(held).withUnsafeBufferPointer { try handle($0) }
        }
        let files = try logFiles()
        let total = files.reduce(0) { sum, file in
            sum + max(0, POSIXFile.size(directory.path + "/" + file) - (cursors[file]?.offset ?? 0))
        }
        // Chunks small enough that every file's current and next chunk fit in memory together.
        let chunk = min(chunkBytes, max(1 << 19, (4 << 20) / max(1, files.count)))
        let streams = files.map { file in
            MergeStream<Value>(file: file, cursor: cursors[file] ?? LogFileCursor(file: file, writer: String(file.dropFirst(7).dropLast(6))),
                               limit: chunk)
        }
        // Whatever happens, no chunk is still being read once this returns.
        defer { for stream in streams { stream.pending?.wait() } }
        let path = directory.path
        let decoder = decoder
        func start(_ stream: MergeStream<Value>) {
            guard !stream.finished else { return }
            let job = ChunkJob<Value>()
            let (file, cursor, limit) = (stream.file, stream.cursor, stream.limit)
            stream.pending = job
            DispatchQueue.global().async {
                job.finish(Result {
                    let read = EventLog.readChunk(path: path + "/" + file, file: file, cursor: cursor, limit: limit, decoder: decoder)
                    return (read, try transform(read.records))
                })
            }
        }
        var done = 0
        func fill(_ s: Int) throws {
            let stream = streams[s]
            while stream.next == stream.values.count, !stream.finished {
                let read: ChunkRead, values: [Value]
                if let job = stream.pending {
                    stream.pending = nil
                    (read, values) = try job.wait().get()
                } else {
                    read = EventLog.readChunk(path: directory.path + "/" + stream.file, file: stream.file,
                                              cursor: stream.cursor, limit: stream.limit, decoder: decoder)
                    values = try transform(read.records)
                }
                done += read.cursor.offset - stream.cursor.offset
                stream.cursor = read.cursor
                stream.limit = read.limit
                stream.finished = read.finished
                cursors[stream.file] = read.cursor
                damaged += read.damaged
                if read.needsFullRead { resumeInvalidated = true }
                if let torn = read.tornTail { tornTails[stream.file] = torn }
                for record in read.records { maxClock = max(maxClock, record.clock) }
                progress(min(done, total), total)
                stream.values = values
                stream.keys = read.records.map { HeadKey(clock: $0.key.clock, line: $0.key.line) }
                stream.next = 0
                // The next chunk is read and transformed while this one is merged.
                start(stream)
                releaseElsewhere(read)
            }
        }
        for s in streams.indices { try fill(s) }
        while true {
            // The stream whose head comes first, and the one whose head comes next: the
            // first one's values up to that head go as one run.
            var best = -1, second = -1
            for s in streams.indices where streams[s].next < streams[s].values.count {
                if best < 0 || streams[s].precedes(streams[best]) {
                    second = best
                    best = s
                } else if second < 0 || streams[s].precedes(streams[second]) {
                    second = s
                }
            }
            guard best >= 0 else { break }
            try streams[best].handleRun(before: second < 0 ? nil : streams[second], handle)
            if streams[best].next == streams[best].values.count {
                releaseElsewhere(streams[best].values)
                streams[best].values = []
                streams[best].keys = []
                streams[best].next = 0
                try fill(best)
            }
        }
    }

    /// Drops a spent chunk on another thread: freeing a chunk's records and values (their
    /// strings, payloads and arrays) took a tenth of the folding thread's time, and that
    /// thread is what an open waits for. The caller lets go of its own reference at once.
    private func releaseElsewhere<T: Sendable>(_ spent: T) {
        DispatchQueue.global().async { withExtendedLifetime(spent) {} }
    }

    /// Reads and decodes the next chunk of a file from `cursor`: only computes, so it can
    /// run on any thread; what it found is accounted for by the caller.
    private static func readChunk(path: String, file: String, cursor: LogFileCursor, limit: Int,
                                  decoder: RecordDecoder) -> ChunkRead {
        var read = ChunkRead(cursor: cursor, limit: limit)
        while true {
            let bytes: [UInt8]
            do {
                guard let got = try POSIXFile.read(path, from: read.cursor.offset, limit: read.limit) else {
                    read.finished = true
                    return read
                }
                bytes = got
            } catch {
                read.damaged.append(.unreadableFile(file: file, reason: error.description))
                read.finished = true
                return read
            }
            let before = read.cursor.offset
            let batch = read.cursor.consume(bytes, decoder: decoder)
            read.damaged += batch.damaged + batch.outOfPlace
            if batch.needsFullRead { read.needsFullRead = true }
            if read.records.isEmpty {
                read.records = batch.records  // the common case: taken over, not copied
            } else {
                read.records += batch.records
            }
            if bytes.count < read.limit {
                read.tornTail = .some(batch.tornTail)
                read.finished = true
                return read
            }
            // A line longer than a chunk: read a larger one.
            if read.cursor.offset == before { read.limit *= 2 }
            if !batch.records.isEmpty { return read }
        }
    }
}

/// What reading one chunk of a file found.
private struct ChunkRead: Sendable {
    var cursor: LogFileCursor
    var limit: Int
    var records: [LogRecord] = []
    var damaged: [LogProblem] = []
    /// Set when the read reached the end of the file: the torn tail found there, if any.
    var tornTail: LogProblem?? = nil
    var finished = false
    var needsFullRead = false

    init(cursor: LogFileCursor, limit: Int) {
        self.cursor = cursor
        self.limit = limit
    }
}

/// A chunk being read on another thread: its outcome once `wait` returns.
private final class ChunkJob<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var outcome: Result<(ChunkRead, [Value]), any Error>?
    private var waited = false

    /// Called once, by the reading thread.
    func finish(_ result: Result<(ChunkRead, [Value]), any Error>) {
        outcome = result
        done.signal()
    }

    /// The outcome (the semaphore orders the write above before this read).
    @discardableResult
    func wait() -> Result<(ChunkRead, [Value]), any Error> {
        if !waited {
            done.wait()
            waited = true
        }
        return outcome!
    }
}

/// Where one record lies: enough to read it again (`EventLog.records(at:)`).
public struct LogPlace: Sendable, Hashable {
    public var writer: String
    public var offset: Int
    public var length: Int
    public var sequence: Int

    public init(writer: String, offset: Int, length: Int, sequence: Int) {
        self.writer = writer
        self.offset = offset
        self.length = length
        self.sequence = sequence
    }
}

/// A record's `MergeKey` without its writer, which is the stream's.
private struct HeadKey { var clock: Int; var line: Int }

/// One file's part of a merged read: its cursor, the current chunk's values and their
/// merge keys, and the next chunk being read. A class: the merge compares heads in a
/// tight loop and must not copy them.
private final class MergeStream<Value: Sendable> {
    let file: String
    var cursor: LogFileCursor
    var limit: Int
    var values: [Value] = []
    var keys: [HeadKey] = []
    var next = 0
    var finished = false
    var pending: ChunkJob<Value>?

    init(file: String, cursor: LogFileCursor, limit: Int) {
        self.file = file
        self.cursor = cursor
        self.limit = limit
    }

    /// Hands over, in place, the values from the head up to (not including) the first
    /// that comes after `other`'s head (all of this chunk when there is no other), and
    /// moves past them. In place: a copy of each value retains every string it holds,
    /// then releases them, a tenth of the folding thread's time.
    func handleRun(before other: MergeStream<Value>?, _ handle: (UnsafeBufferPointer<Value>) throws -> Void) rethrows {
        let start = next
        var end = start + 1
        if let other {
            while end < values.count, precedes(at: end, other) { end += 1 }
        } else {
            end = values.count
        }
        next = end
        try values.withUnsafeBufferPointer { try handle(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Whether this stream's head comes before `other`'s in merge order.
    func precedes(_ other: MergeStream<Value>) -> Bool {
        precedes(at: next, other)
    }

    /// Whether this stream's value at `index` comes before `other`'s head.
    private func precedes(at index: Int, _ other: MergeStream<Value>) -> Bool {
        let a = keys[index], b = other.keys[other.next]
        return MergeKey.precedes(a.clock, cursor.writer, a.line, b.clock, other.cursor.writer, b.line)
    }
}
