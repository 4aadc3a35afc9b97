import Foundation
import Testing
@testable import EventLog

/// The merged read hands every writer's records over one by one in merge order, a chunk
/// of each file at a time; what it hands over must be what `readNew()` returns (all
/// records, sorted), whatever the chunk size, and each record must be readable again
/// from where it was found.
@Suite struct MergedReadTests {
    /// Three writers' files in one directory, with interleaved clocks and a damaged line.
    private func threeWriters(_ dir: TemporaryDirectory) throws -> URL {
        let shared = dir.child("shared")
        try FileManager.default.createDirectory(at: shared.appendingPathComponent("events"), withIntermediateDirectories: true)
        for (w, batch) in [7, 50, 333].enumerated() {
            let own = try EventLog(directory: dir.child("writer\(w)"))
            var n = 0
            while n < 1_500 + w * 400 {
                let size = min(batch, 1_500 + w * 400 - n)
                _ = try own.append(author: "w\(w)", time: fixedTime) { _ in
                    (0..<size).map { pending("t.n", ["n": n + $0, "text": "élan \(w)-\(n + $0)"]) }
                }
                n += size
            }
            try FileManager.default.copyItem(at: logFile(own), to: shared.appendingPathComponent("events/\(own.writerID).jsonl"))
        }
        // Damage one line in place in the first file (same length).
        let first = try FileManager.default.contentsOfDirectory(atPath: shared.path + "/events").sorted()[0]
        let path = shared.path + "/events/" + first
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "élan 0-1000\"", with: "ÉLAN 0-1000\"")
            .replacingOccurrences(of: "élan 1-1000\"", with: "ÉLAN 1-1000\"")
            .replacingOccurrences(of: "élan 2-1000\"", with: "ÉLAN 2-1000\"")
            .write(toFile: path, atomically: false, encoding: .utf8)
        return shared
    }

    @Test func handsOverWhatReadNewReturnsInMergeOrderWhateverTheChunkSize() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let shared = try threeWriters(dir)
        let expected = try EventLog(directory: shared, readOnly: true).readNew()
        #expect(expected.count == 1_500 + 1_900 + 2_300 - 1)
        #expect(expected == expected.sorted())
        for chunk in [32 << 20, 4_096, 300] {
            let reader = try EventLog(directory: shared, readOnly: true, upgraders: RecordUpgrader.builtIn,
                                      io: SystemFileIO(), chunkBytes: chunk)
            var batches = 0
            var handed: [LogRecord] = []
            var progress: [(Int, Int)] = []
            let counted = Counter()
            try reader.readNewMerged(progress: { progress.append(($0, $1)) }, transform: { records in
                counted.add()
                return records
            }, handle: { handed.append($0) })
            batches = counted.value
            #expect(handed.count == expected.count, "chunk \(chunk)")
            #expect(handed.map(\.id) == expected.map(\.id), "chunk \(chunk)")
            #expect(zip(handed, expected).allSatisfy { $0 == $1 && $0.offset == $1.offset && $0.length == $1.length },
                    "chunk \(chunk)")
            #expect(reader.problems.count == 1, "chunk \(chunk)")
            #expect(progress.last.map { $0.0 == $0.1 } == true, "chunk \(chunk)")
            if chunk < 4_096 { #expect(batches > 100, "chunk \(chunk): the files were read in many chunks") }
            // Nothing new: a second read hands nothing over.
            var again = 0
            try reader.readNewMerged(transform: { $0 }, handle: { _ in again += 1 })
            #expect(again == 0)
        }
    }

    /// A transform that fails on another thread fails the read, in the caller.
    @Test func aFailingTransformFailsTheRead() throws {
        struct Refused: Error {}
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let shared = try threeWriters(dir)
        let reader = try EventLog(directory: shared, readOnly: true, upgraders: RecordUpgrader.builtIn,
                                  io: SystemFileIO(), chunkBytes: 4_096)
        let counted = Counter()
        var handed = 0
        #expect(throws: Refused.self) {
            try reader.readNewMerged(transform: { records in
                counted.add()
                if counted.value > 12 { throw Refused() }
                return records
            }, handle: { _ in handed += 1 })
        }
        #expect(handed > 0)
        #expect(handed < 1_500 + 1_900 + 2_300 - 1)
    }

    @Test func eachRecordReadsBackFromWhereItWasFound() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let shared = try threeWriters(dir)
        let log = try EventLog(directory: shared, readOnly: true)
        let records = try log.readNew()
        let places = records.map { LogPlace(writer: $0.writer, offset: $0.offset, length: $0.length, sequence: $0.sequence) }
        #expect(try log.records(at: places) == records)
        #expect(try log.records(at: places.reversed()) == records.reversed())

        // Appended records carry their place too.
        let writer = try EventLog(directory: dir.child("writer0"))
        let appended = try writer.append(author: "w0", time: fixedTime) { _ in
            [pending("t.n", ["n": -1]), pending("t.n", ["n": -2, "text": "déjà"])]
        }.appended
        #expect(try writer.records(at: appended.map {
            LogPlace(writer: $0.writer, offset: $0.offset, length: $0.length, sequence: $0.sequence)
        }) == appended)
    }

    @Test func aRecordNoLongerWhereItWasIsAnError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let log = try EventLog(directory: dir.url)
        for n in 0..<5 { try appendOne(log, "t.n", ["n": n]) }
        let records = try EventLog(directory: dir.url, readOnly: true).readNew()
        let third = records[2]
        // The file replaced by another whose lines differ (a restored copy, a sync tool).
        let path = logFile(log).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        try ([lines[0], lines[2], lines[1], lines[3], lines[4]].joined(separator: "\n") + "\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let place = LogPlace(writer: third.writer, offset: third.offset, length: third.length, sequence: third.sequence)
        #expect(throws: EventLogError.self) { try log.records(at: [place]) }
    }

    @Test func rewindReadsEverythingAgain() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let log = try EventLog(directory: dir.url)
        for n in 0..<3 { try appendOne(log, "t.n", ["n": n]) }
        let reader = try EventLog(directory: dir.url, readOnly: true)
        #expect(try reader.readNew().count == 3)
        #expect(try reader.readNew().isEmpty)
        reader.rewind()
        var again: [Int] = []
        try reader.readNewMerged(transform: { $0 }, handle: { again.append($0.sequence) })
        #expect(again == [1, 2, 3])
    }
}

/// A count shared with the threads a merged read transforms chunks on.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
