import Foundation
import Testing
@testable import EventLog

/// The family of damage a careless user, a sync tool or an attacker can do to a data
/// directory shared by several writers. Whatever the damage: reading never crashes,
/// never hides a record whose checksum holds (it is folded, or set aside and reported
/// with its file and line), hands records over in merge order, `verify` reports the
/// damage, and appending afterwards works with ordinary clocks.
@Suite struct DamagePropertyTests {
    enum Damage: CaseIterable {
        case flip, truncate, cutAtLine, swap, duplicate, changeClock, forge
    }

    /// Three writers: this installation (appending through `EventLog`, so it knows what
    /// it acknowledged), another in format 2 and one in format 1, their clocks
    /// interleaved as real writers' are.
    static func makeSource(_ root: URL, generator: inout SeededGenerator) throws -> (own: String, files: [String]) {
        let own = try EventLog(directory: root)
        let others = ["2222222222222222", "3333333333333333"]
        var counts = [0, 0]
        for step in 0..<240 {
            let pick = Int.random(in: 0..<3, using: &generator)
            if pick == 0 {
                try own.append(author: "Léa", time: fixedTime) { _ in [pending("t.own", ["n": step])] }
            } else {
                let writer = others[pick - 1]
                counts[pick - 1] += 1
                // Another writer has seen what is here so far (it synced), as a Lamport clock says.
                let seen = try EventLog(directory: root, readOnly: true)
                _ = try seen.readNew()
                let record = LogRecord(version: pick == 2 ? 1 : 2, id: String(format: "%016x%016x", step, pick),
                                       writer: writer, sequence: counts[pick - 1], clock: seen.lastClock + 1,
                                       time: fixedTime, author: "Karim", type: "t.other", payload: payload(["n": step]))
                let handle = try FileHandle(forWritingTo: try file(root, writer, create: true))
                try handle.seekToEnd()
                try handle.write(contentsOf: Data(LogLine.encode(record)))
                try handle.close()
            }
        }
        return (own.writerID, [own.writerID] + others)
    }

    static func file(_ root: URL, _ writer: String, create: Bool = false) throws -> URL {
        let url = root.appendingPathComponent("events/\(writer).jsonl")
        if create, !FileManager.default.fileExists(atPath: url.path) {
            FileManager.default.createFile(atPath: url.path, contents: nil)
        }
        return url
    }

    static func damage(_ kind: Damage, _ bytes: inout [UInt8], writer: String, own: Bool, formatOne: Bool,
                       generator: inout SeededGenerator) {
        var lines = EventLogTests.lines(of: bytes)
        guard lines.count > 3 else { return }
        func join() { bytes = lines.flatMap { $0 + [0x0A] } }
        switch kind {
        case .flip:
            let at = Int.random(in: 0..<bytes.count, using: &generator)
            bytes[at] ^= UInt8.random(in: 1...255, using: &generator)
        case .truncate:
            bytes.removeSubrange(Int.random(in: 1..<bytes.count, using: &generator)...)
        case .cutAtLine:
            // Only this installation knows how many records it wrote: another writer's
            // file cut at a line is just a shorter file.
            guard own else { return }
            lines.removeSubrange(Int.random(in: 1..<lines.count, using: &generator)...)
            join()
        case .swap:
            let at = Int.random(in: 0..<(lines.count - 1), using: &generator)
            lines.swapAt(at, at + 1)
            join()
        case .duplicate:
            let at = Int.random(in: 0..<lines.count, using: &generator)
            lines.insert(lines[at], at: Int.random(in: (at + 1)...lines.count, using: &generator))
            join()
        case .changeClock:
            // Format 1 did not checksum the clock: a change that keeps the order is
            // invisible there, which is why format 2 covers every field.
            guard !formatOne else { return }
            let at = Int.random(in: 0..<lines.count, using: &generator)
            var text = String(decoding: lines[at], as: UTF8.self)
            if let range = text.range(of: #""clock":[0-9]+"#, options: .regularExpression) {
                text.replaceSubrange(range, with: #""clock":\#(Int.random(in: 1...100_000, using: &generator))"#)
                lines[at] = Array(text.utf8)
                join()
            }
        case .forge:
            // A record with a valid checksum, put between two others.
            let sequence = [Int.random(in: 1...lines.count, using: &generator), Int.max / 2][Int.random(in: 0...1, using: &generator)]
            let clock = [Int.random(in: 1...1_000, using: &generator), Int.max][Int.random(in: 0...1, using: &generator)]
            let forged = LogRecord(id: "forged\(UInt32.random(in: 0...UInt32.max, using: &generator))", writer: writer,
                                   sequence: sequence, clock: clock, time: fixedTime, author: "Mallory",
                                   type: "t.forged", payload: payload(["x": 1]))
            lines.insert(Array(LogLine.encode(forged).dropLast()), at: Int.random(in: 0..<(lines.count - 1), using: &generator))
            join()
        }
    }

    @Test func damageNeverHidesAValidRecordAndIsAlwaysReported() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        var generator = SeededGenerator(seed: 2026)
        let source = temp.child("source")
        let (own, writers) = try Self.makeSource(source, generator: &generator)
        #expect(try LogVerifier.verify(directory: source).isClean)
        var original: [String: [UInt8]] = [:]
        for writer in writers { original[writer] = fileBytes(try Self.file(source, writer)) }
        var seen = Set<Damage>()

        for iteration in 0..<120 {
            let data = temp.child("case-\(iteration)")
            try FileManager.default.copyItem(at: source, to: data)
            var damaged = original
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let kind = Damage.allCases.randomElement(using: &generator)!
                let writer = writers.randomElement(using: &generator)!
                Self.damage(kind, &damaged[writer]!, writer: writer, own: writer == own,
                            formatOne: writer == writers[2], generator: &generator)
                seen.insert(kind)
            }
            for writer in writers { try Data(damaged[writer]!).write(to: try Self.file(data, writer)) }

            // Every damage is reported (unless the damage happened to change nothing).
            let report = try LogVerifier.verify(directory: data)
            if damaged != original { #expect(!report.isClean, "case \(iteration): damage not reported") }

            // Read as an open does: merged, in order, nothing valid hidden.
            let reader = try EventLog(directory: data, readOnly: true)
            var folded: [LogRecord] = []
            try reader.readNewMerged(transform: { $0 }, handle: { folded.append($0) })
            #expect(zip(folded, folded.dropFirst()).allSatisfy { $0.key < $1.key }, "case \(iteration): not in merge order")
            let foldedPlaces = Set(folded.map { "\($0.writer):\($0.key.line)" })
            let setAside = Set(reader.problems.filter(\.setsRecordAside).map { "\($0.file):\($0.line ?? 0)" })
            for writer in writers {
                for (index, line) in lines(of: damaged[writer]!).enumerated() {
                    guard LogLine.record(line, writer: writer) != nil else { continue }
                    let place = "\(writer):\(index + 1)"
                    #expect(foldedPlaces.contains(place) || setAside.contains("events/\(writer).jsonl:\(index + 1)"),
                            "case \(iteration): the valid record at \(place) is hidden")
                }
            }
            // `verify` and an open agree on what loads.
            #expect(report.records == folded.count, "case \(iteration)")

            // Writing goes on, with a clock above every plausible one and never trapping.
            let writer = try EventLog(directory: data)
            let appended = try appendOne(writer)
            #expect(appended.clock <= EventLogFormat.maximumCounter)
            #expect(folded.filter { $0.clock <= EventLogFormat.maximumCounter }.allSatisfy { $0.clock < appended.clock })
            try FileManager.default.removeItem(at: data)
        }
        #expect(seen == Set(Damage.allCases), "every kind of damage was tried")
    }
}
