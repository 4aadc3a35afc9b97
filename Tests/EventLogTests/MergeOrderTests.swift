import Foundation
import Testing
@testable import EventLog

@Suite struct MergeOrderTests {
    /// A history made by two or three writers that sometimes learn of each other's
    /// records (as through sync), with Lamport clocks as `append` assigns them.
    struct History {
        var records: [LogRecord] = []
        /// For each record id, the ids its writer had seen when it wrote it.
        var seenBefore: [String: Set<String>] = [:]
    }

    static func makeHistory(writers: [String], count: Int, using generator: inout SeededGenerator) -> History {
        var history = History()
        var known: [String: Set<String>] = Dictionary(uniqueKeysWithValues: writers.map { ($0, []) })
        var clockSeen: [String: Int] = Dictionary(uniqueKeysWithValues: writers.map { ($0, 0) })
        var sequence: [String: Int] = Dictionary(uniqueKeysWithValues: writers.map { ($0, 0) })
        for index in 0..<count {
            let writer = writers.randomElement(using: &generator)!
            if Bool.random(using: &generator) {
                // Sync: learn everything another writer has written so far.
                let source = writers.randomElement(using: &generator)!
                for record in history.records where record.writer == source {
                    known[writer]!.insert(record.id)
                    clockSeen[writer] = max(clockSeen[writer]!, record.clock)
                }
            }
            sequence[writer]! += 1
            let record = LogRecord(id: "e\(index)", writer: writer, sequence: sequence[writer]!, clock: clockSeen[writer]! + 1,
                                   time: fixedTime, author: "a", type: "t", payload: payload(["i": index]))
            history.seenBefore[record.id] = known[writer]!
            known[writer]!.insert(record.id)
            clockSeen[writer] = record.clock
            history.records.append(record)
        }
        return history
    }

    @Test func anySplitAndReadingOrderGivesTheSameSequence() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        var generator = SeededGenerator(seed: 2026)
        for iteration in 0..<150 {
            let writers = Array(["0000000000000aaa", "0000000000000bbb", "00000000000000cc"]
                .prefix(Int.random(in: 2...3, using: &generator))).shuffled(using: &generator)
            let history = Self.makeHistory(writers: writers, count: Int.random(in: 5...60, using: &generator), using: &generator)
            let reference = history.records.sorted()

            // Causality: everything a writer had seen comes before what it wrote.
            let position = Dictionary(uniqueKeysWithValues: reference.enumerated().map { ($1.id, $0) })
            for record in reference {
                #expect(history.seenBefore[record.id]!.allSatisfy { position[$0]! < position[record.id]! })
            }

            // Lines reach the files in a random interleaving (per-file order kept), with
            // reads in between; the union always sorts to the reference.
            let data = temp.child("case-\(iteration)")
            try FileManager.default.createDirectory(at: data.appendingPathComponent("events"), withIntermediateDirectories: true)
            var queues = Dictionary(grouping: history.records, by: \.writer)
            let reader = try EventLog(directory: data, readOnly: true)
            var union: [LogRecord] = []
            while !queues.isEmpty {
                let writer = queues.keys.sorted().randomElement(using: &generator)!
                let take = Int.random(in: 1...queues[writer]!.count, using: &generator)
                let chunk = queues[writer]!.prefix(take)
                queues[writer]!.removeFirst(take)
                if queues[writer]!.isEmpty { queues[writer] = nil }
                let file = data.appendingPathComponent("events/\(writer).jsonl")
                let bytes = fileBytes(file) + chunk.flatMap { RecordEncoder.line(for: $0) }
                try Data(bytes).write(to: file)
                if Bool.random(using: &generator) {
                    let batch = try reader.readNew()
                    #expect(batch == batch.sorted())
                    union += batch
                }
            }
            union += try reader.readNew()
            #expect(union.count == reference.count)
            #expect(union.sorted() == reference)
            #expect(reader.problems.isEmpty)

            // A fresh reader sees everything at once, in the same order.
            #expect(try EventLog(directory: data, readOnly: true).readNew() == reference)
            try FileManager.default.removeItem(at: data)
        }
    }

    @Test func appendsAfterCatchingUpOrderAfterWhatWasSeen() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let alice = try EventLog(directory: data)
        try appendOne(alice)
        try appendOne(alice)
        // A second machine's writer file arrives by sync with a higher clock.
        let remote = "00000000000000ff"
        let remoteLine = RecordEncoder.line(for: LogRecord(id: "r1", writer: remote, sequence: 1, clock: 40, time: fixedTime,
                                                           author: "b", type: "t", payload: payload([1])))
        try Data(remoteLine).write(to: data.appendingPathComponent("events/\(remote).jsonl"))
        let result = try alice.append(author: "a", time: fixedTime) { seen in
            #expect(seen.map(\.id) == ["r1"])
            return [pending("t", [2]), pending("t", [3])]
        }
        #expect(result.appended.map(\.clock) == [41, 42])
        #expect(result.appended.map(\.sequence) == [3, 4])
        let all = try EventLog(directory: data, readOnly: true).readNew()
        #expect(all.map(\.clock) == [1, 2, 40, 41, 42])
    }
}
