import Foundation
import Testing
@testable import EventLog

@Suite struct FuzzTests {
    /// Truncated and mutated logs never crash the reader, and no record other than one
    /// that was written is ever returned (format 2 checksums every field).
    @Test func mutatedLogsNeverYieldBadRecords() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let source = temp.child("source")
        let log = try EventLog(directory: source)
        for index in 0..<20 {
            try appendOne(log, "type.\(index)", ["texte": "« \(index) » l’œuvre \\ \"q\" 🌱", "liste": [index, ["x": nil as Any? ?? NSNull()]]])
        }
        let writer = log.writerID
        let original = fileBytes(logFile(log))
        let written = try EventLog(directory: source, readOnly: true).readNew()
        #expect(written.count == 20)
        var generator = SeededGenerator(seed: 42)
        var accepted = 0
        var rejected = 0
        for iteration in 0..<400 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                guard !bytes.isEmpty else { break }
                switch Int.random(in: 0..<5, using: &generator) {
                case 0:  // flip bits
                    let at = Int.random(in: 0..<bytes.count, using: &generator)
                    bytes[at] ^= UInt8.random(in: 1...255, using: &generator)
                case 1:  // insert random bytes
                    let at = Int.random(in: 0...bytes.count, using: &generator)
                    bytes.insert(contentsOf: (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                        UInt8.random(in: 0...255, using: &generator)
                    }, at: at)
                case 2:  // delete a range
                    let at = Int.random(in: 0..<bytes.count, using: &generator)
                    bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &generator)))
                case 3:  // truncate
                    bytes.removeSubrange(Int.random(in: 0..<bytes.count, using: &generator)...)
                default:  // insert JSON-looking noise
                    let noise = [#"{"#, #"}"#, #"""#, #"\"#, "\n", #","crc":1"#, #"[[[["#, "\u{FF}"].randomElement(using: &generator)!
                    bytes.insert(contentsOf: Array(noise.utf8), at: Int.random(in: 0...bytes.count, using: &generator))
                }
            }
            let data = temp.child("case-\(iteration)")
            try FileManager.default.createDirectory(at: data.appendingPathComponent("events"), withIntermediateDirectories: true)
            try Data(bytes).write(to: data.appendingPathComponent("events/\(writer).jsonl"))
            let reader = try EventLog(directory: data, readOnly: true)
            let records = try reader.readNew()
            for record in records {
                #expect(written.contains(record), "a record that was never written: \(record)")
                #expect(RecordEncoder.payloadProblem(record.payload) == nil)
            }
            let report = try LogVerifier.verify(directory: data)
            #expect(report.records == records.count)
            let damagedLines = reader.problems.filter { if case .damagedLine = $0 { true } else { false } }
            #expect(report.damaged == damagedLines)
            #expect(report.outOfPlace == reader.problems.filter { $0.kind == .outOfPlace || $0.setsRecordAside })
            accepted += records.count
            rejected += damagedLines.count
            try FileManager.default.removeItem(at: data)
        }
        // The mutations exercised both outcomes.
        #expect(accepted > 0 && rejected > 0)
    }
}
