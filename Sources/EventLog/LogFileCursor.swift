#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How far one log file has been read: the byte offset just after the last whole line
/// and the number of lines before it. Reading only ever consumes whole lines, so a
/// line still being written is picked up complete on a later read.
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

    init(file: String, writer: String) {
        self.file = file
        self.writer = writer
    }

    struct Batch {
        var records: [LogRecord] = []
        var damaged: [LogProblem] = []
        var tornTail: LogProblem?
        /// Valid records whose sequence differs from their line number.
        var outOfPlace: [LogProblem] = []
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
                    if record.sequence != lines {
                        batch.outOfPlace.append(.sequenceOutOfPlace(file: file, line: lines, sequence: record.sequence))
                    }
                    lastSequence = max(lastSequence, record.sequence)
                    batch.records.append(consume record)
                case .damaged(let reason):
                    batch.damaged.append(.damagedLine(file: file, line: lines, reason: reason))
                }
                lastSequence = max(lastSequence, lines)
                lineStart = newline + 1
            }
            offset += lineStart
            tornLength = buffer.count - lineStart
            if tornLength > 0 {
                batch.tornTail = .tornTail(file: file, offset: offset, length: tornLength)
            }
        }
        return batch
    }

    /// Accounts for lines this process has just written itself.
    mutating func advance(bytes: Int, lines added: Int, lastSequence sequence: Int) {
        offset += bytes
        lines += added
        lastSequence = max(lastSequence, sequence)
        tornLength = 0
    }

    /// Where reading resumes, e.g. after a snapshot that already holds what came before.
    var position: LogPosition {
        LogPosition(file: file, offset: offset, lines: lines, lastSequence: lastSequence)
    }

    /// Skips to a position known to end a whole line (from a validated snapshot).
    mutating func resume(at position: LogPosition) {
        offset = position.offset
        lines = position.lines
        lastSequence = position.lastSequence
        tornLength = 0
    }

    /// After the torn tail was cut from the file.
    mutating func dropTornTail() {
        tornLength = 0
    }
}
