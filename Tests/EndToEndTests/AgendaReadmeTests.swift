import Foundation
import Testing

/// Runs the README's "The people who facilitate, venues and the calendar" walkthrough
/// verbatim with bash, the built binary standing in for `parcours` on the PATH, and checks
/// what it said and wrote (the warning of the shared hall, my holders, the calendar file).
struct AgendaReadmeTests {
    @Test func theDirectoryAndCalendarWalkthroughRunsAsWritten() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.range(of: "## The people who facilitate, venues and the calendar"))
        let rest = text[section.upperBound...]
        let start = try #require(rest.range(of: "```sh\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```\n"))
        let script = "set -e\n" + rest[start.upperBound..<end.lowerBound]
        #expect(script.contains("export PARCOURS_DATA=/tmp/parcours-agenda"))
        let bin = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-agenda-bin-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("parcours"), withDestinationURL: ParcoursBinary.url)
        defer {
            try? FileManager.default.removeItem(at: bin)
            try? FileManager.default.removeItem(atPath: "/tmp/parcours-agenda")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.environment = [
            "PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "HOME": FileManager.default.temporaryDirectory.path, "LANG": "C.UTF-8", "PARCOURS_LANG": "en",
        ]
        process.currentDirectoryURL = bin
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(errors)")
        #expect(errors == "Warning: “Atelier budget” and “Atelier 1” (Promo Ardèche) take place at the same time at "
                + "“Salle des fêtes de Lamastre” on Thu 2026-03-26.\n", "\(errors)")
        for line in ["Added to the directory: Paul Marchand.", "Inès Bah  Parthèque", "Tom Durand  Recyclerie",
                     "  14:00–16:00  Atelier budget — Promo Drôme — Salle des fêtes de Lamastre (Lamastre) — Paul Marchand",
                     "March 2026", "1 session written to camille.ics"] {
            #expect(output.contains(line), "\(line)\n\(output)")
        }
        let ics = try String(contentsOf: bin.appendingPathComponent("camille.ics"), encoding: .utf8)
        #expect(ics.contains("SUMMARY:Atelier 1 — Promo Ardèche\r\n") && ics.contains("DTSTART;TZID=Europe/Paris:20260326T090000\r\n"))
    }
}
