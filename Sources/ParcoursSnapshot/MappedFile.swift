#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EventLog

/// A file's bytes mapped read-only, for the snapshot: decoding reads them in place from
/// the page cache, with no copy into a buffer the kernel must first zero. The snapshot
/// is only ever replaced by a rename, never changed in place, so the mapping stays valid.
final class MappedFile {
    let bytes: UnsafeRawBufferPointer

    /// nil when the file is missing, empty, not a regular file, or cannot be mapped.
    init?(path: String) {
        // Only a regular file: a FIFO or a device put in its place must not hang the open.
        guard let fd = try? POSIXFile.openRegular(path), fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let base = mmap(nil, size, PROT_READ, flags, fd, 0), base != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }
}
