import Foundation
import Testing
@testable import EventLog

/// What a rewrite remembers of a file: its whole lines, checked later without keeping them.
@Suite struct FilePrefixTests {
    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("prefix-\(UUID().uuidString).jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aTornLastLineIsLeftOut() throws {
        let prefix = FilePrefix(wholeLinesOf: Array("{\"a\":1}\n{\"b\":2}\n{\"c\"".utf8))
        #expect(prefix.length == 16)
        let path = try Self.file("{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Completed since: the file still begins with what was remembered.
        #expect(prefix.holds(path))
        #expect(FilePrefix(wholeLinesOf: []).length == 0 && FilePrefix(wholeLinesOf: []).holds(path))
    }

    @Test func aFileThatNoLongerBeginsWithItIsToldApart() throws {
        let prefix = FilePrefix(wholeLinesOf: Array("{\"a\":1}\n{\"b\":2}\n".utf8))
        let changed = try Self.file("{\"a\":1}\n{\"b\":3}\n")
        let shorter = try Self.file("{\"a\":1}\n")
        defer { for p in [changed, shorter] { try? FileManager.default.removeItem(atPath: p) } }
        #expect(!prefix.holds(changed))
        #expect(!prefix.holds(shorter))
        #expect(!prefix.holds(changed + ".missing"))
    }
}
