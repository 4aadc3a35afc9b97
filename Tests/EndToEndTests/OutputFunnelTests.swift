import Foundation
import Testing

/// Every line the command line prints goes through `Output` (Sources/parcours/Support),
/// which makes user text safe for the terminal. `print` in that module is `Output`'s;
/// this guards the other routes to the standard streams, so a later change cannot
/// quietly print a name raw. The libraries below it print nothing at all.
@Suite struct OutputFunnelTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    static func swiftFiles(_ folder: String) throws -> [URL] {
        let root = sources.appendingPathComponent(folder)
        let walker = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    /// Lines that write to the standard streams without `Output`, as "file:line: text".
    /// A pattern starting with a letter must start a word (`print(`, not `Fingerprint(`).
    static func bypasses(in files: [URL], patterns: [String]) throws -> [String] {
        let expressions = try patterns.map { pattern in
            try NSRegularExpression(pattern: (pattern.first!.isLetter ? "\\b" : "") + NSRegularExpression.escapedPattern(for: pattern))
        }
        var found: [String] = []
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//") else { continue }
                let range = NSRange(code.startIndex..., in: code)
                if expressions.contains(where: { $0.firstMatch(in: code, range: range) != nil }) {
                    found.append("\(file.lastPathComponent):\(number + 1): \(code)")
                }
            }
        }
        return found
    }

    @Test func theCommandLineWritesOnlyThroughOutput() throws {
        let files = try Self.swiftFiles("parcours").filter { $0.lastPathComponent != "Output.swift" }
        #expect(files.count > 10)
        let found = try Self.bypasses(in: files, patterns: [
            "Swift.print", "FileHandle.standardOutput", "FileHandle.standardError", "fputs(", "fwrite(", "putchar(",
            "write(STDOUT_FILENO", "write(STDERR_FILENO", "write(1,", "write(2,", "to: &", "debugPrint(", "dump(",
        ])
        #expect(found.isEmpty, "write through Output instead: \(found)")
    }

    @Test func theLibrariesPrintNothing() throws {
        var files: [URL] = []
        for folder in ["ParcoursDomain", "ParcoursKit", "ParcoursTUI", "TerminalKit", "SafeText", "EventLog"] {
            files += try Self.swiftFiles(folder)
        }
        let found = try Self.bypasses(in: files, patterns: [
            "print(", "FileHandle.standardOutput", "FileHandle.standardError", "fputs(", "debugPrint(",
        ])
        #expect(found.isEmpty, "only the command line writes to the standard streams, through Output: \(found)")
    }
}
