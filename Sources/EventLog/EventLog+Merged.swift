import Foundation

extension EventLog {
    /// Reads what was appended since the last read, every writer's file at once, and
    /// hands the records over one by one in merge order, so a caller can fold a log of
    /// any size without ever holding it whole: each file is read in chunks, a chunk's
    /// records are turned into the caller's values by `transform` (a batch at a time, so
    /// the caller can spread it over every core), and the heads of the files are merged
    /// by (clock, writer, sequence). Reports `progress(bytes read, bytes to read)` after
    /// each chunk. `transform` and `handle` run under the log's lock: they must not call
    /// back into this log. Records a failed append left over come first.
    public func readNewMerged<Value>(progress: (Int, Int) -> Void = { _, _ in },
                                     transform: ([LogRecord]) throws -> [Value],
                                     handle: (Value) throws -> Void) throws {
        try mutex.withLock {
            try readNewMergedLocked(progress: progress, transform: transform, handle: handle)
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
                fd = open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { throw EventLogError.cannotRead(path: path, reason: POSIXFile.errorText(errno)) }
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
        }
    }

    private func readNewMergedLocked<Value>(progress: (Int, Int) -> Void,
                                            transform: ([LogRecord]) throws -> [Value],
                                            handle: (Value) throws -> Void) throws {
        let held = carried
        carried = []
        if !held.isEmpty {
            for record in held { maxClock = max(maxClock, record.clock) }
            for value in try transform(held) { try handle(value) }
        }
        let files = try logFiles()
        let total = files.reduce(0) { sum, file in
            sum + max(0, POSIXFile.size(directory.path + "/" + file) - (cursors[file]?.offset ?? 0))
        }
        // Chunks small enough that every file's current chunk fits in memory together.
        let chunk = min(chunkBytes, max(1 << 20, (8 << 20) / max(1, files.count)))
        let streams = files.map { file in
            MergeStream<Value>(file: file, cursor: cursors[file] ?? LogFileCursor(file: file, writer: String(file.dropFirst(7).dropLast(6))),
                               limit: chunk)
        }
        var done = 0
        func fill(_ s: Int) throws {
            while streams[s].next == streams[s].values.count, !streams[s].finished {
                let before = streams[s].cursor.offset
                let records = readChunk(streams[s])
                done += streams[s].cursor.offset - before
                progress(min(done, total), total)
                streams[s].values = try transform(records)
                streams[s].keys = records.map { MergeKey(clock: $0.clock, sequence: $0.sequence) }
                streams[s].next = 0
            }
        }
        for s in streams.indices { try fill(s) }
        while true {
            var best = -1
            for s in streams.indices where streams[s].next < streams[s].values.count {
                if best < 0 || streams[s].precedes(streams[best]) { best = s }
            }
            guard best >= 0 else { break }
            let value = streams[best].values[streams[best].next]
            streams[best].next += 1
            try handle(value)
            if streams[best].next == streams[best].values.count {
                streams[best].values = []
                streams[best].keys = []
                streams[best].next = 0
                try fill(best)
            }
        }
    }

    /// Reads and decodes the next chunk of a stream's file; records problems as `readNew` does.
    private func readChunk<Value>(_ stream: MergeStream<Value>) -> [LogRecord] {
        let file = stream.file
        while true {
            let bytes: [UInt8]
            do {
                guard let read = try POSIXFile.read(directory.path + "/" + file, from: stream.cursor.offset,
                                                    limit: stream.limit) else {
                    stream.finished = true
                    return []
                }
                bytes = read
            } catch {
                damaged.append(.unreadableFile(file: file, reason: error.description))
                stream.finished = true
                return []
            }
            let before = stream.cursor.offset
            let batch = stream.cursor.consume(bytes, decoder: decoder)
            cursors[file] = stream.cursor
            damaged += batch.damaged
            for record in batch.records { maxClock = max(maxClock, record.clock) }
            if bytes.count < stream.limit {
                tornTails[file] = batch.tornTail
                stream.finished = true
                return batch.records
            }
            // A line longer than a chunk: read a larger one.
            if stream.cursor.offset == before { stream.limit *= 2 }
            if !batch.records.isEmpty { return batch.records }
        }
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

/// Where a record sorts among its file's neighbours (the writer is the stream's).
private struct MergeKey { var clock: Int; var sequence: Int }

/// One file's part of a merged read: its cursor, the current chunk's values and their
/// merge keys. A class: the merge compares heads in a tight loop and must not copy them.
private final class MergeStream<Value> {
    let file: String
    var cursor: LogFileCursor
    var limit: Int
    var values: [Value] = []
    var keys: [MergeKey] = []
    var next = 0
    var finished = false

    init(file: String, cursor: LogFileCursor, limit: Int) {
        self.file = file
        self.cursor = cursor
        self.limit = limit
    }

    /// Whether this stream's head comes before `other`'s in merge order.
    func precedes(_ other: MergeStream<Value>) -> Bool {
        let a = keys[next], b = other.keys[other.next]
        if a.clock != b.clock { return a.clock < b.clock }
        if cursor.writer != other.cursor.writer { return cursor.writer < other.cursor.writer }
        return a.sequence < b.sequence
    }
}
