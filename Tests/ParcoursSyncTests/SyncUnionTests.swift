import Foundation
import Testing
import EventLog
@testable import ParcoursSync
import ParcoursKit

/// When git reports a conflict in a shared file anyway (two installations that wrote
/// the same log file, a hand edit), the sync keeps every line of both sides.
struct SyncUnionTests {
    static func data(_ text: String) -> Data { Data(text.utf8) }

    static func line(_ id: String, _ sequence: Int, clock: Int, writer: String = "w") -> String {
        let record = LogRecord(id: id, writer: writer, sequence: sequence, clock: clock,
                               time: Date(timeIntervalSince1970: 1_800_000_000), author: "Léa",
                               type: "note.added", payload: Data(#"{"n":\#(sequence)}"#.utf8))
        return String(decoding: LogLine.encode(record), as: UTF8.self)
    }

    /// Two machines that wrote as one writer (a cloned disk) both appended sequence 3:
    /// the union keeps every record of every side once, in an order that does not
    /// depend on which side resolves, and sets damaged lines aside.
    @Test func everyRecordOfEverySideIsKeptOnceInTheSameOrderOnBothSides() {
        let base = Self.line("a1", 1, clock: 1) + Self.line("a2", 2, clock: 2)
        let ours = base + Self.line("a3", 3, clock: 3) + Self.line("a4", 4, clock: 4)
        let theirs = base + Self.line("b3", 3, clock: 5) + "not a record\n"
        let merged = RecordUnion.merge([Self.data(ours), Self.data(theirs), Self.data(base)], writer: "w")
        let again = RecordUnion.merge([Self.data(theirs), Self.data(ours), Self.data(base)], writer: "w")
        #expect(merged.merged == again.merged)
        let ids = String(decoding: merged.merged, as: UTF8.self).split(separator: "\n").map {
            LogLine.record(Array($0.utf8), writer: "w")?.id ?? "?"
        }
        #expect(ids == ["a1", "a2", "a3", "b3", "a4"])
        #expect(merged.damaged == [Self.data("not a record")])
    }

    @Test func aCopyCutShortAddsNothingButAnUnrelatedTornLineIsSetAside() {
        let full = Self.line("a1", 1, clock: 1) + Self.line("a2", 2, clock: 2)
        let cut = Self.line("a1", 1, clock: 1) + String(Self.line("a2", 2, clock: 2).prefix(30))
        let merged = RecordUnion.merge([Self.data(cut), Self.data(full)], writer: "w")
        #expect(merged.merged == Self.data(full))
        #expect(merged.damaged.isEmpty)
        let torn = RecordUnion.merge([Self.data(Self.line("a1", 1, clock: 1) + "zz"), Self.data(full)], writer: "w")
        #expect(torn.merged == Self.data(full))
        #expect(torn.damaged == [Self.data("zz")])
    }

    @Test func otherTextFilesKeepEveryLineOfBothSides() {
        let merged = String(decoding: RecordUnion.lines([Self.data("a\nb\nc\n"), Self.data("a\nb\nd\ne\n"), Self.data("a\nb\n")]),
                            as: UTF8.self)
        #expect(merged == "a\nb\nc\nd\ne\n")
    }

    @Test func aGitConflictInASharedFileIsResolvedByUnionAndReported() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sync-union-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: root) }
        let remote = root.appendingPathComponent("remote.git")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let setup = try Git(directory: root, author: "test", writer: "test")
        try setup.run(["init", "--quiet", "--bare", remote.path])

        let a = try Workspace(directory: root.appendingPathComponent("A"), author: "Alice")
        _ = try Sync.initialize(workspace: a, remote: remote.path)
        let b = try Workspace(directory: root.appendingPathComponent("B"), author: "Bob")
        _ = try Sync.initialize(workspace: b, remote: remote.path)
        // Both sides add a different line to the same shared file, which git cannot merge.
        for (workspace, line) in [(a, "# from A"), (b, "# from B")] {
            let url = workspace.directory.appendingPathComponent(".gitignore")
            let text = try String(contentsOf: url, encoding: .utf8) + line + "\n"
            try Data(text.utf8).write(to: url)
        }
        _ = try Sync.run(workspace: a)
        let report = try Sync.run(workspace: b)
        #expect(report.unionMerged == [".gitignore"])
        let merged = try String(contentsOf: b.directory.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(merged.contains("# from A\n"))
        #expect(merged.contains("# from B\n"))
        _ = try Sync.run(workspace: a)
        #expect(try String(contentsOf: a.directory.appendingPathComponent(".gitignore"), encoding: .utf8) == merged)
        #expect(a.lastSync?.succeeded == true)
    }
}
