#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where the records appended after a set of positions start in merge order, found by
/// reading one line per file: a file's records come in merge order (a record out of
/// place is ordered after the one before it), so its first new record is its earliest.
/// An open uses it to choose the snapshot to start from before decoding any: the newest
/// one that everything new sorts after (a sync bringing records from before the last
/// snapshot then folds from an older checkpoint, not from the start).
public enum NewRecords {
    public enum Earliest: Equatable, Sendable {
        /// No file holds anything after its position.
        case nothing
        /// The earliest merge key among the new records.
        case key(MergeKey)
        /// Something new could not be read on its own (a damaged or very long first
        /// line, a file shorter than its position): only a read of the files can tell.
        case unknown
    }

    public static func earliest(in directory: URL, after positions: [LogPosition]) -> Earliest {
        let root = directory.standardizedFileURL.path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/events") else { return .unknown }
        let read = Dictionary(positions.map { ($0.file, $0) }, uniquingKeysWith: { a, b in a.offset >= b.offset ? a : b })
        var earliest: MergeKey?
        for name in names where name.hasSuffix(".jsonl") && !name.hasPrefix(".") && !ConflictCopy.matches(name) {
            let file = "events/" + name
            let position = read[file]
            guard let first = firstLine(root + "/" + file, from: position?.offset ?? 0) else { return .unknown }
            guard let line = first else { continue }
            let writer = String(name.dropLast(6))
            let decoded = line.withUnsafeBufferPointer { RecordDecoder().decode($0, expectedWriter: writer) }
            guard case .record(let record) = decoded else { return .unknown }
            // As `LogFileCursor.place` keys it: its clock raised to the file's so far,
            // its line the number of lines up to and including it.
            let key = MergeKey(clock: max(record.clock, position?.lastClock ?? 0), writer: writer,
                               line: (position?.lines ?? 0) + 1)
            if earliest.map({ key < $0 }) ?? true { earliest = key }
        }
        return earliest.map(Earliest.key) ?? .nothing
    }

    /// The whole line starting at `offset`: .some(nil) when the file ends there (or holds
    /// only an unfinished line, which no read returns yet), nil when it cannot be told.
    private static func firstLine(_ path: String, from offset: Int) -> [UInt8]?? {
        guard let fd = try? POSIXFile.openRegular(path), fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        if size == offset { return .some(nil) }
        guard size > offset else { return nil }
        let limit = min(size - offset, 1 << 20)
        var bytes = [UInt8](repeating: 0, count: limit)
        let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, limit, off_t(offset)) }
        guard count > 0 else { return nil }
        guard let end = bytes[..<count].firstIndex(of: UInt8(ascii: "\n")) else {
            return count < limit ? .some(nil) : nil
        }
        return .some(Array(bytes[..<end]))
    }
}
