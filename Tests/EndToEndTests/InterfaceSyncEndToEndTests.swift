import Foundation
import TmuxHarness
import Testing

/// The real binary in tmux while `:sync` waits on a remote that answers only when the
/// test lets it: the screen keeps answering keys, says the sync is running, then shows
/// its outcome.
@Suite(.serialized) struct InterfaceSyncEndToEndTests {
    static func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    @Test func theScreenAnswersKeysWhileTheSyncWaitsOnTheRemote() throws {
        let parcours = ParcoursBinary(language: "fr")
        defer { parcours.cleanUp() }
        let place = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-stall-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: place) }
        try InterfaceEndToEndTests().seed(parcours)
        let remote = place.appendingPathComponent("remote.git")
        try Self.git("init", "--quiet", "--bare", remote.path)
        try parcours.ok("sync", "init", "--remote", remote.path)
        try parcours.ok("note", "Amina Diallo", "à envoyer")
        // The remote's side of a fetch waits for a file (a minute at most, so a failed
        // test leaves nothing running).
        let go = place.appendingPathComponent("go")
        let uploadPack = place.appendingPathComponent("slow-upload-pack")
        try """
        #!/bin/sh
        n=0
        while [ ! -e '\(go.path)' ] && [ $n -lt 1200 ]; do sleep 0.05; n=$((n + 1)); done
        exec /usr/bin/git upload-pack "$@"
        """.write(to: uploadPack, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: uploadPack.path)
        try Self.git("-C", parcours.data.path, "config", "remote.origin.uploadpack", uploadPack.path)

        let tmux = try TmuxSession(command: [ParcoursBinary.url.path, "--data", parcours.data.path],
                                   environment: ["PARCOURS_AUTHOR": "Camille", "PARCOURS_LANG": "fr"])
        defer { tmux.close() }
        try tmux.waitFor("Dispositifs et promotions")
        try tmux.sendKeys(":")
        try tmux.sendText("sync")
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Synchronisation en cours…")
        // The sync is held at the remote; the screen answers every key meanwhile.
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Porteurs │ Séances │ Émargement")
        try tmux.sendKeys("Tab", "Tab")
        try tmux.waitFor("P/A/E")
        try tmux.sendKeys("?")
        try tmux.waitFor("Tous présents d'un coup")
        try tmux.sendKeys("Escape")
        try tmux.waitUntil("the roll call again, still syncing") {
            $0.contains("P/A/E") && !$0.contains("Tous présents d'un coup") && $0.contains("Synchronisation en cours…")
        }
        // Let the remote answer: the outcome replaces the notice.
        #expect(FileManager.default.createFile(atPath: go.path, contents: Data()))
        try tmux.waitFor("envoyé", timeout: .seconds(60))
        try tmux.waitUntil("no sync running") { !$0.contains("Synchronisation en cours…") }
        try tmux.sendKeys("Q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.sttyAfter == tmux.sttyBefore)
    }
}
