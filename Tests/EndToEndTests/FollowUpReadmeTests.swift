import Foundation
import Testing

/// Runs the README's "After the programme" walkthrough verbatim with bash, the built
/// binary standing in for `parcours` on the PATH, and checks what it wrote.
struct FollowUpReadmeTests {
    static func walkthrough() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.range(of: "## After the programme: follow-up, the project's path, money"))
        let rest = text[section.upperBound...]
        let start = try #require(rest.range(of: "```sh\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```\n"))
        return String(rest[start.upperBound..<end.lowerBound])
    }

    @Test func theFollowUpWalkthroughRunsAsWritten() throws {
        let script = "set -e\n" + (try Self.walkthrough())
        #expect(script.contains("export PARCOURS_DATA=/tmp/parcours-suivis"))
        let bin = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-readme-bin-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("parcours"), withDestinationURL: ParcoursBinary.url)
        defer {
            try? FileManager.default.removeItem(at: bin)
            try? FileManager.default.removeItem(atPath: "/tmp/parcours-suivis")
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
        #expect(errors.isEmpty, "\(errors)")
        for line in ["Follow-ups of “Lance-toi !”: 6 months, 1 year, 3 years", "Follow-up at 1 year of “Épicerie”: operating.",
                     "“Épicerie”: legal form SCIC (was association).", "FSE: €6,000 (60%)", "Follow-ups after the programme:"] {
            #expect(output.contains(line), "\(line)")
        }
        // The report the walkthrough ends with: the last JSON object printed.
        let json = try #require(output.range(of: "\n{\n", options: .backwards).map { String(output[$0.lowerBound...]) })
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let waves = try #require((report["follow_up"] as? [String: Any])?["waves"] as? [[String: Any]])
        // 6 months: Léa developing, Tom unreachable (apart); 1 year: Léa operating, Tom not
        // recorded; 3 years (passed for both by 2026-06-30): neither recorded.
        #expect(waves.map { $0["wave"] as? String } == ["6m", "1y", "3y"])
        #expect(waves.map { $0["survival_rate"] as? Double } == [1, 1, nil])
        #expect(waves.map { $0["unreachable"] as? Int } == [1, 0, 0] && waves.map { $0["not_recorded"] as? Int } == [0, 1, 2])
        let funding = try #require(report["funding"] as? [String: Any])
        #expect(funding["cost_per_holder"] as? Double == 5_000 && funding["funded"] as? Double == 10_240)
    }
}
