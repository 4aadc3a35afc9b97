import Foundation
import Testing
@testable import ParcoursKit

/// When git reports a conflict in a shared file anyway (two installations that wrote
/// the same log file, a hand edit), the sync keeps every line of both sides.
struct SyncUnionTests {
    static func data(_ text: String) -> Data { Data(text.utf8) }

    @Test func everyLineOfEverySideIsKeptOnce() {
        let base = Self.data("a\nb\n")
        let ours = Self.data("a\nb\nc\n")
        let theirs = Self.data("a\nb\nd\ne\n")
        let merged = String(decoding: LineUnion.merge([ours, theirs, base]), as: UTF8.self)
        #expect(merged == "a\nb\nc\nd\ne\n")
    }

    @Test func aCopyCutShortAddsNothingButAnUnrelatedTornLineIsKept() {
        let ours = Self.data("a\n{\"id\":\"1\"}\n{\"id\":")      // a partial copy of theirs
        let theirs = Self.data("a\n{\"id\":\"1\"}\n{\"id\":\"2\"}\n")
        #expect(String(decoding: LineUnion.merge([ours, theirs]), as: UTF8.self) == "a\n{\"id\":\"1\"}\n{\"id\":\"2\"}\n")
        let torn = Self.data("a\nzz")
        #expect(String(decoding: LineUnion.merge([torn, theirs]), as: UTF8.self)
                == "a\n{\"id\":\"1\"}\n{\"id\":\"2\"}\nzz\n")
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
