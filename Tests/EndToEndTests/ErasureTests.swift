import Foundation
import Testing

/// The right to erasure (RGPD art. 17), end to end: two installations share a bare
/// repository; one erases a person; after every installation syncs and the shared
/// repository is collected, no byte anywhere — files, caches, set-aside tails, git
/// objects of every repository — holds what identified the person or was said about them.
@Suite(.serialized)
struct ErasureTests {
    static let secrets = ["Zoé Laferrière", "zoe.laferriere@example.org", "zoe.nouvelle@example.org", "06 12 34 56 78",
                          "Sainte-Croix-en-Plaine", "vit seule avec deux enfants", "retard bus ligne 12",
                          "Boulangerie solidaire des Tilleuls", "rappelée le 4 après le forum"]

    /// Every readable or decompressed byte under `directory` (and in its git objects).
    static func everything(_ directory: URL, bare: Bool = false) throws -> String {
        var text = ""
        if let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                text += String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
            }
        }
        let gitDir = bare ? directory : directory.appendingPathComponent(".git")
        if FileManager.default.fileExists(atPath: gitDir.path) {
            text += try SyncTests.git(["--git-dir", gitDir.path, "cat-file", "--batch-all-objects", "--batch"])
        }
        return text
    }

    static func leaks(_ text: String) -> [String] { secrets.filter { text.contains($0) } }

    @Test func anErasureReachesEveryInstallationAndTheSharedRepository() throws {
        let remote = try SyncTests.bareRemote()
        let alice = try SyncTests.aliceShares(remote)
        let bob = ParcoursBinary(author: "Bob")
        defer { alice.cleanUp(); bob.cleanUp(); try? FileManager.default.removeItem(at: remote) }
        try alice.ok("holder", "add", "Zoé Laferrière", "--email", "zoe.laferriere@example.org", "--phone", "06 12 34 56 78",
                     "--commune", "Sainte-Croix-en-Plaine", "--project", "Boulangerie solidaire des Tilleuls",
                     "--cohort", "Promo 2026")
        try alice.ok("note", "Zoé Laferrière", "vit seule avec deux enfants")
        // A correction keeps the old value in its event: it must go too.
        try alice.ok("holder", "edit", "Zoé", "--email", "zoe.nouvelle@example.org")
        try alice.ok("attend", "Atelier 1", "Zoé", "excused", "--remark", "retard bus ligne 12")
        try alice.ok("sync")
        try bob.ok("sync", "init", "--remote", remote.path)
        try bob.ok("note", "Boulangerie", "un local repéré")  // Bob writes about her project too
        try bob.ok("sync")
        try alice.ok("sync")
        #expect(!Self.leaks(try Self.everything(bob.data)).isEmpty, "the test data is really there first")
        let reportBefore = try alice.ok("report", "--format", "json")

        let erased = try alice.ok("erase", "Zoé", "--reason", "demande de l’intéressée du 3 décembre", "--yes")
        #expect(erased.contains("Erased person 1"), "\(erased)")
        // At once on this installation's files (its git history waits for the sync).
        var files = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: alice.data.appendingPathComponent("events").path) {
            files += try String(contentsOf: alice.data.appendingPathComponent("events/" + name), encoding: .utf8)
        }
        #expect(Self.leaks(files) == [], "the logs are rewritten at once")
        let aliceSync = try alice.ok("sync")
        #expect(aliceSync.contains("shared history was replaced"), "\(aliceSync)")
        // Bob, offline at the erasure, writes about her before his next sync: it goes too.
        try bob.ok("note", "Zoé", "rappelée le 4 après le forum")
        let bobSync = try bob.ok("sync")
        #expect(bobSync.contains("erasure made elsewhere"), "\(bobSync)")
        try alice.ok("sync")
        try SyncTests.git(["--git-dir", remote.path, "gc", "--quiet", "--prune=now"])

        for (who, place, bare) in [("Alice", alice.data, false), ("Bob", bob.data, false), ("the remote", remote, true)] {
            #expect(Self.leaks(try Self.everything(place, bare: bare)) == [], "\(who) still holds it")
        }
        // Figures unchanged; the person under a neutral label; every installation sound.
        let reportAfter = try alice.ok("report", "--format", "json")
        // Every figure; the per-holder lines without what named the people.
        func figures(_ json: String) throws -> [String: Any] {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let lines = (object["per_holder"] as? [[String: Any]]) ?? []
            object["per_holder"] = lines.map { line in line.filter { !["name", "project", "commune", "holder"].contains($0.key) } }
                .map { NSDictionary(dictionary: $0) }.sorted { $0.description < $1.description }
            // Her commune and tags went with her: those two breakdowns, and the territory,
            // count her as "not given".
            object["territory"] = nil
            var breakdowns = object["breakdowns"] as? [String: Any] ?? [:]
            breakdowns["by_commune"] = nil
            breakdowns["by_tag"] = nil
            object["breakdowns"] = breakdowns
            return object
        }
        #expect(NSDictionary(dictionary: try figures(reportBefore)) == NSDictionary(dictionary: try figures(reportAfter)))
        #expect(reportAfter.contains("Erased person 1"))
        #expect(try SyncTests.observable(alice) == SyncTests.observable(bob))
        #expect(try alice.run(["verify"]).status == 0)
        #expect(try bob.run(["verify"]).status == 0)
        // Nothing more can be written about her, and the erasure cannot be undone.
        #expect(try alice.run(["note", "Erased person 1", "x"]).status == 1)
        let undo = try alice.run(["undo"])
        #expect(undo.status == 1 && undo.stderr.contains("cannot be undone"), "\(undo.stderr)")
    }
}
