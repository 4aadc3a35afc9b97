import Foundation
import Testing
@testable import EventLog

/// Folder-sync tools (Syncthing, Nextcloud, Dropbox) leave conflict copies beside a log.
/// Read as a writer, a copy would double every event or flag every line as damaged.
struct ConflictCopyTests {
    @Test func namesOfConflictCopiesAreRecognised() {
        #expect(ConflictCopy.matches("9615b78988235084.sync-conflict-20261121-101010-ABCDEFG.jsonl"))
        #expect(ConflictCopy.matches("9615b78988235084 (conflicted copy 2026-11-21 101010).jsonl"))
        #expect(ConflictCopy.matches("9615b78988235084 (Camille's conflicted copy 2026-11-21).jsonl"))
        #expect(ConflictCopy.matches("9615b78988235084_conflict-20261121-101010.jsonl"))
        #expect(!ConflictCopy.matches("9615b78988235084.jsonl"))
    }

    @Test func aConflictCopyIsNotReadAndIsReported() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let log = try EventLog(directory: dir.url)
        try appendOne(log, "test.event", ["n": 1])
        try appendOne(log, "test.event", ["n": 2])
        let copyName = "\(log.writerID).sync-conflict-20261121-101010-ABCDEFG.jsonl"
        try FileManager.default.copyItem(at: logFile(log),
                                         to: dir.url.appendingPathComponent("events/" + copyName))

        let reader = try EventLog(directory: dir.url, readOnly: true)
        let records = try reader.readNew()
        #expect(records.count == 2, "the copy's records are not read a second time")
        #expect(reader.problems == [.conflictCopyIgnored(file: "events/" + copyName)])
        #expect(try reader.readNew().isEmpty)
        #expect(reader.problems.count == 1, "reported once, not at every read")

        let report = try LogVerifier.verify(directory: dir.url)
        #expect(report.files.map(\.file) == ["events/\(log.writerID).jsonl"])
        #expect(report.isClean)
    }
}
