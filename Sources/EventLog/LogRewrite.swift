#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Rewrites records in place — the one exception to append-only, for erasing personal
/// data (docs/decisions.md, "Erasure"). A record keeps its id, writer, sequence, clock,
/// time, author, type and line; only its payload changes, and its checksum with it (the
/// line is written in format 2). The same input gives the same bytes on every machine,
/// so installations that rewrite their copies of a file agree, and merge order is
/// unchanged. Bytes that are not valid records (damaged lines, a torn tail) keep their
/// place, with every `scrub` string in them replaced.
public enum LogRewrite {
    /// `transform` returns a record's new payload, or nil to keep the record as it is.
    public typealias Transform = (LogRecord) -> Data?

    /// What a rewrite of the data directory's logs did.
    public struct Outcome: Sendable {
        /// The records changed.
        public var changed: Int
        /// Writer → its file's whole lines once rewritten (read under the same lock).
        public var files: [String: FilePrefix]
    }

    /// The file's bytes rewritten (`writer`: the file's), and how many records changed.
    public static func rewrite(_ bytes: [UInt8], writer: String, scrub: [[UInt8]] = [],
                               transform: Transform) -> (bytes: [UInt8], changed: Int) {
        let decoder = RecordDecoder()
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var changed = 0
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let line = Array(bytes[start..<end])
            let outcome = line.withUnsafeBufferPointer { decoder.decode($0, expectedWriter: writer) }
            if case .record(let record) = outcome, let payload = transform(record) {
                var rewritten = LogRecord(version: EventLogFormat.version, id: record.id, writer: record.writer,
                                          sequence: record.sequence, clock: record.clock, time: record.time,
                                          author: record.author, type: record.type, payload: payload, crc: 0)
                let encoded = RecordEncoder.seal(&rewritten)
                output += encoded.dropLast()
                changed += 1
            } else if case .record = outcome {
                output += line
            } else {
                output += scrubbed(line, scrub)
            }
            if end < bytes.count { output.append(0x0A) }
            start = end + 1
        }
        return (output, changed)
    }

    /// `bytes` with every occurrence of each `scrub` string (at least three bytes) blanked.
    public static func scrubbed(_ bytes: [UInt8], _ scrub: [[UInt8]]) -> [UInt8] {
        var result = bytes
        for needle in scrub where needle.count >= 3 {
            var index = 0
            while index + needle.count <= result.count {
                if result[index] == needle[0], Array(result[index..<(index + needle.count)]) == needle {
                    result.replaceSubrange(index..<(index + needle.count), with: Array(repeating: UInt8(ascii: "*"), count: needle.count))
                    index += needle.count
                } else {
                    index += 1
                }
            }
        }
        return result
    }
}

extension EventLog {
    /// Rewrites every log file of the data directory through `LogRewrite` (under the
    /// append lock, each file replaced atomically: a temporary file, fsync, rename), and
    /// scrubs the set-aside files. Returns the records changed and what each writer's file
    /// holds then; `recording` is given the same while the lock is still held (what it
    /// writes describes the files as they are, whoever rewrites next). The next read
    /// starts over.
    public func rewrite(scrub: [[UInt8]], recording: (LogRewrite.Outcome) -> Void = { _ in },
                        _ transform: LogRewrite.Transform) throws -> LogRewrite.Outcome {
        guard let lock = appendLockForRewrite else { throw EventLogError.readOnly(directory: directory.path) }
        return try mutex.withLock {
            try lock.withLock {
                var total = 0
                var replaced = false
                var files: [String: FilePrefix] = [:]
                for file in try logFiles() {
                    let path = directory.path + "/" + file
                    guard let bytes = try POSIXFile.read(path) else { continue }
                    let writer = String(file.dropFirst(7).dropLast(6))
                    let (rewritten, changed) = LogRewrite.rewrite(bytes, writer: writer, scrub: scrub, transform: transform)
                    files[writer] = FilePrefix(wholeLinesOf: rewritten)
                    guard rewritten != bytes else { continue }
                    try POSIXFile.replace(path, with: rewritten)
                    total += changed
                    replaced = true
                }
                let side = directory.path + "/setaside"
                for name in (try? FileManager.default.contentsOfDirectory(atPath: side)) ?? [] {
                    let path = side + "/" + name
                    guard let bytes = try? POSIXFile.read(path) else { continue }
                    let clean = LogRewrite.scrubbed(bytes, scrub)
                    if clean != bytes { try POSIXFile.replace(path, with: clean) }
                }
                if replaced {
                    // The files changed under the cursors: the next read starts over.
                    cursors = [:]
                    carried = []
                    damaged = []
                    tornTails = [:]
                    resumeInvalidated = true
                }
                let outcome = LogRewrite.Outcome(changed: total, files: files)
                recording(outcome)
                return outcome
            }
        }
    }
}
