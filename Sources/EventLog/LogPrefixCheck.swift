#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Whether the log files still hold, before each position, exactly the bytes that were
/// read: the CRC-32C of each file's whole read part (kept as it was read, `LogPosition.
/// prefixCRC`) is computed again. A change anywhere in that part — an edited, swapped,
/// cut or replaced line, a file rewritten by a merge — is found, so neither a snapshot
/// nor a reader that continues from where it stopped can hide it. Files are checked in
/// parallel (docs/decisions.md, "The snapshot checks every byte it was folded from").
public enum LogPrefixCheck {
    public static func unchanged(_ positions: [LogPosition], in directory: URL) -> Bool {
        let root = directory.standardizedFileURL.path
        let results = UnsafeMutableBufferPointer<Bool>.allocate(capacity: positions.count)
        results.initialize(repeating: false)
        defer { results.deallocate() }
        let slots = Slots(results: results)
        DispatchQueue.concurrentPerform(iterations: positions.count) { index in
            let position = positions[index]
            slots.set(index, prefixCRC(root + "/" + position.file, length: position.offset) == position.prefixCRC)
        }
        return results.allSatisfy { $0 }
    }

    /// Whether the logs hold exactly what was read up to `positions`: the same bytes
    /// before each position (`unchanged`), nothing after it, and no other writer's file
    /// (nor a sync tool's conflict copy, which an open reports).
    public static func holdsNothingElse(_ positions: [LogPosition], in directory: URL) -> Bool {
        let root = directory.standardizedFileURL.path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/events") else {
            return positions.isEmpty
        }
        let read = Dictionary(positions.map { ($0.file, $0.offset) }, uniquingKeysWith: max)
        var seen = 0
        for name in names where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
            let file = "events/" + name
            var info = stat()
            guard !ConflictCopy.matches(name), lstat(root + "/" + file, &info) == 0,
                  (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == read[file] ?? 0 else { return false }
            if read[file] != nil { seen += 1 }
        }
        return seen == read.count && unchanged(positions, in: directory)
    }

    /// Each thread writes its own slot.
    private struct Slots: @unchecked Sendable {
        let results: UnsafeMutableBufferPointer<Bool>
        func set(_ index: Int, _ value: Bool) { results[index] = value }
    }

    /// The CRC-32C of a file's first `length` bytes, or nil when it is shorter or not a
    /// regular file. Read a few megabytes at a time.
    public static func prefixCRC(_ path: String, length: Int) -> UInt32? {
        guard length > 0 else { return CRC32C.Running().value }
        guard let fd = try? POSIXFile.openRegular(path), fd >= 0 else { return nil }
        defer { close(fd) }
        var running = CRC32C.Running()
        let chunk = 8 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: min(chunk, length), alignment: 16)
        defer { buffer.deallocate() }
        var done = 0
        while done < length {
            let count = pread(fd, buffer.baseAddress, min(buffer.count, length - done), off_t(done))
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            running.add(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            done += count
        }
        return running.value
    }
}
