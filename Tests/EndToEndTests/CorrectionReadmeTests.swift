import Foundation
import Testing

/// Runs the README's "Correcting the record" walkthrough verbatim with bash, the built
/// binary standing in for `parcours` on the PATH.
struct CorrectionReadmeTests {
    static func walkthrough() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.range(of: "## Correcting the record"))
        let rest = text[section.upperBound...]
        let start = try #require(rest.range(of: "```sh\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```\n"))
        return String(rest[start.upperBound..<end.lowerBound])
    }

    @Test func theCorrectionsWalkthroughRunsAsWritten() throws {
        let script = "set -e\n" + (try Self.walkthrough())
        #expect(script.contains("export PARCOURS_DATA=/tmp/parcours-corrections"))
        let bin = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-readme-bin-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("parcours"), withDestinationURL: ParcoursBinary.url)
        defer {
            try? FileManager.default.removeItem(at: bin)
            try? FileManager.default.removeItem(atPath: "/tmp/parcours-corrections")
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
        for line in ["“Léa Martin” (holder) changed: name, tags.",
                     "First presence: Léa Martin is now in progress in “Promo printemps”.",
                     "L. Martin merged into Léa Martin: 0 references moved, the duplicate is removed. Taken from the duplicate: e-mail.",
                     "Léa Martin transferred from “Promo printemps” to “Promo automne” (not a drop-out). 1 individual meeting planned in “Promo printemps” cancelled.",
                     "Holder Zoé Essai removed from the lists; can be undone.",
                     "2025-03-10  in progress → transferred  (Camille) — horaires de travail",
                     "Camille: name: “Lea Martin” → “Léa Martin”",
                     "Transferred to another cohort: 1",
                     "Holder Zoé Essai removed from the lists: saisie de test",
                     "Copy of Paul Dumas's data written to /tmp/parcours-corrections/copie-paul.md",
                     "Personal data erased: the person now shows as “Erased person 1”.",
                     "Erased person 1"] {
            #expect(output.contains(line), "“\(line)” not in:\n\(output)")
        }
        #expect(!output.hasSuffix("Paul Dumas\n"), "the last list shows him erased")
        #expect(output.range(of: #"(^|\n)Drop-outs: +0\n"#, options: .regularExpression) != nil, "a transfer is not a drop-out")
    }
}
