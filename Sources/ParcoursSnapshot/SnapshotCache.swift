import EventLog
import Foundation
import ParcoursCodec
import ParcoursDomain

/// The folded state cached under the data directory's `cache/` (never synced), so an
/// open only folds what was appended since. It is only a cache: missing, stale (a log
/// file changed other than by appending) or damaged, it is ignored and rebuilt.
package enum SnapshotCache {
    package static let fileName = "cache/state.snapshot"

    /// The snapshot of the state as last saved, and the one saved before it (its
    /// checkpoint): when a sync brings records that sort before the snapshot's last
    /// event but after the checkpoint's, an open folds from the checkpoint instead of
    /// from the start.
    package enum Slot: Sendable, CaseIterable {
        case snapshot, checkpoint

        var fileName: String {
            switch self {
            case .snapshot: SnapshotCache.fileName
            case .checkpoint: "cache/state.checkpoint"
            }
        }
    }

    /// What an open needs to choose a slot, read without the body.
    package struct Head {
        package var positions: [LogPosition]
        package var last: MergeKey?
    }

    /// What an open restores: the folded state, where each folded event lies, and the
    /// merge key of the last one (to tell whether what follows is in order).
    package struct Body {
        package var state: State
        package var journal: JournalIndex
        package var last: MergeKey?

        package init(state: State, journal: JournalIndex, last: MergeKey?) {
            self.state = state
            self.journal = journal
            self.last = last
        }
    }

    package struct Restored {
        package var body: Body
        package var positions: [LogPosition]
        package var clock: Int
        /// What reading the folded part of the logs found (reported again at each open).
        package var problems: [LogProblem]
        /// Names this snapshot among all others (what is computed from it is kept under it).
        package var identity: String
    }

    /// A snapshot that holds exactly what the logs hold, found without reading its body:
    /// nothing was appended since, no file was added and no byte it was folded from
    /// changed. What a read-only command computed from it is then still true.
    package struct Current {
        package var identity: String
        package var problems: [LogProblem]
    }

    package static func current(_ directory: URL) -> Current? {
        guard let (header, identity) = trailer(at: path(directory)),
              LogPrefixCheck.holdsNothingElse(header.files.map(\.position), in: directory) else { return nil }
        return Current(identity: identity, problems: header.problems)
    }

    /// The header at the end of a snapshot file, and the snapshot's identity: the
    /// checksum of the header's bytes, which name the body's checksum and every
    /// position it was folded up to.
    private static func trailer(_ file: UnsafeRawBufferPointer) -> (SnapshotHeader, String)? {
        guard file.count >= 8 else { return nil }
        let stored = UInt64(littleEndian: file.loadUnaligned(fromByteOffset: file.count - 8, as: UInt64.self))
        guard stored <= UInt64(file.count - 8) else { return nil }
        let headerLength = Int(stored)
        return trailer(UnsafeRawBufferPointer(rebasing: file[(file.count - 8 - headerLength)..<(file.count - 8)]),
                       fileSize: file.count)
    }

    /// The same, read from the end of the file alone: what only asks about the snapshot
    /// does not bring its body (tens of megabytes at a network's scale) into memory.
    private static func trailer(at path: String) -> (SnapshotHeader, String)? {
        guard let fd = try? POSIXFile.openRegular(path), fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= 8 else { return nil }
        let size = Int(info.st_size)
        var field: UInt64 = 0
        guard pread(fd, &field, 8, off_t(size - 8)) == 8 else { return nil }
        let stored = UInt64(littleEndian: field)
        guard stored <= UInt64(size - 8) else { return nil }
        let headerLength = Int(stored)
        let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: headerLength, alignment: 8)
        defer { bytes.deallocate() }
        var done = 0
        while done < headerLength {
            let count = pread(fd, bytes.baseAddress! + done, headerLength - done, off_t(size - 8 - headerLength + done))
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            done += count
        }
        return trailer(UnsafeRawBufferPointer(bytes), fileSize: size)
    }

    /// The header decoded from its bytes, when it is of this format and describes a
    /// file of `fileSize` bytes.
    private static func trailer(_ bytes: UnsafeRawBufferPointer, fileSize: Int) -> (SnapshotHeader, String)? {
        guard let header = try? JSONDecoder().decode(SnapshotHeader.self, from: Data(bytes)),
              header.format == SnapshotHeader.currentFormat,
              header.bodyLength == fileSize - 8 - bytes.count else { return nil }
        return (header, identity(bytes, events: header.events))
    }

    private static func identity(_ headerBytes: UnsafeRawBufferPointer, events: Int) -> String {
        "\(events)-" + String(CRC32C.checksum(Array(headerBytes)), radix: 16)
    }

    package static func path(_ directory: URL, _ slot: Slot = .snapshot) -> String { directory.path + "/" + slot.fileName }

    /// The slot's header, when it is of this format (its body is not read or checked).
    package static func head(_ directory: URL, _ slot: Slot) -> Head? {
        guard let (header, _) = trailer(at: path(directory, slot)) else { return nil }
        return Head(positions: header.files.map(\.position), last: header.last)
    }

    /// Removes both slots and any snapshot left half written (an erasure: they hold what
    /// the logs held before it).
    package static func discard(_ directory: URL) {
        for slot in Slot.allCases { unlink(path(directory, slot)) }
        let cache = directory.path + "/cache"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? []
        where name.hasPrefix("state.") && name.hasSuffix(".tmp") {
            unlink(cache + "/" + name)
        }
    }

    /// The snapshot, when there is one and it still matches the logs; nil otherwise
    /// (the caller folds from the start). Mapped from the file and decoded in place.
    package static func load(_ directory: URL, _ slot: Slot = .snapshot,
                             progress: (Int, Int) -> Void = { _, _ in }) -> Restored? {
        guard let mapped = MappedFile(path: path(directory, slot)) else { return nil }
        // The mapping must outlive every read of `file` below.
        defer { withExtendedLifetime(mapped) {} }
        let file = mapped.bytes
        guard let (header, identity) = trailer(file) else { return nil }
        // Every byte the snapshot was folded from is checked while the body is decoded:
        // the check mostly waits on memory, the decoding on computation.
        let check = PrefixCheckJob(header.files.map(\.position), in: directory)
        progress(header.bodyLength / 4, header.bodyLength)
        let body = UnsafeRawBufferPointer(rebasing: file[..<header.bodyLength])
        let decoded = try? SnapshotCodec.decode(body, layout: .init(split: header.split, table: header.table),
                                                checksum: header.bodyChecksum)
        guard check.unchanged, let restored = decoded,
              restored.state.eventCount == header.events, restored.journal.count == header.events else { return nil }
        progress(header.bodyLength, header.bodyLength)
        return Restored(body: restored, positions: header.files.map(\.position), clock: header.clock,
                        problems: header.problems, identity: identity)
    }

    /// Writes the snapshot of `state`, folded from exactly the logs up to `positions`
    /// (temporary file, then rename: a reader sees the old snapshot or the new one). The
    /// body is written as it is encoded, a megabyte at a time. With `keepingCheckpoint`
    /// (the state was folded on from the snapshot saved before), that one becomes the
    /// checkpoint. Returns the new snapshot's identity.
    @discardableResult
    package static func save(_ snapshot: Body, positions: [LogPosition], clock: Int, problems: [LogProblem] = [],
                             keepingCheckpoint: Bool = false, to directory: URL) throws -> String {
        // What folding the logs allocated is free by now: give it back to the system
        // before writing, so the snapshot reuses it rather than adding to the peak.
        giveBackFreeMemory()
        let marks = positions.filter { $0.offset > 0 }.map { SnapshotHeader.FileMark(position: $0) }
        let cache = directory.appendingPathComponent("cache", isDirectory: true)
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        // One temporary file per process: two opens saving at once never write into the same file.
        let temporary = path(directory) + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let output = Output(fd: fd)
        var succeeded = false
        defer {
            close(fd)
            if !succeeded { unlink(temporary) }
        }
        var writer = SnapshotWriter { output.write($0) }
        let layout = try SnapshotCodec.encode(snapshot, into: &writer)
        let header = SnapshotHeader(format: SnapshotHeader.currentFormat, files: marks, clock: clock, last: snapshot.last,
                                    events: snapshot.state.eventCount, bodyLength: writer.written, table: layout.table, split: layout.split,
                                    bodyChecksum: output.checksum.value, problems: problems)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var trailer = [UInt8](try encoder.encode(header))
        withUnsafeBytes(of: UInt64(trailer.count).littleEndian) { trailer.append(contentsOf: $0) }
        trailer.withUnsafeBytes { output.write($0) }
        guard !output.failed else { throw CocoaError(.fileWriteUnknown) }
        if keepingCheckpoint { _ = rename(path(directory), path(directory, .checkpoint)) }
        guard rename(temporary, path(directory)) == 0 else { throw CocoaError(.fileWriteUnknown) }
        succeeded = true
        return trailer.withUnsafeBytes { identity(UnsafeRawBufferPointer(rebasing: $0.dropLast(8)), events: header.events) }
    }

    /// Returns the heap's free pages to the system: what a fold's decoding threads freed
    /// stays in their arenas otherwise, and what comes next (a snapshot written, a
    /// report) adds to the peak instead of reusing it.
    package static func giveBackFreeMemory() {
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
    }

    /// Where the snapshot's bytes go: the file, and the checksum of the body.
    private final class Output {
        let fd: Int32
        var checksum = Checksum()
        var failed = false

        init(fd: Int32) { self.fd = fd }

        func write(_ raw: UnsafeRawBufferPointer) {
            checksum.add(raw)
            var done = 0
            while !failed, done < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { failed = true } else { done += n }
            }
        }
    }

    /// FNV-style over 8-byte words, fed in parts of any length: fast enough for a few
    /// hundred megabytes, and any changed byte changes it.
    struct Checksum {
        private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        private var pending: [UInt8] = []
        private var total = 0

        mutating func add(_ raw: UnsafeRawBufferPointer) {
            total += raw.count
            var start = 0
            // Finish a word begun at the end of the previous part.
            while !pending.isEmpty, pending.count < 8, start < raw.count {
                pending.append(raw[start])
                start += 1
            }
            if pending.count == 8 {
                hash = (hash ^ pending.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }) &* 0x100_0000_01B3
                pending = []
            }
            let words = (raw.count - start) / 8
            for i in 0..<words {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: start + i * 8, as: UInt64.self)) &* 0x100_0000_01B3
            }
            pending += raw[(start + words * 8)...]
        }

        var value: UInt64 {
            var h = hash
            for byte in pending { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return h ^ UInt64(total)
        }
    }
}

/// `LogPrefixCheck` run on another thread; `unchanged` waits for its answer.
private final class PrefixCheckJob: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var answer = false

    init(_ positions: [LogPosition], in directory: URL) {
        DispatchQueue.global().async {
            self.answer = LogPrefixCheck.unchanged(positions, in: directory)
            self.done.signal()
        }
    }

    /// The semaphore orders the write above before this read.
    var unchanged: Bool {
        done.wait()
        done.signal()
        return answer
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which Swift's Glibc module does not export: returns the heap's
/// free memory to the system.
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
#endif
