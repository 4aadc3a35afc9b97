import Foundation
import Testing

/// Runs the README's "Ideas before holders" walkthrough verbatim with bash, the built
/// binary standing in for `parcours` on the PATH, and checks what it wrote.
struct IdeaReadmeTests {
    static func walkthrough() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.range(of: "## Ideas before holders, calls for applications"))
        let rest = text[section.upperBound...]
        let start = try #require(rest.range(of: "```sh\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```\n"))
        return String(rest[start.upperBound..<end.lowerBound])
    }

    @Test func theIdeasWalkthroughRunsAsWritten() throws {
        let script = "set -e\n" + (try Self.walkthrough())
        #expect(script.contains("export PARCOURS_DATA=/tmp/parcours-idees"))
        let bin = FileManager.default.temporaryDirectory.appendingPathComponent("parcours-readme-bin-\(UUID().uuidString.prefix(6))")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("parcours"), withDestinationURL: ParcoursBinary.url)
        defer {
            try? FileManager.default.removeItem(at: bin)
            try? FileManager.default.removeItem(atPath: "/tmp/parcours-idees")
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
        for line in ["(none)", "Holder Collectif de l'incubateur added. Idea “Incubateur de projets” adopted by Collectif de l'incubateur",
                     "From the idea “Incubateur de projets” (Fabrique Creuse)", "2021-11-22  Crèche Les Petits Pas — eligible"] {
            #expect(output.contains(line), "\(line)")
        }
        // The report the walkthrough ends with: the last JSON object printed.
        let json = try #require(output.range(of: "\n{\n", options: .backwards).map { String(output[$0.lowerBound...]) })
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let ideas = try #require(report["ideas"] as? [String: Any])
        #expect((ideas["detected"] as? Int, ideas["studied"] as? Int, ideas["set_aside"] as? Int, ideas["adopted"] as? Int)
                == (3, 2, 1, 1))
        #expect(report["holders"] as? Int == 0, "the adopter and the applicant take part in no cohort")
        let call = try #require((report["calls"] as? [[String: Any]])?.first)
        #expect(call["applications"] as? Int == 1 && call["eligible"] as? Int == 1)
    }
}
