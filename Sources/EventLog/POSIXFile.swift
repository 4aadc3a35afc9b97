#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Thin wrappers over the system calls the log needs, returning errno text on failure.
package enum POSIXFile {
    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code)) + " (errno \(code))"
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Creates a directory with mode 0700 unless it exists; fsyncs its parent when it
    /// created it, so the new entry survives a crash.
    static func makeDirectory(_ path: String) throws(EventLogError) {
        if mkdir(path, 0o700) == 0 {
            try syncDirectory((path as NSString).deletingLastPathComponent)
            return
        }
        let code = errno
        var info = stat()
        if code == EEXIST, stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return }
        throw .cannotCreate(path: path, reason: errorText(code))
    }

    static func syncDirectory(_ path: String) throws(EventLogError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .syncFailed(file: path, reason: errorText(errno)) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw .syncFailed(file: path, reason: errorText(errno)) }
    }

    /// Opens a regular file for reading, or returns -1 when it does not exist. Opened
    /// without blocking, so a FIFO or a device put in its place is refused at once
    /// instead of hanging every command.
    package static func openRegular(_ path: String) throws(EventLogError) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        if fd < 0 {
            if errno == ENOENT { return -1 }
            throw .cannotRead(path: path, reason: errorText(errno))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw .cannotRead(path: path, reason: errorText(code))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .cannotRead(path: path, reason: "not a regular file")
        }
        // Reads of a regular file never block; the flag only mattered for opening.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// The content of a file from `offset` (at most `limit` bytes), or nil when it does not exist.
    package static func read(_ path: String, from offset: Int = 0, limit: Int = Int.max) throws(EventLogError) -> [UInt8]? {
        let fd = try openRegular(path)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .cannotRead(path: path, reason: errorText(errno)) }
        let size = Int(info.st_size)
        guard size > offset else { return [] }
        // Filled straight from the file, not zeroed first (snapshots and logs are large).
        var failure: Int32 = 0
        let buffer = [UInt8](unsafeUninitializedCapacity: min(limit, size - offset)) { raw, filled in
            while filled < raw.count {
                let count = pread(fd, raw.baseAddress! + filled, raw.count - filled, off_t(offset + filled))
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if count == 0 { break }
                filled += count
            }
        }
        if failure != 0 { throw .cannotRead(path: path, reason: errorText(failure)) }
        return buffer
    }

    /// Replaces a file's content durably: a temporary file beside it (0600), written,
    /// fsynced, renamed over it, then the directory fsynced. A reader sees the old bytes
    /// or the new, never a mix.
    package static func replace(_ path: String, with bytes: [UInt8]) throws(EventLogError) {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = directory + "/." + (path as NSString).lastPathComponent + ".rewrite"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotCreate(path: temporary, reason: errorText(errno)) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in Glibc.write(fd, raw.baseAddress! + written, raw.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temporary)
                throw .writeFailed(file: temporary, reason: errorText(code))
            }
            written += count
        }
        guard fsync(fd) == 0 else {
            let code = errno
            close(fd)
            unlink(temporary)
            throw .syncFailed(file: temporary, reason: errorText(code))
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw .writeFailed(file: path, reason: errorText(errno)) }
        try syncDirectory(directory)
    }

    /// Writes a small file atomically (temporary file, then rename), mode 0600.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(EventLogError) {
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotCreate(path: temporary, reason: errorText(errno)) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                throw .writeFailed(file: temporary, reason: errorText(code))
            }
            written += count
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw .writeFailed(file: path, reason: errorText(errno)) }
    }
}

extension POSIXFile {
    /// The file's size in bytes, or 0 when it cannot be read.
    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}
