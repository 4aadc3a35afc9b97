#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Who this installation is in one data directory, kept in `local/writer.json` (never
/// synced). It also records where it was made — path, directory device and inode,
/// machine — and the last record it wrote, so a copied data directory (cp -r, a
/// restored backup, a second machine) is recognised and gets a writer id of its own
/// instead of appending to the original writer's file.
struct WriterIdentity: Codable, Equatable, Sendable {
    var writer: String
    var path: String
    var device: UInt64
    var inode: UInt64
    var machine: String
    /// The last sequence this installation appended (0 before the first append).
    var sequence: Int
    /// The id of that record.
    var lastID: String?
    /// Where that record's line starts in the file, so an open reads that line only
    /// instead of the whole file (absent in files written before it was kept).
    var lastOffset: Int?
    /// Writer ids this data directory had before a copy was detected, oldest first.
    var previous: [String]
    /// What each previous writer id had acknowledged when it was replaced (absent in
    /// files written before it was kept): `verify` checks those files still hold it.
    var previousAcknowledged: [Acknowledged]?

    /// The last record one writer id of this installation acknowledged.
    struct Acknowledged: Codable, Equatable, Sendable {
        var writer: String
        var sequence: Int
        var lastID: String?
        var lastOffset: Int?
    }

    /// This writer's own acknowledgement.
    var acknowledged: Acknowledged {
        Acknowledged(writer: writer, sequence: sequence, lastID: lastID, lastOffset: lastOffset)
    }

    /// Every acknowledgement to check: the previous writer ids', then this one's.
    var allAcknowledged: [Acknowledged] { (previousAcknowledged ?? []) + [acknowledged] }

    /// Where the data directory is now.
    struct Place: Equatable {
        var path: String
        var device: UInt64
        var inode: UInt64
        var machine: String
    }

    static func currentPlace(of directory: String) throws(EventLogError) -> Place {
        var info = stat()
        guard stat(directory, &info) == 0 else {
            throw .cannotRead(path: directory, reason: POSIXFile.errorText(errno))
        }
        let resolved = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        return Place(path: resolved, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), machine: machineID())
    }

    static func machineID() -> String {
        for path in ["/etc/machine-id", "/var/lib/dbus/machine-id"] {
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { return trimmed }
            }
        }
        return ProcessInfo.processInfo.hostName
    }

    /// 16 random lowercase hex digits.
    static func newWriterID() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func fresh(at place: Place, previous: [String], acknowledged: [Acknowledged] = []) -> WriterIdentity {
        WriterIdentity(writer: newWriterID(), path: place.path, device: place.device, inode: place.inode,
                       machine: place.machine, sequence: 0, lastID: nil, lastOffset: nil, previous: previous,
                       previousAcknowledged: acknowledged.filter { $0.sequence > 0 })
    }

    /// The identity that replaces this one (a copy, a restored backup, another machine):
    /// a new writer id, remembering this one and what it had acknowledged.
    func replaced(at place: Place) -> WriterIdentity {
        .fresh(at: place, previous: previous + [writer], acknowledged: allAcknowledged)
    }

    var place: Place { Place(path: path, device: device, inode: inode, machine: machine) }

    static func load(from path: String) -> WriterIdentity? {
        guard let bytes = try? POSIXFile.read(path) else { return nil }
        return try? JSONDecoder().decode(WriterIdentity.self, from: Data(bytes))
    }

    func save(to path: String) throws(EventLogError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do { data = try encoder.encode(self) } catch {
            throw .cannotCreate(path: path, reason: "\(error)")
        }
        try POSIXFile.writeAtomically(Array(data) + [0x0A], to: path)
    }

    /// Whether this installation's own log file is the one it wrote: the record it
    /// remembers writing last is still there, at its sequence, with its id. A file
    /// that is shorter, or holds another record there, came from elsewhere. Returns where
    /// that record's line starts, nil when the file is not this installation's.
    func ownedLine(in path: String, decoder: RecordDecoder) throws(EventLogError) -> Int? {
        try acknowledged.line(in: path, decoder: decoder)
    }

    /// How much of the file is read to find the remembered line (records are far smaller).
    static let lineReadLimit = 1 << 20

}

extension WriterIdentity.Acknowledged {
    /// Whether `path` still holds the acknowledged record (its sequence and id): where
    /// its line starts, nil when it does not.
    func line(in path: String, decoder: RecordDecoder) throws(EventLogError) -> Int? {
        guard sequence > 0 else {
            // Nothing written yet: the file must hold no complete line.
            return try (POSIXFile.read(path) ?? []).contains(0x0A) ? nil : 0
        }
        guard lastID != nil else { return nil }
        if let lastOffset, lastOffset >= 0 {
            // The line before it ends just before it, and the record is on one line.
            let start = max(0, lastOffset - 1)
            if let bytes = try POSIXFile.read(path, from: start, limit: WriterIdentity.lineReadLimit),
               bytes.count > lastOffset - start, lastOffset == 0 || bytes[0] == 0x0A,
               let end = bytes[(lastOffset - start)...].firstIndex(of: 0x0A),
               bytes.withUnsafeBufferPointer({ buffer in
                   isLastRecord(UnsafeBufferPointer(rebasing: buffer[(lastOffset - start)..<end]), decoder: decoder)
               }) {
                return lastOffset
            }
        }
        // Without the offset, or not found there: any line holding the record (a file
        // rewritten by a merge may hold it on another line). Only lines that contain
        // the id are decoded.
        let bytes = try POSIXFile.read(path) ?? []
        guard let id = lastID, !id.isEmpty else { return nil }
        let needle = Array(id.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            var lineStart = 0
            while lineStart < buffer.count, let base = buffer.baseAddress,
                  let found = memchr(base + lineStart, 0x0A, buffer.count - lineStart) {
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<newline])
                if line.firstRange(of: needle) != nil, isLastRecord(line, decoder: decoder) {
                    return lineStart
                }
                lineStart = newline + 1
            }
            return nil
        }
    }

    private func isLastRecord(_ text: UnsafeBufferPointer<UInt8>, decoder: RecordDecoder) -> Bool {
        guard case .record(let record) = decoder.decode(text, expectedWriter: writer) else { return false }
        return record.sequence == sequence && record.id == lastID
    }

    /// The problem when `directory`'s log of this writer no longer holds the record.
    func missing(in directory: String, decoder: RecordDecoder) -> LogProblem? {
        guard sequence > 0 else { return nil }
        let file = "events/\(writer).jsonl"
        let path = directory + "/" + file
        if (try? line(in: path, decoder: decoder)) != nil { return nil }
        let bytes = (try? POSIXFile.read(path)) ?? nil
        let lines = bytes?.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0
        return .acknowledgedRecordsMissing(file: file, acknowledged: sequence, found: lines)
    }
}
