#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Files Parcours writes for a person to take away (exports, reports) hold personal data
/// about the people accompanied: they are readable by their owner only, whatever the
/// umask. `Data.write(to:)` would follow the umask (0666 under `umask 000`).
public enum PrivateFile {
    /// Creates `folder` and every missing parent with mode 0700 (the umask cannot widen
    /// it); folders that already exist are left as they are: they are the user's.
    public static func createDirectory(_ folder: URL) throws {
        var missing: [String] = []
        var path = folder.standardizedFileURL.path
        while !path.isEmpty, path != "/", !exists(path) {
            missing.append(path)
            path = (path as NSString).deletingLastPathComponent
        }
        for path in missing.reversed() {
            if mkdir(path, 0o700) != 0, errno != EEXIST { throw PrivateFileError(path: path, code: errno) }
            if chmod(path, 0o700) != 0 { throw PrivateFileError(path: path, code: errno) }
        }
    }

    /// Writes `data` to `url` with mode 0600: into a new file beside it (created 0600,
    /// then set to exactly 0600), flushed, then renamed over `url`, so a reader never sees
    /// half a file and an existing file's wider mode does not carry over.
    public static func write(_ data: Data, to url: URL) throws {
        let target = url.path
        let temporary = (target as NSString).deletingLastPathComponent + "/." + url.lastPathComponent + "." + String(getpid())
            + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 16) + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw PrivateFileError(path: target, code: errno) }
        var done = false
        defer {
            if !done { unlink(temporary) }
        }
        do {
            defer { close(fd) }
            guard fchmod(fd, 0o600) == 0 else { throw PrivateFileError(path: target, code: errno) }
            if let code = data.withUnsafeBytes({ writeAll(fd, $0) }) { throw PrivateFileError(path: target, code: code) }
            guard fsync(fd) == 0 else { throw PrivateFileError(path: target, code: errno) }
        }
        guard rename(temporary, target) == 0 else { throw PrivateFileError(path: target, code: errno) }
        done = true
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}

/// Writes every byte of `buffer` to `fd`; returns errno on failure.
private func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < buffer.count {
        let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += n
    }
    return nil
}

/// A file or folder of an export that could not be written, with the system's reason.
public struct PrivateFileError: Error, LocalizedError, Equatable {
    public let path: String
    public let reason: String

    init(path: String, code: Int32) {
        self.path = path
        reason = String(cString: strerror(code))
    }

    public var errorDescription: String? { "Cannot write \(path): \(reason)." }
}
