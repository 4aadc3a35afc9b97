import EventLog
import Foundation
import Testing

/// Sync never spreads damage and never loses a record: through the real `parcours sync`
/// and a bare repository on local disk.
@Suite(.serialized)
struct SyncIntegrityTests {
    static func remoteFile(_ remote: URL, _ file: String) throws -> String {
        try SyncTests.git(["--git-dir", remote.path, "show", "main:\(file)"])
    }

    static func ownLog(_ p: ParcoursBinary) throws -> String {
        "events/\(try SyncTests.writer(p)).jsonl"
    }

    static func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// Finding 5: an own log edited in a part already shared is not pushed.
    @Test func anOwnLogEditedWhereItWasSharedIsRefused() throws {
        let remote = try SyncTests.bareRemote()
        let alice = try SyncTests.aliceShares(remote)
        defer { alice.cleanUp(); try? FileManager.default.removeItem(at: remote) }
        let file = try Self.ownLog(alice)
        let shared = try Self.remoteFile(remote, file)
        let url = alice.data.appendingPathComponent(file)
        var lines = try Self.lines(url)
        lines.remove(at: 2)  // a shared line deleted by hand
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        try alice.ok("holder", "add", "Anne Dupuis")

        let sync = try alice.run(["sync"])
        #expect(sync.status == 1)
        #expect(sync.stderr.contains("\(file) changed from line 3 on"), "\(sync.stderr)")
        #expect(try Self.remoteFile(remote, file) == shared, "nothing was pushed")
        var french = alice
        french.environment["PARCOURS_LANG"] = "fr"
        #expect(try french.run(["sync"]).stderr.contains("a changé à partir de la ligne 3"))
    }

    /// Finding 5: another writer's torn tail found here is not pushed; it is set aside.
    @Test func anotherWritersTornTailIsNotPushed() throws {
        let remote = try SyncTests.bareRemote()
        let alice = try SyncTests.aliceShares(remote)
        let bob = ParcoursBinary(author: "Bob")
        defer { alice.cleanUp(); bob.cleanUp(); try? FileManager.default.removeItem(at: remote) }
        try bob.ok("sync", "init", "--remote", remote.path)
        let aliceFile = try Self.ownLog(alice)
        let shared = try Self.remoteFile(remote, aliceFile)
        let handle = try FileHandle(forWritingTo: bob.data.appendingPathComponent(aliceFile))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"author":"Alice","clock":99,"id":"to"#.utf8))
        try handle.close()
        try bob.ok("holder", "add", "Zoé Petit")

        let sync = try bob.ok("sync")
        #expect(sync.contains("set aside"), "\(sync)")
        #expect(try Self.remoteFile(remote, aliceFile) == shared, "Alice's file is as Alice shared it")
        let aside = try FileManager.default.contentsOfDirectory(atPath: bob.data.appendingPathComponent("setaside").path)
        #expect(aside.contains { $0.hasSuffix(".replaced") }, "\(aside)")
        #expect(try bob.run(["verify"]).status == 0)
        try alice.ok("sync")
        #expect(try SyncTests.observable(alice) == SyncTests.observable(bob))
    }

    /// Finding 5: records committed by a sync whose push did not happen are counted as
    /// sent by the sync that sends them.
    @Test func aSyncAfterAnInterruptedOneSaysWhatItSends() throws {
        let remote = try SyncTests.bareRemote()
        let alice = try SyncTests.aliceShares(remote)
        defer { alice.cleanUp(); try? FileManager.default.removeItem(at: remote) }
        let url = alice.data.appendingPathComponent(try Self.ownLog(alice))
        let before = try Self.lines(url).count
        try alice.ok("holder", "add", "Anne Dupuis")
        let added = try Self.lines(url).count - before
        #expect(added > 0)
        var killed = alice
        killed.environment["PARCOURS_SYNC_TEST_KILL"] = "after-fetch"
        #expect(try killed.run(["sync"]).status != 0)
        let sync = try alice.ok("sync")
        #expect(sync.contains("\(added) event\(added > 1 ? "s" : "") sent"), "\(sync)")
        #expect(try alice.ok("sync").contains("Up to date"))
    }

    /// Finding 4: a true git conflict inside a log file (two machines writing as one
    /// writer, as after restoring a disk image) loses nothing: every record of both
    /// sides is visible on both machines afterwards.
    @Test func aGitConflictInsideALogFileLosesNothing() throws {
        let remote = try SyncTests.bareRemote()
        let alice = try SyncTests.aliceShares(remote)
        let clone = ParcoursBinary(author: "Alice (clone)")
        defer { alice.cleanUp(); clone.cleanUp(); try? FileManager.default.removeItem(at: remote) }
        // The clone is Alice's directory, recognised as the same installation.
        try FileManager.default.copyItem(at: alice.data, to: clone.data)
        let identityURL = clone.data.appendingPathComponent("local/writer.json")
        var identity = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: identityURL)) as? [String: Any])
        var info = stat()
        #expect(stat(clone.data.path, &info) == 0)
        identity["path"] = clone.data.resolvingSymlinksInPath().path
        identity["device"] = UInt64(info.st_dev)
        identity["inode"] = UInt64(info.st_ino)
        try JSONSerialization.data(withJSONObject: identity).write(to: identityURL)
        #expect(try SyncTests.writer(clone) == SyncTests.writer(alice))

        try alice.ok("holder", "add", "Anne Dupuis")
        try clone.ok("holder", "add", "Chloé Bernard")
        try alice.ok("sync")
        let merged = try clone.ok("sync")
        #expect(merged.contains("git could not merge"), "a real conflict: \(merged)")
        try alice.ok("sync")
        for p in [alice, clone] {
            let names = try #require(p.json("list", "holders", "--json") as? [[String: Any]]).compactMap { $0["name"] as? String }
            #expect(names.contains("Anne Dupuis") && names.contains("Chloé Bernard"), "\(names)")
            let names2 = try #require(p.json("list", "holders", "--json", "--no-cache") as? [[String: Any]]).compactMap { $0["name"] as? String }
            #expect(names2.sorted() == names.sorted())
        }
        #expect(try SyncTests.observable(alice) == SyncTests.observable(clone))
        // One writer on two machines is said, never hidden.
        let verify = try alice.run(["verify"])
        #expect(verify.stdout.contains("another record with sequence"), "\(verify.stdout)")
    }

    /// Tampering never passes for an erasure: a shared record rewritten the way an
    /// erasure would rewrite it — a valid record, its checksum recomputed — but with no
    /// erasure behind it, is refused like any other change to what was shared.
    @Test func aRecordMaskedWithoutAnErasureIsTampering() throws {
        let remote = try SyncTests.bareRemote()
        let alice = try SyncTests.aliceShares(remote)
        defer { alice.cleanUp(); try? FileManager.default.removeItem(at: remote) }
        let file = try Self.ownLog(alice)
        let url = alice.data.appendingPathComponent(file)
        let writer = url.deletingPathExtension().lastPathComponent
        var lines = try Self.lines(url)
        let index = try #require(lines.firstIndex { $0.contains("Léa Martin") && $0.contains("holder.added") })
        let original = try #require(LogLine.record(Array(lines[index].utf8), writer: writer))
        let masked = String(decoding: original.payload, as: UTF8.self).replacingOccurrences(of: "Léa Martin", with: "")
        let forged = LogRecord(id: original.id, writer: original.writer, sequence: original.sequence, clock: original.clock,
                               time: original.time, author: original.author, type: original.type, payload: Data(masked.utf8))
        lines[index] = String(decoding: LogLine.encode(forged).dropLast(), as: UTF8.self)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        #expect(try alice.run(["verify"]).status == 0, "a valid record: only sync can tell")
        let shared = try Self.remoteFile(remote, file)
        let sync = try alice.run(["sync"])
        #expect(sync.status == 1 && sync.stderr.contains("changed from line \(index + 1) on"), "\(sync.stderr)")
        #expect(try Self.remoteFile(remote, file) == shared)
    }
}
