import EventLog
import Foundation
import ParcoursDomain

/// The folded state cached under the data directory's `cache/` (never synced), so an
/// open only folds what was appended since. It is only a cache: missing, stale (a log
/// file changed other than by appending) or damaged, it is ignored and rebuilt.
enum SnapshotCache {
    static let tailBytes = 4_096
    static let fileName = "cache/state.snapshot"

    /// What an open restores: the folded state, where each folded event lies, and the
    /// merge key of the last one (to tell whether what follows is in order).
    struct Body: Codable {
        var state: State
        var journal: JournalIndex
        var last: MergeKey?
    }

    struct Restored {
        var body: Body
        var positions: [LogPosition]
        var clock: Int
    }

    static func path(_ directory: URL) -> String { directory.path + "/" + fileName }

    /// The snapshot, when there is one and it still matches the logs; nil otherwise
    /// (the caller folds from the start).
    static func load(_ directory: URL, progress: (Int, Int) -> Void = { _, _ in }) -> Restored? {
        guard let data = FileManager.default.contents(atPath: path(directory)),
              let newline = data.firstIndex(of: 0x0A),
              let header = try? JSONDecoder().decode(SnapshotHeader.self, from: data[data.startIndex..<newline]),
              header.format == SnapshotHeader.currentFormat,
              data.count - (newline + 1) == header.bodyLength else { return nil }
        for mark in header.files {
            guard let crc = tailCRC(directory.path + "/" + mark.position.file, offset: mark.position.offset),
                  crc == mark.tailCRC else { return nil }
        }
        progress(header.bodyLength / 4, header.bodyLength)
        let body = [UInt8](data[(newline + 1)...])
        guard checksum(body) == header.bodyChecksum,
              let restored = try? BinaryDecoder.decode(Body.self, from: body),
              restored.state.eventCount == header.events, restored.journal.count == header.events else { return nil }
        progress(header.bodyLength, header.bodyLength)
        return Restored(body: restored, positions: header.files.map(\.position), clock: header.clock)
    }

    /// Writes the snapshot of `state`, folded from exactly the logs up to `positions`
    /// (temporary file, then rename: a reader sees the old snapshot or the new one).
    static func save(_ snapshot: Body, positions: [LogPosition], clock: Int, to directory: URL) throws {
        var marks: [SnapshotHeader.FileMark] = []
        for position in positions where position.offset > 0 {
            guard let crc = tailCRC(directory.path + "/" + position.file, offset: position.offset) else { return }
            marks.append(.init(position: position, tailCRC: crc))
        }
        let body = try BinaryEncoder.encode(snapshot)
        let header = SnapshotHeader(format: SnapshotHeader.currentFormat, files: marks, clock: clock,
                                    events: snapshot.state.eventCount, bodyLength: body.count, bodyChecksum: checksum(body))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var bytes = try encoder.encode(header)
        bytes.append(0x0A)
        bytes.append(contentsOf: body)
        let cache = directory.appendingPathComponent("cache", isDirectory: true)
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let temporary = path(directory) + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: bytes, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        guard rename(temporary, path(directory)) == 0 else {
            unlink(temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// CRC-32C of the bytes just before `offset`, or nil when the file is shorter.
    static func tailCRC(_ path: String, offset: Int) -> UInt32? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let start = max(0, offset - tailBytes)
        guard (try? handle.seek(toOffset: UInt64(start))) != nil,
              let bytes = try? handle.read(upToCount: offset - start), bytes.count == offset - start else { return nil }
        return CRC32C.checksum(bytes)
    }

    /// FNV-style over 8-byte words: fast enough for a few hundred megabytes, and any
    /// changed byte changes it.
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            let words = raw.count / 8
            for i in 0..<words {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x100_0000_01B3
            }
            for i in (words * 8)..<raw.count {
                hash = (hash ^ UInt64(raw[i])) &* 0x100_0000_01B3
            }
            return hash ^ UInt64(raw.count)
        }
    }
}
