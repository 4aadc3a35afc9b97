import Foundation
import Testing
@testable import EventLog

/// Reading large files decodes lines on every core and in chunks; the result must be the
/// same records, problems and line numbers as reading line by line.
@Suite struct ParallelReadTests {
    private func writeLog(_ dir: TemporaryDirectory, count: Int) throws -> EventLog {
        let log = try EventLog(directory: dir.url)
        for start in stride(from: 0, to: count, by: 2_500) {
            _ = try log.append(author: "t", time: Date(timeIntervalSince1970: 1_700_000_000)) { _ in
                (start..<min(count, start + 2_500)).map { pending("t.n", ["n": $0, "text": "élan \($0)"]) }
            }
        }
        return log
    }

    @Test func manyLinesWithDamageReadInOrderWithTheRightLineNumbers() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let log = try writeLog(dir, count: 10_000)
        let path = dir.url.path + "/events/\(log.writerID).jsonl"
        // Damage line 7 001 in place (same length) and leave a torn tail.
        var text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[7_000] = lines[7_000].replacingOccurrences(of: "élan", with: "ÉLAN")
        text = lines.joined(separator: "\n") + "{\"torn"
        try text.write(toFile: path, atomically: false, encoding: .utf8)

        for chunk in [32 << 20, 4_096, 100] {
            let reader = try EventLog(directory: dir.url, readOnly: true, upgraders: RecordUpgrader.builtIn,
                                      io: SystemFileIO(), chunkBytes: chunk)
            var progress: [(Int, Int)] = []
            var records: [LogRecord] = []
            try reader.readNew(progress: { progress.append(($0, $1)) }) { records += $0 }
            #expect(records.count == 9_999, "chunk \(chunk)")
            #expect(records.map(\.sequence) == Array(1...7_000) + Array(7_002...10_000), "chunk \(chunk)")
            #expect(reader.problems.count == 2, "chunk \(chunk)")
            #expect(reader.problems.first?.description.contains(":7001:") == true, "chunk \(chunk)")
            #expect(progress.last.map { $0.0 == $0.1 - 6 } == true, "chunk \(chunk): \(String(describing: progress.last))")
        }
    }

    @Test func resumingFromPositionsReadsOnlyWhatCameAfter() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let log = try writeLog(dir, count: 5_000)
        let first = try EventLog(directory: dir.url, readOnly: true)
        #expect(try first.readNew().count == 5_000)
        let positions = first.positions
        let clock = first.lastClock
        _ = try log.append(author: "t", time: Date()) { _ in [pending("t.n", ["n": -1])] }

        let resumed = try EventLog(directory: dir.url, readOnly: true)
        resumed.resume(from: positions, clock: clock)
        let new = try resumed.readNew()
        #expect(new.map(\.sequence) == [5_001])
        #expect(new.first?.clock == clock + 1)
    }
}
