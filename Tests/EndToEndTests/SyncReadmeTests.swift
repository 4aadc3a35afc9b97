import Foundation
import Testing

/// Runs the README's "Sharing a data directory" walkthrough verbatim with bash, the
/// built binary standing in for `parcours` on the PATH.
struct SyncReadmeTests {
    static func walkthrough() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.range(of: "## Sharing a data directory"))
        let rest = text[section.upperBound...]
        let start = try #require(rest.range(of: "```sh\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```\n"))
        return String(rest[start.upperBound..<end.lowerBound])
    }

    @Test func theSharingWalkthroughRunsAsWrittenAndShowsTheConflict() throws {
        let script = "set -e\n" + (try Self.walkthrough())
        let bin = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-readme-bin-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("parcours"), withDestinationURL: ParcoursBinary.url)
        defer {
            try? FileManager.default.removeItem(at: bin)
            try? FileManager.default.removeItem(atPath: "/tmp/parcours-partage")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.environment = [
            // The walkthrough puts .build/release first; the test binary comes before it.
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
        #expect(output.contains("events from 1 writer received"), "\(output)")
        // Who wins depends on the two random writer ids (same clock): either way it is listed.
        #expect(output.contains("Stage of Tiers-lieu des Collines: “"), "\(output)")
        #expect(output.contains("is kept (later in merge order)"), "\(output)")
        #expect(output.contains("Last sync:"), "\(output)")
    }
}
