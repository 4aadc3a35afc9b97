#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two system calls whose failure stops the log; a seam so tests can make them fail.
protocol LogFileIO: Sendable {
    /// Like write(2): the byte count, or -1 with the error code.
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> (count: Int, error: Int32)
    /// Like fsync(2): 0, or the error code.
    func sync(_ fd: Int32) -> Int32
}

struct SystemFileIO: LogFileIO {
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> (count: Int, error: Int32) {
        let count = Glibc.write(fd, bytes.baseAddress, bytes.count)
        return (count, count < 0 ? errno : 0)
    }

    func sync(_ fd: Int32) -> Int32 {
        fsync(fd) == 0 ? 0 : errno
    }
}
