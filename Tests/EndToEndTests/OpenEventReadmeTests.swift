import Foundation
import Testing

/// Runs the README's "Open events counted by headcount" walkthrough verbatim with bash,
/// the built binary standing in for `parcours` on the PATH.
struct OpenEventReadmeTests {
    static func walkthrough() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.range(of: "## Open events counted by headcount"))
        let rest = text[section.upperBound...]
        let start = try #require(rest.range(of: "```sh\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```\n"))
        return String(rest[start.upperBound..<end.lowerBound])
    }

    @Test func theOpenEventsWalkthroughRunsAsWritten() throws {
        let script = "set -e\n" + (try Self.walkthrough())
        #expect(script.contains("export PARCOURS_DATA=/tmp/parcours-evenements"))
        let bin = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-readme-bin-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("parcours"), withDestinationURL: ParcoursBinary.url)
        defer {
            try? FileManager.default.removeItem(at: bin)
            try? FileManager.default.removeItem(atPath: "/tmp/parcours-evenements")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.environment = [
            "PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "HOME": FileManager.default.temporaryDirectory.path, "LANG": "C.UTF-8",
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
        for line in ["12 participants à « Projets coopératifs en milieu rural » : l'événement a eu lieu.",
                     "17 participants à « À la rencontre de nos ruralités » : l'événement a eu lieu.",
                     "Annulé : Événement « Journée des professionnels » annulé",
                     "Séance « Réunion d'information » du jeu. 08/04/2021 tenue (personne n'y était attendu).",
                     "  Statut : tenu\n",
                     "  Participants : 12 — habitants 6, porteurs de projet 4, élus 2",
                     "Événements tenus (effectif saisi)                         : 2",
                     "Participants aux événements (une personne par événement)  : 29",
                     "Porteurs accompagnés                : 0"] {
            #expect(output.contains(line), "“\(line)” not in:\n\(output)")
        }
        // By audience: the label typed in French is the standard category; "étudiants" is
        // the facilitator's own; the 2 of the total beyond the categories are said as such.
        for (audience, count) in [("habitants", 11), ("porteurs de projet", 10), ("élus", 2), ("étudiants", 4),
                                  ("sans catégorie précisée", 2)] {
            #expect(output.range(of: "\n  \(audience) +\(count)\n", options: .regularExpression) != nil, "\(audience) \(count)")
        }
        // The training, back after undo, is past and not counted.
        #expect(output.contains("Événements passés sans effectif saisi"))
    }
}
