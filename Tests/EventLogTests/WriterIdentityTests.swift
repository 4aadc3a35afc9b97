import Foundation
import Testing
@testable import EventLog

@Suite struct WriterIdentityTests {
    @Test func copiedDataDirectoryGetsANewWriter() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let original = temp.child("original")
        let log = try EventLog(directory: original)
        try appendOne(log, "t", ["n": 1])
        try appendOne(log, "t", ["n": 2])
        let originalWriter = log.writerID
        let originalFile = fileBytes(logFile(log))

        let copy = temp.child("copy")
        try FileManager.default.copyItem(at: original, to: copy)
        let copied = try EventLog(directory: copy)
        #expect(copied.writerID != originalWriter)
        #expect(copied.writerID.count == 16 && copied.writerID.allSatisfy(\.isHexDigit))
        #expect(WriterIdentity.load(from: copy.appendingPathComponent("local/writer.json").path)?.previous == [originalWriter])

        let seen = try copied.append(author: "b", time: fixedTime) { seen in [pending("t", ["n": seen.count])] }
        #expect(seen.seen.count == 2)
        #expect(seen.appended[0].sequence == 1 && seen.appended[0].clock == 3)
        #expect(fileBytes(copy.appendingPathComponent("events/\(originalWriter).jsonl")) == originalFile)
        #expect(fileBytes(logFile(log)) == originalFile)

        // The original keeps its id, and stays stable across openings.
        #expect(try EventLog(directory: original).writerID == originalWriter)
        #expect(try EventLog(directory: copy).writerID == copied.writerID)
    }

    @Test func twoDataDirectoriesNeverShareAWriter() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let one = try EventLog(directory: temp.child("one"))
        let two = try EventLog(directory: temp.child("two"))
        #expect(one.writerID != two.writerID)
    }

    @Test func anotherMachineGetsANewWriter() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let first = try EventLog(directory: data)
        try appendOne(first)
        let path = data.appendingPathComponent("local/writer.json").path
        var identity = try #require(WriterIdentity.load(from: path))
        identity.machine = "another-machine"
        try identity.save(to: path)
        #expect(try EventLog(directory: data).writerID != first.writerID)

        // A synced folder arrives without local/ (never synced): a new writer too.
        try FileManager.default.removeItem(at: data.appendingPathComponent("local"))
        let synced = try EventLog(directory: data)
        #expect(synced.writerID != first.writerID)
        #expect(try synced.readNew().count == 1)
    }

    @Test func olderFileRestoredInPlaceGetsANewWriter() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        try appendOne(log)
        try appendOne(log)
        let backup = fileBytes(logFile(log))
        try appendOne(log)
        try Data(backup).write(to: logFile(log))  // the file goes back in time
        let reopened = try EventLog(directory: data)
        #expect(reopened.writerID != log.writerID)
        #expect(fileBytes(logFile(log)) == backup)
    }

    @Test func anotherInstallationsRecordInOurFileGetsANewWriter() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        try appendOne(log)
        // Someone else's record with the same sequence replaced ours.
        let foreign = RecordEncoder.line(for: LogRecord(id: "not-ours", writer: log.writerID, sequence: 1, clock: 1,
                                                        time: fixedTime, author: "x", type: "t", payload: payload([0])))
        try Data(foreign).write(to: logFile(log))
        #expect(try EventLog(directory: data).writerID != log.writerID)
    }

    @Test func crashBeforeWriterFileUpdateKeepsTheWriter() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        try appendOne(log)
        let remembered = try Data(contentsOf: data.appendingPathComponent("local/writer.json"))
        try appendOne(log)
        // As if the process died after fsync but before writer.json was rewritten.
        try remembered.write(to: data.appendingPathComponent("local/writer.json"))
        let reopened = try EventLog(directory: data)
        #expect(reopened.writerID == log.writerID)
        #expect(try appendOne(reopened).sequence == 3)
    }

    @Test func theIdentityRemembersWhereItsLastLineStarts() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        try appendOne(log)
        let second = try appendOne(log, "t", ["text": "deuxième"])
        let path = data.appendingPathComponent("local/writer.json").path
        let identity = try #require(WriterIdentity.load(from: path))
        let firstLine = try #require(fileBytes(logFile(log)).firstIndex(of: 0x0A))
        #expect(identity.lastOffset == firstLine + 1)
        #expect(identity.lastOffset == second.offset)
        #expect(try EventLog(directory: data).writerID == log.writerID)
    }

    @Test func anIdentityWithoutTheLineOffsetIsRecognisedAndGainsIt() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        try appendOne(log)
        let last = try appendOne(log)
        let path = data.appendingPathComponent("local/writer.json").path
        var identity = try #require(WriterIdentity.load(from: path))
        identity.lastOffset = nil  // as written before the offset was kept
        try identity.save(to: path)
        #expect(try EventLog(directory: data).writerID == log.writerID)
        #expect(WriterIdentity.load(from: path)?.lastOffset == last.offset)
    }

    /// The remembered offset is a hint: when it does not point at the last record but
    /// the file still holds that record elsewhere (rewritten by a merge), the file is
    /// still this writer's and the offset is corrected; when the file no longer holds
    /// it, a new writer takes over and the loss is reported.
    @Test func aRememberedOffsetIsOnlyAHint() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        try appendOne(log)
        let last = try appendOne(log)
        let path = data.appendingPathComponent("local/writer.json").path
        let remembered = try #require(WriterIdentity.load(from: path))
        // Inside the line, at the previous line, past the end of the file.
        for offset in [last.offset + 1, 0, last.offset + last.length + 5] {
            var identity = remembered
            identity.lastOffset = offset
            try identity.save(to: path)
            let reopened = try EventLog(directory: data)
            #expect(reopened.writerID == log.writerID, "offset \(offset)")
            #expect(reopened.problems.isEmpty)
            #expect(WriterIdentity.load(from: path)?.lastOffset == last.offset)
        }
        // The last record gone (the file cut): another writer, and the loss is said.
        let bytes = fileBytes(logFile(log))
        try Data(bytes[..<last.offset]).write(to: logFile(log))
        let cut = try EventLog(directory: data)
        #expect(cut.writerID != log.writerID)
        #expect(cut.problems == [.acknowledgedRecordsMissing(file: "events/\(log.writerID).jsonl", acknowledged: 2, found: 1)])
        #expect(try LogVerifier.verify(directory: data).missing == cut.problems)
    }

    @Test func permissionsArePrivate() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        try appendOne(log)
        func mode(_ url: URL) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int ?? -1) & 0o777
        }
        #expect(try mode(data) == 0o700)
        #expect(try mode(data.appendingPathComponent("events")) == 0o700)
        #expect(try mode(data.appendingPathComponent("local")) == 0o700)
        #expect(try mode(logFile(log)) == 0o600)
        #expect(try mode(data.appendingPathComponent("local/writer.json")) == 0o600)
    }

    @Test func readOnlyCreatesNothingAndRefusesToAppend() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let missing = temp.child("missing")
        #expect(throws: EventLogError.noDataDirectory(path: missing.path)) {
            try EventLog(directory: missing, readOnly: true)
        }
        #expect(!FileManager.default.fileExists(atPath: missing.path))

        let data = temp.child("data")
        try appendOne(try EventLog(directory: data))
        try FileManager.default.removeItem(at: data.appendingPathComponent("local"))
        let before = try FileManager.default.subpathsOfDirectory(atPath: data.path).sorted()
        let reader = try EventLog(directory: data, readOnly: true)
        #expect(reader.writerID == "")
        #expect(try reader.readNew().count == 1)
        #expect(throws: EventLogError.readOnly(directory: data.path)) {
            try reader.append(author: "a", time: fixedTime) { _ in [pending("t", [1])] }
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: data.path).sorted() == before)
    }
}
