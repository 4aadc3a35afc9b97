#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How far one log file has been read: the byte offset just after the last whole line
/// and the number of lines before it. Reading only ever consumes whole lines, so a
/// line still being written is picked up complete on a later read.
///
/// The cursor also places each record in the merge order (`MergeKey`) and notices what
/// is out of place in the file — every record whose checksum holds is either returned
/// or set aside and reported, never silently dropped (docs/log-format.md, *Out of place*).
struct LogFileCursor: Sendable {
    /// The file's name relative to the data directory, e.g. `events/3f….jsonl`.
    let file: String
    let writer: String
    private(set) var offset = 0
    private(set) var lines = 0
    /// Highest sequence read from a valid record, or the line count if higher: the
    /// next sequence this writer appends follows it.
    private(set) var lastSequence = 0
    /// Bytes after the last newline at the last read (0 when the file ends cleanly).
    private(set) var tornLength = 0
    /// The largest clock among the file's records so far: a record with a lower one is
    /// ordered here, right after the record before it.
    private(set) var lastClock = 0
    /// The CRC-32C of the file's bytes before `offset` (a snapshot checks it).
    private(set) var prefix = CRC32C.Running()
    /// The last record's sequence minus its line: a change is reported once.
    private var drift = 0
    /// Whether the last record's clock was below an earlier one (reported once per run).
    private var holding = false
    /// The id (fingerprint) each sequence was first seen with, to tell a duplicated
    /// line from another record reusing a sequence. Shared by the copies of this cursor:
    /// a file is only ever read by one reader at a time, in order.
    private var seen = SeenSequences()
    /// Sequences up to this one were read before a snapshot: their ids are not known.
    private var resumedThrough = 0

    init(file: String, writer: String) {
        self.file = file
        self.writer = writer
    }

    struct Batch {
        var records: [LogRecord] = []
        var damaged: [LogProblem] = []
        var tornTail: LogProblem?
        /// Valid records out of place (clock going down, sequence not following), and
        /// records set aside (a duplicated line, an implausible clock or sequence).
        var outOfPlace: [LogProblem] = []
        /// A record reuses a sequence read before the snapshot this cursor resumed from:
        /// only a read from the start can tell whether it is a duplicate.
        var needsFullRead = false
    }

    /// Decodes the whole lines in `bytes` (the file's content from `offset`); large
    /// batches are decoded on every core, then accounted for in line order.
    mutating func consume(_ bytes: [UInt8], decoder: RecordDecoder) -> Batch {
        var batch = Batch()
        bytes.withUnsafeBufferPointer { buffer in
            var ends: [Int] = []
            var index = 0
            while index < buffer.count, let base = buffer.baseAddress,
                  let found = memchr(base + index, 0x0A, buffer.count - index) {
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                ends.append(newline)
                index = newline + 1
            }
            var lineStart = 0
            batch.records.reserveCapacity(ends.count)
            ParallelDecoding.decode(buffer, lineEnds: ends, decoder: decoder, writer: writer) { n, outcome in
                let newline = ends[n]
                lines += 1
                switch consume outcome {
                case .record(var record):
                    record.offset = offset + lineStart
                    record.length = newline - lineStart
                    if place(&record, in: &batch) { batch.records.append(consume record) }
                case .damaged(let reason):
                    batch.damaged.append(.damagedLine(file: file, line: lines, reason: reason))
                }
                lastSequence = max(lastSequence, lines)
                lineStart = newline + 1
            }
            prefix.add(UnsafeBufferPointer(rebasing: buffer[..<lineStart]))
            offset += lineStart
            tornLength = buffer.count - lineStart
            if tornLength > 0 {
                batch.tornTail = .tornTail(file: file, offset: offset, length: tornLength)
            }
        }
        return batch
    }

    /// Gives a valid record its merge key and checks it against the file so far;
    /// false when it is set aside instead of returned.
    private mutating func place(_ record: inout LogRecord, in batch: inout Batch) -> Bool {
        let line = lines
        if record.clock > EventLogFormat.maximumCounter || record.sequence > EventLogFormat.maximumCounter {
            batch.outOfPlace.append(.implausibleCounter(file: file, line: line, clock: record.clock,
                                                        sequence: record.sequence))
            return false
        }
        let fingerprint = SeenSequences.fingerprint(record.id)
        if record.sequence <= resumedThrough {
            batch.needsFullRead = true
        } else {
            let earlier = seen[record.sequence]
            if earlier == fingerprint {
                batch.outOfPlace.append(.duplicateRecord(file: file, line: line, sequence: record.sequence))
                return false
            }
            if earlier != 0 {
                batch.outOfPlace.append(.sequenceReused(file: file, line: line, sequence: record.sequence))
            } else {
                seen[record.sequence] = fingerprint
            }
        }
        if record.sequence - line != drift {
            drift = record.sequence - line
            batch.outOfPlace.append(.sequenceOutOfPlace(file: file, line: line, sequence: record.sequence))
        }
        var clock = record.clock
        if clock <= lastClock {
            if !holding {
                batch.outOfPlace.append(.clockOutOfOrder(file: file, line: line, clock: clock, previous: lastClock))
            }
            holding = true
            clock = lastClock
        } else {
            holding = false
        }
        lastClock = clock
        lastSequence = max(lastSequence, record.sequence)
        record.key = MergeKey(clock: clock, writer: writer, line: line)
        return true
    }

    /// Accounts for lines this process has just written itself (`bytes` exactly).
    mutating func advance(_ bytes: [UInt8], records: [LogRecord]) {
        bytes.withUnsafeBufferPointer { prefix.add($0) }
        offset += bytes.count
        lines += records.count
        for record in records {
            lastSequence = max(lastSequence, record.sequence)
            lastClock = max(lastClock, record.clock)
            seen[record.sequence] = SeenSequences.fingerprint(record.id)
        }
        if let last = records.last { drift = last.sequence - lines }
        tornLength = 0
    }

    /// Where reading resumes, e.g. after a snapshot that already holds what came before.
    var position: LogPosition {
        LogPosition(file: file, offset: offset, lines: lines, lastSequence: lastSequence,
                    lastClock: lastClock, prefixCRC: prefix.value, drift: drift)
    }

    /// Skips to a position known to end a whole line (from a validated snapshot).
    mutating func resume(at position: LogPosition) {
        offset = position.offset
        lines = position.lines
        lastSequence = position.lastSequence
        lastClock = position.lastClock
        prefix = CRC32C.Running(resuming: position.prefixCRC)
        drift = position.drift
        resumedThrough = position.lastSequence
        seen = SeenSequences()
        tornLength = 0
    }

    /// After the torn tail was cut from the file.
    mutating func dropTornTail() {
        tornLength = 0
    }
}

/// The id fingerprint each sequence of one file was first seen with (0: not seen).
/// Dense for the sequences a sound file has (one per line), sparse beyond.
final class SeenSequences: @unchecked Sendable {
    private var dense: [UInt64] = []
    private var sparse: [Int: UInt64] = [:]

    subscript(sequence: Int) -> UInt64 {
        get {
            if sequence >= 1, sequence <= dense.count { return dense[sequence - 1] }
            return sparse[sequence] ?? 0
        }
        set {
            if sequence >= 1, sequence <= dense.count {
                dense[sequence - 1] = newValue
            } else if sequence == dense.count + 1 {
                dense.append(newValue)
                // Sequences that came early, out of place, join the dense part.
                while let next = sparse.removeValue(forKey: dense.count + 1) { dense.append(next) }
            } else {
                sparse[sequence] = newValue
            }
        }
    }

    /// 64 bits of the id (FNV-1a): two records with one sequence and one id are one
    /// record written twice.
    static func fingerprint(_ id: String) -> UInt64 {
        hashed(id)
    }

    private static func hashed(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash == 0 ? 1 : hash
    }
}
