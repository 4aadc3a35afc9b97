import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import EventLog

/// Makes write(2) or fsync(2) fail as a full or broken disk would.
final class FailingIO: LogFileIO, @unchecked Sendable {
    enum Mode: Sendable { case write(Int32), partialWrite(Int32), sync(Int32) }
    let mode: Mode
    private let lock = NSLock()
    private var bytesWritten = 0

    init(mode: Mode) { self.mode = mode }

    /// Bytes really written before the failure.
    var written: Int { lock.withLock { bytesWritten } }

    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> (count: Int, error: Int32) {
        switch mode {
        case .write(let code): return (-1, code)
        case .partialWrite(let code):
            // The first call writes half the bytes for real, then the disk is full.
            return lock.withLock {
                guard bytesWritten == 0 else { return (-1, code) }
                let count = Glibc.write(fd, bytes.baseAddress, bytes.count / 2)
                bytesWritten = count
                return (count, 0)
            }
        case .sync: return SystemFileIO().write(fd, bytes)
        }
    }

    func sync(_ fd: Int32) -> Int32 {
        if case .sync(let code) = mode { return code }
        return SystemFileIO().sync(fd)
    }
}

@Suite struct FailureTests {
    func prepared() throws -> (TemporaryDirectory, URL, [UInt8]) {
        let temp = try TemporaryDirectory()
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        try appendOne(log, "t", ["n": 1])
        try appendOne(log, "t", ["n": 2])
        return (temp, data, fileBytes(logFile(log)))
    }

    @Test(arguments: [FailingIO.Mode.write(ENOSPC), .partialWrite(ENOSPC)])
    func failedWriteStopsAppendsAndLeavesTheLogReadable(mode: FailingIO.Mode) throws {
        let (temp, data, before) = try prepared()
        defer { temp.remove() }
        let io = FailingIO(mode: mode)
        let log = try EventLog(directory: data, readOnly: false, upgraders: [], io: io)
        let file = logFile(log).path
        do {
            try appendOne(log, "t", ["n": 3])
            Issue.record("the write should have failed")
        } catch let error as EventLogError {
            guard case .writeFailed(let named, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(named == file)
            #expect(reason.contains(String(cString: strerror(ENOSPC))))
            #expect(error.description.contains(file))
        }
        #expect(throws: EventLogError.self) { try appendOne(log, "t", ["n": 4]) }
        do {
            try appendOne(log, "t", ["n": 5])
        } catch let error as EventLogError {
            guard case .appendsStopped = error else { Issue.record("expected appendsStopped, got \(error)"); return }
        }
        if case .partialWrite = mode { #expect(io.written > 0) }
        #expect(fileBytes(logFile(log)) == before)  // no torn bytes left behind
        let reader = try EventLog(directory: data, readOnly: true)
        #expect(try reader.readNew().map(\.sequence) == [1, 2])
        #expect(reader.problems.isEmpty)
    }

    @Test func failedFsyncStopsAppends() throws {
        let (temp, data, _) = try prepared()
        defer { temp.remove() }
        let log = try EventLog(directory: data, readOnly: false, upgraders: [], io: FailingIO(mode: .sync(EIO)))
        #expect(throws: EventLogError.syncFailed(file: logFile(log).path, reason: POSIXFile.errorText(EIO))) {
            try appendOne(log, "t", ["n": 3])
        }
        #expect(throws: EventLogError.appendsStopped(cause: .syncFailed(file: logFile(log).path, reason: POSIXFile.errorText(EIO)))) {
            try appendOne(log, "t", ["n": 4])
        }
        // The log stays readable; the unacknowledged record may or may not be there.
        let reader = try EventLog(directory: data, readOnly: true)
        #expect(try reader.readNew().map(\.sequence).prefix(2) == [1, 2])
        #expect(reader.problems.isEmpty)
        // A fresh opening (after the cause is fixed) appends again.
        #expect(try appendOne(try EventLog(directory: data)).sequence >= 3)
    }

    @Test func throwingDecideLosesNothing() throws {
        struct Refused: Error {}
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let writer = try EventLog(directory: data)
        let other = try EventLog(directory: data)
        try appendOne(writer)
        #expect(throws: Refused.self) {
            try other.append(author: "a", time: fixedTime) { seen in
                #expect(seen.count == 1)
                throw Refused()
            }
        }
        #expect(try other.readNew().count == 1)  // handed out again
    }
}
