#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The advisory lock (flock on `local/append.lock`) that serialises appends of every
/// process, and every `EventLog` instance, on one data directory.
struct AppendLock: Sendable {
    let path: String

    /// Runs `body` holding the lock exclusively.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw EventLogError.lockFailed(path: path, reason: POSIXFile.errorText(errno)) }
        defer { close(fd) }  // closing releases the lock
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw EventLogError.lockFailed(path: path, reason: POSIXFile.errorText(errno))
            }
        }
        return try body()
    }
}
