import Foundation
import Testing

/// Several installations share one bare git repository on local disk (as on a USB key
/// or a shared drive) through the real `parcours sync`; no network.
@Suite(.serialized)
struct SyncTests {
    /// A bare repository in a temporary directory.
    static func bareRemote() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("parcours-remote-\(UUID().uuidString.prefix(8)).git", isDirectory: true)
        try git(["init", "--quiet", "--bare", url.path])
        return url
    }

    @discardableResult
    static func git(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure("git \(arguments) exited \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// What must be identical on every machine after a sync: the folded figures, the
    /// lists, and the conflicts.
    static func observable(_ p: ParcoursBinary) throws -> [String] {
        try [p.ok("report", "--format", "json"), p.ok("list", "holders", "--json"),
             p.ok("list", "sessions", "--json"), p.ok("conflicts", "--json")]
    }

    static func writer(_ p: ParcoursBinary) throws -> String {
        let data = try Data(contentsOf: p.data.appendingPathComponent("local/writer.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["writer"] as? String ?? ""
    }

    /// Alice sets up a programme, a cohort, a holder and a session, and shares the directory.
    static func aliceShares(_ remote: URL) throws -> ParcoursBinary {
        let alice = ParcoursBinary(author: "Alice")
        try alice.ok("programme", "add", "Lance-toi !")
        try alice.ok("cohort", "add", "Lance-toi !", "Promo 2026", "--start", "2026-11-03")
        try alice.ok("holder", "add", "Léa Martin", "--project", "Tiers-lieu des Collines")
        try alice.ok("enrol", "Léa Martin", "Promo 2026")
        try alice.ok("session", "add", "Promo 2026", "Atelier 1", "--date", "2026-11-05")
        try alice.ok("sync", "init", "--remote", remote.path)
        return alice
    }

    @Test func twoWritersEditingConcurrentlyConvergeAndListTheSameConflicts() throws {
        let remote = try Self.bareRemote()
        let alice = try Self.aliceShares(remote)
        let bob = ParcoursBinary(author: "Bob")
        defer { alice.cleanUp(); bob.cleanUp(); try? FileManager.default.removeItem(at: remote) }

        let joined = try bob.ok("sync", "init", "--remote", remote.path)
        #expect(joined.contains("events from 1 writer received"), "\(joined)")
        #expect(try Self.writer(bob) != Self.writer(alice), "the joining installation has its own writer id")
        #expect(try Self.observable(bob) == Self.observable(alice))

        // Both change the same things without seeing each other, and something each.
        try alice.ok("stage", "Tiers-lieu", "etude")
        try bob.ok("stage", "Tiers-lieu", "test")
        try alice.ok("attend", "Atelier 1", "Léa", "present")
        try bob.ok("attend", "Atelier 1", "Léa", "absent")
        try alice.ok("holder", "add", "Frédéric Roux")
        try bob.ok("holder", "add", "Zoé Petit")

        try bob.ok("sync")
        let aliceSync = try alice.ok("sync")
        #expect(aliceSync.contains("from 1 writer received"), "\(aliceSync)")
        #expect(aliceSync.contains("2 conflicting changes"), "\(aliceSync)")
        var french = bob
        french.environment["PARCOURS_LANG"] = "fr"
        let bobSync = try french.ok("sync")
        // Alice's mark, Léa's first presence (en cours), her stage and her holder.
        #expect(bobSync.contains("5 événements de 1 rédacteur reçus"), "\(bobSync)")

        #expect(try Self.observable(bob) == Self.observable(alice))
        let conflicts = try #require(alice.json("conflicts", "--json") as? [[String: Any]])
        #expect(conflicts.map { $0["kind"] as? String } == ["stage", "attendance"])
        for conflict in conflicts {
            let kept = try #require(conflict["kept"] as? [String: Any])
            let overwritten = try #require(conflict["overwritten"] as? [String: Any])
            #expect(Set([kept["author"] as? String, overwritten["author"] as? String]) == ["Alice", "Bob"])
        }
        let text = try bob.ok("conflicts")
        #expect(text.contains("Stage of Tiers-lieu des Collines"), "\(text)")
        #expect(text.contains("Attendance of Léa Martin at Atelier 1"), "\(text)")
    }

    @Test func threeWritersSyncingInAnyOrderConverge() throws {
        let remote = try Self.bareRemote()
        let alice = try Self.aliceShares(remote)
        let bob = ParcoursBinary(author: "Bob"), chloe = ParcoursBinary(author: "Chloé")
        defer { alice.cleanUp(); bob.cleanUp(); chloe.cleanUp(); try? FileManager.default.removeItem(at: remote) }
        try bob.ok("sync", "init", "--remote", remote.path)
        try chloe.ok("sync", "init", "--remote", remote.path)

        try alice.ok("holder", "add", "Frédéric Roux")
        try bob.ok("holder", "add", "Zoé Petit")
        try chloe.ok("holder", "add", "Malik Benali")
        try chloe.ok("stage", "Tiers-lieu", "emergence")
        for p in [chloe, alice, bob, chloe, alice] { try p.ok("sync") }

        let reference = try Self.observable(alice)
        #expect(try Self.observable(bob) == reference)
        #expect(try Self.observable(chloe) == reference)
        let holders = try #require(alice.json("list", "holders", "--json") as? [[String: Any]])
        #expect(holders.count == 4)
        #expect(Set([try Self.writer(alice), try Self.writer(bob), try Self.writer(chloe)]).count == 3)
    }

    @Test func aSyncKilledMidwayDamagesNothingAndTheNextOneCompletes() throws {
        let remote = try Self.bareRemote()
        let alice = try Self.aliceShares(remote)
        let bob = ParcoursBinary(author: "Bob")
        defer { alice.cleanUp(); bob.cleanUp(); try? FileManager.default.removeItem(at: remote) }
        try bob.ok("sync", "init", "--remote", remote.path)
        try bob.ok("holder", "add", "Zoé Petit")

        for step in ["after-commit", "after-fetch", "after-merge"] {
            try alice.ok("holder", "add", "Porteur \(step)")
            try bob.ok("sync")
            var killed = alice
            killed.environment["PARCOURS_SYNC_TEST_KILL"] = step
            let result = try killed.run(["sync"])
            #expect(result.status != 0, "the sync was killed \(step)")
            #expect(try alice.run(["verify"]).status == 0, "no damaged log after a kill \(step)")
            try alice.ok("sync")
            try bob.ok("sync")
            #expect(try Self.observable(bob) == Self.observable(alice), "converged after a kill \(step)")
        }
        let holders = try #require(bob.json("list", "holders", "--json") as? [[String: Any]])
        #expect(holders.count == 5)
        let status = try alice.ok("sync", "status")
        #expect(status.hasPrefix("Last sync:"), "\(status)")
    }

    @Test func aFolderSyncConflictCopyIsIgnoredAndReported() throws {
        let remote = try Self.bareRemote()
        let alice = try Self.aliceShares(remote)
        defer { alice.cleanUp(); try? FileManager.default.removeItem(at: remote) }
        let before = try Self.observable(alice)
        let log = alice.data.appendingPathComponent("events/\(try Self.writer(alice)).jsonl")
        let copy = alice.data.appendingPathComponent("events/\(try Self.writer(alice)).sync-conflict-20261121-101010-ABCDEFG.jsonl")
        try FileManager.default.copyItem(at: log, to: copy)

        #expect(try Self.observable(alice) == before, "the copy's events are not counted twice")
        let listed = try alice.run(["list", "holders"])
        // One warning line; `verify` names the file.
        #expect(listed.stderr.contains("1 sync-tool conflict copy (ignored)"), "\(listed.stderr)")
        #expect(listed.stderr.split(separator: "\n").count == 1, "\(listed.stderr)")
        #expect(try alice.run(["verify"]).stdout.contains("sync-conflict-20261121"))
        let sync = try alice.ok("sync")
        #expect(sync.contains("conflict copy, ignored"), "\(sync)")
        let tracked = try Self.git(["-C", alice.data.path, "ls-files"])
        #expect(!tracked.contains("sync-conflict"), "the copy is not shared")
        #expect(try alice.run(["verify"]).status == 0)
    }

    @Test func syncRefusesReadOnlyAndUnsharedDirectories() throws {
        let alice = ParcoursBinary(author: "Alice")
        defer { alice.cleanUp() }
        try alice.ok("programme", "add", "Sprint")
        let unshared = try alice.run(["sync"])
        #expect(unshared.status == 1)
        #expect(unshared.stderr.contains("sync init --remote"), "\(unshared.stderr)")
        let readOnly = try alice.run(["sync", "--read-only"])
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr.contains("read-only"), "\(readOnly.stderr)")
    }
}
