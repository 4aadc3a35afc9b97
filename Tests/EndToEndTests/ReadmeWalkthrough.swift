import Foundation
import Testing

/// A README walkthrough run verbatim with bash, the built binary standing in for
/// `parcours` on the PATH: the README's first shell block after a section's heading is
/// the script, so a walkthrough that stops working fails a test.
enum ReadmeWalkthrough {
    struct Run {
        let script: String
        let status: Int32
        let output: String
        let errors: String
    }

    /// The first ```sh block after `heading` in README.md.
    static func script(after heading: String) throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.range(of: heading))
        let rest = text[section.upperBound...]
        let start = try #require(rest.range(of: "```sh\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```\n"))
        return String(rest[start.upperBound..<end.lowerBound])
    }

    /// Runs the walkthrough under `set -e` in English, then removes `dataDirectory` (the
    /// folder the walkthrough itself writes, checked to be named in the script).
    static func run(after heading: String, dataDirectory: String) throws -> Run {
        let script = "set -e\n" + (try Self.script(after: heading))
        #expect(script.contains(dataDirectory), "the walkthrough no longer writes \(dataDirectory)")
        let bin = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-readme-bin-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("parcours"), withDestinationURL: ParcoursBinary.url)
        defer {
            try? FileManager.default.removeItem(at: bin)
            try? FileManager.default.removeItem(atPath: dataDirectory)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.environment = [
            // A walkthrough may put .build/release first; the test binary comes before it.
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
        return Run(script: script, status: process.terminationStatus, output: output, errors: errors)
    }
}
