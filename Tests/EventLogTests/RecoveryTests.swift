import Foundation
import Testing
@testable import EventLog

@Suite struct RecoveryTests {
    /// A crash while writing record 3 leaves any prefix of its line: at every length,
    /// the two whole records load, the tail is reported, the next append sets it aside
    /// byte for byte and continues cleanly.
    @Test func tornTailAtEveryByteOffset() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let template = temp.child("template")
        let writer: String
        let third: [UInt8]
        do {
            let log = try EventLog(directory: template)
            try appendOne(log, "t", ["n": "un « é »"])
            try appendOne(log, "t", ["n": "deux"])
            writer = log.writerID
            third = RecordEncoder.line(for: LogRecord(id: "lost", writer: writer, sequence: 3, clock: 3, time: fixedTime,
                                                      author: "camille", type: "t", payload: payload(["n": "trois 🌱"])))
        }
        let twoRecords = fileBytes(template.appendingPathComponent("events/\(writer).jsonl"))

        for kept in 1..<third.count {
            let data = temp.child("case-\(kept)")
            try FileManager.default.copyItem(at: template, to: data)
            // The copy is a different directory: give it the template's identity as if
            // it had always lived here, so the torn tail is its own.
            try adoptIdentity(of: data)
            let file = data.appendingPathComponent("events/\(writer).jsonl")
            let torn = Array(third.prefix(kept))
            try Data(twoRecords + torn).write(to: file)

            let log = try EventLog(directory: data)
            #expect(log.writerID == writer)
            let loaded = try log.readNew()
            #expect(loaded.map(\.sequence) == [1, 2])
            #expect(log.problems == [.tornTail(file: "events/\(writer).jsonl", offset: twoRecords.count, length: kept)])

            let appended = try appendOne(log, "t", ["n": "trois bis"])
            #expect(appended.sequence == 3)
            let problems = log.problems
            #expect(problems.count == 1)
            guard case .tornTailSetAside(_, let sideFile, let length)? = problems.first else {
                Issue.record("expected the torn tail to be set aside, got \(problems)")
                continue
            }
            #expect(length == kept)
            #expect(fileBytes(data.appendingPathComponent(sideFile)) == torn)

            let reread = try EventLog(directory: data, readOnly: true)
            #expect(try reread.readNew().map(\.sequence) == [1, 2, 3])
            #expect(reread.problems.isEmpty)
            #expect(try LogVerifier.verify(directory: data).isClean)
            try FileManager.default.removeItem(at: data)
        }
    }

    @Test func anotherWritersTornTailIsOnlyReported() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        let other = data.appendingPathComponent("events/0000000000000abc.jsonl")
        let line = RecordEncoder.line(for: LogRecord(id: "x", writer: "0000000000000abc", sequence: 1, clock: 1,
                                                     time: fixedTime, author: "b", type: "t", payload: payload([1])))
        let content = line + Array(line.prefix(40))
        try Data(content).write(to: other)
        #expect(try log.readNew().count == 1)
        try appendOne(log)
        #expect(fileBytes(other) == content)
        #expect(log.problems == [.tornTail(file: "events/0000000000000abc.jsonl", offset: line.count, length: 40)])
    }

    @Test func flippedByteInAMiddleRecordIsReportedWithItsLine() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        for index in 1...5 { try appendOne(log, "t", ["texte": "séance numéro \(index)"]) }
        let file = logFile(log)
        var bytes = fileBytes(file)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        let third = Array(bytes[lineStarts[2]..<lineStarts[3]])
        let target = lineStarts[2] + Array(String(decoding: third, as: UTF8.self).utf8).firstRange(of: Array("numéro".utf8))!.lowerBound
        bytes[target] ^= 0x01  // "n" becomes "o": still valid JSON, wrong checksum
        try Data(bytes).write(to: file)

        let reader = try EventLog(directory: data, readOnly: true)
        #expect(try reader.readNew().map(\.sequence) == [1, 2, 4, 5])
        let problems = reader.problems
        #expect(problems.count == 1)
        guard case .damagedLine(let name, let line, let reason)? = problems.first else {
            Issue.record("expected a damaged line, got \(problems)")
            return
        }
        #expect(name == "events/\(log.writerID).jsonl" && line == 3 && reason.hasPrefix("checksum mismatch"))

        let report = try LogVerifier.verify(directory: data)
        #expect(!report.isClean)
        #expect(report.records == 4)
        #expect(report.damaged == problems)
        #expect(report.description.contains("events/\(log.writerID).jsonl:3: damaged line: checksum mismatch"))

        // The writer goes on after the damaged line, without reusing its sequence.
        let writer = try EventLog(directory: data)
        #expect(try appendOne(writer).sequence == 6)
    }

    @Test func verifyReportsSequencesOutOfPlace() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        for _ in 1...3 { try appendOne(log) }
        #expect(try LogVerifier.verify(directory: data).outOfPlace.isEmpty)
        let file = logFile(log)
        let all = lines(of: fileBytes(file))
        try Data([all[0], all[2]].flatMap { $0 + [0x0A] }).write(to: file)  // line 2 lost
        let report = try LogVerifier.verify(directory: data)
        #expect(report.records == 2)
        #expect(report.outOfPlace == [.sequenceOutOfPlace(file: "events/\(log.writerID).jsonl", line: 2, sequence: 3)])
        #expect(!report.isClean)
        #expect(report.description.contains(":2: sequence 3 where 2 was expected"))
    }

    @Test func completeButUnparsableLastLineIsDamagedNotTorn() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        try appendOne(log)
        let file = logFile(log)
        try Data(fileBytes(file) + Array("{\"garbage\n".utf8)).write(to: file)
        let reader = try EventLog(directory: data, readOnly: true)
        #expect(try reader.readNew().count == 1)
        #expect(reader.problems.count == 1)
        if case .damagedLine(_, let line, _)? = reader.problems.first { #expect(line == 2) } else {
            Issue.record("expected a damaged line, got \(reader.problems)")
        }
        #expect(try LogVerifier.verify(directory: data).tornTails.isEmpty)
    }

    @Test func readingNeverModifiesFiles() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        let log = try EventLog(directory: data)
        try appendOne(log)
        let file = logFile(log)
        let torn = fileBytes(file) + Array("{\"torn".utf8)
        try Data(torn).write(to: file)
        let reader = try EventLog(directory: data)
        _ = try reader.readNew()
        _ = try LogVerifier.verify(directory: data)
        #expect(fileBytes(file) == torn)
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("setaside").path))
    }
}

/// Rewrites `local/writer.json` so it describes the directory where it now is.
func adoptIdentity(of data: URL) throws {
    let path = data.appendingPathComponent("local/writer.json").path
    var identity = try #require(WriterIdentity.load(from: path))
    let place = try WriterIdentity.currentPlace(of: data.path)
    identity.path = place.path
    identity.device = place.device
    identity.inode = place.inode
    try identity.save(to: path)
}
