import EventLog
import Foundation
import Testing

/// The record can be trusted: each way a log was found to hide records, through the
/// real binary. Damage is reported (one warning line, `verify` with file:line and a
/// non-zero exit), and no record whose checksum holds is hidden.
@Suite struct IntegrityTests {
    /// A data directory of `events` generated events (one writer: this installation).
    static func generated(_ events: Int = 2000) throws -> ParcoursBinary {
        let p = ParcoursBinary()
        try p.ok("generate", "--events", String(events))
        return p
    }

    static func ownLog(_ p: ParcoursBinary) throws -> URL {
        let data = try Data(contentsOf: p.data.appendingPathComponent("local/writer.json"))
        let writer = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["writer"] as? String ?? ""
        return p.data.appendingPathComponent("events/\(writer).jsonl")
    }

    static func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }

    static func write(_ lines: [String], _ url: URL) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    }

    /// Events folded, counted from the journal of an open that reads every log.
    static func eventCount(_ p: ParcoursBinary, cache: Bool = false) throws -> Int {
        let result = try p.run(["log", "--limit", "1000000", "--json"] + (cache ? [] : ["--no-cache"]))
        guard result.status == 0 else { throw Failure("log failed: \(result.stderr)") }
        let entries = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]
        return entries?.count ?? -1
    }

    static func holderCount(_ p: ParcoursBinary) throws -> Int {
        (try p.json("list", "holders", "--json", "--no-cache") as? [Any])?.count ?? -1
    }

    /// The same records in format 1 (checksum over the payload only), as written before.
    static func formatOne(_ lines: [String], writer: String) -> [String] {
        lines.map { line in
            guard let r = LogLine.record(Array(line.utf8), writer: writer) else { return line }
            let old = LogRecord(version: 1, id: r.id, writer: r.writer, sequence: r.sequence, clock: r.clock,
                                time: r.time, author: r.author, type: r.type, payload: r.payload)
            return String(decoding: LogLine.encode(old).dropLast(), as: UTF8.self)
        }
    }

    static func replaceClock(_ line: String, with clock: Int) -> String {
        guard let range = line.range(of: #""clock":[0-9]+"#, options: .regularExpression) else { return line }
        return line.replacingCharacters(in: range, with: #""clock":\#(clock)"#)
    }

    /// Finding 1, format 1: a clock raised in the middle of a file hid the records
    /// after it. Now they all load, and the change is reported.
    @Test func aClockChangedInAFormatOneLogHidesNothing() throws {
        let p = try Self.generated()
        defer { p.cleanUp() }
        let log = try Self.ownLog(p)
        let writer = log.deletingPathExtension().lastPathComponent
        var lines = Self.formatOne(try Self.lines(log), writer: writer)
        try Self.write(lines, log)
        let holders = try Self.holderCount(p)
        #expect(try Self.eventCount(p) == 2000)
        #expect(try p.run(["verify"]).status == 0)

        lines[999] = Self.replaceClock(lines[999], with: 1500)
        try Self.write(lines, log)
        #expect(try Self.eventCount(p) == 2000)
        #expect(try Self.holderCount(p) == holders)
        let verify = try p.run(["verify"])
        #expect(verify.status != 0)
        #expect(verify.stdout.contains("\(writer).jsonl:1001: clock 1001 is not above 1500"), "\(verify.stdout)")
        #expect(verify.stdout.contains("2000 record(s) (2000 in format 1"), "\(verify.stdout)")
        let listed = try p.run(["list", "holders"])
        #expect(listed.stderr.split(separator: "\n").count == 1, "one warning line: \(listed.stderr)")
        #expect(listed.stderr.contains("order anomaly (everything loaded)"), "\(listed.stderr)")
    }

    /// Format 2: the same change is damage to that one line; everything else loads.
    @Test func aClockChangedInAFormatTwoLogIsDamageToThatLineOnly() throws {
        let p = try Self.generated()
        defer { p.cleanUp() }
        let log = try Self.ownLog(p)
        var lines = try Self.lines(log)
        lines[999] = Self.replaceClock(lines[999], with: 1500)
        try Self.write(lines, log)
        #expect(try Self.eventCount(p) == 1999)
        let verify = try p.run(["verify"])
        #expect(verify.status != 0)
        #expect(verify.stdout.contains(".jsonl:1000: damaged line: checksum mismatch"), "\(verify.stdout)")
        // In French, every word of it.
        var french = p
        french.environment["PARCOURS_LANG"] = "fr"
        let vérif = try french.run(["verify"])
        #expect(vérif.status != 0)
        #expect(vérif.stdout.contains(".jsonl:1000 : ligne endommagée (somme de contrôle fausse"), "\(vérif.stdout)")
        #expect(!vérif.stdout.contains("record") && !vérif.stdout.contains("checksum"), "\(vérif.stdout)")
    }

    /// Finding 1: swapped and duplicated lines.
    @Test func swappedAndDuplicatedLinesHideNothingAndAreReported() throws {
        let p = try Self.generated()
        defer { p.cleanUp() }
        let log = try Self.ownLog(p)
        let original = try Self.lines(log)
        var swapped = original
        swapped.swapAt(999, 1000)
        try Self.write(swapped, log)
        #expect(try Self.eventCount(p) == 2000)
        var verify = try p.run(["verify"])
        #expect(verify.status != 0)
        #expect(verify.stdout.contains(".jsonl:1001: clock 1000 is not above 1001"), "\(verify.stdout)")
        let report = try p.run(["report"])
        #expect(report.status == 0)
        #expect(report.stderr.contains("record"), "the report warns: \(report.stderr)")

        var duplicated = original
        duplicated.insert(original[999], at: 1000)
        try Self.write(duplicated, log)
        #expect(try Self.eventCount(p) == 2000, "the duplicate is folded once")
        verify = try p.run(["verify"])
        #expect(verify.status != 0)
        #expect(verify.stdout.contains(".jsonl:1001: record 1000 a second time"), "\(verify.stdout)")
    }

    /// Finding 2: a log cut at a line boundary is missing what this installation
    /// acknowledged.
    @Test func aLogCutAtALineBoundaryIsReported() throws {
        let p = try Self.generated()
        defer { p.cleanUp() }
        let log = try Self.ownLog(p)
        try Self.write(Array(try Self.lines(log).prefix(1000)), log)
        let verify = try p.run(["verify"])
        #expect(verify.status != 0)
        #expect(verify.stdout.contains("wrote 2000 record(s) to it, the file now holds 1000 line(s)"), "\(verify.stdout)")
        let listed = try p.run(["list", "holders"])
        #expect(listed.stderr.contains("log missing records it had acknowledged"), "\(listed.stderr)")
    }

    /// Finding 3: a record with the largest clock (valid checksum) is set aside, and
    /// writing goes on with ordinary clocks.
    @Test func anImplausibleClockIsSetAsideAndDrivesNothing() throws {
        let p = try Self.generated(200)
        defer { p.cleanUp() }
        let log = try Self.ownLog(p)
        let writer = log.deletingPathExtension().lastPathComponent
        let forged = LogRecord(id: "f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0", writer: writer, sequence: 201, clock: Int.max,
                               time: Date(), author: "Mallory", type: "programme.added",
                               payload: Data(#"{"action":"a","id":"ffffffffff","name":"Forgé","operators":[]}"#.utf8))
        var lines = try Self.lines(log)
        lines.append(String(decoding: LogLine.encode(forged).dropLast(), as: UTF8.self))
        try Self.write(lines, log)
        let added = try p.run(["programme", "add", "Après"])
        #expect(added.status == 0, "\(added.stderr)")
        let last = try #require(try Self.lines(log).last.flatMap { LogLine.record(Array($0.utf8), writer: writer) })
        #expect(last.clock == 201 && last.sequence == 202)
        let verify = try p.run(["verify"])
        #expect(verify.status != 0)
        #expect(verify.stdout.contains(".jsonl:201: clock 9223372036854775807"), "\(verify.stdout)")
        #expect(try Self.eventCount(p) == 201)
    }

    /// Finding 6: a FIFO where the snapshot or a log should be never hangs a command.
    @Test func aFIFOInPlaceOfTheSnapshotOrALogHangsNothing() throws {
        let p = try Self.generated(200)
        defer { p.cleanUp() }
        let snapshot = p.data.appendingPathComponent("cache/state.snapshot")
        try FileManager.default.createDirectory(at: snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: snapshot)
        #expect(mkfifo(snapshot.path, 0o600) == 0)
        var listed = try p.run(["list", "holders"], timeLimit: 60)
        #expect(!listed.timedOut && listed.status == 0, "\(listed.stderr)")

        #expect(mkfifo(p.data.appendingPathComponent("events/0000000000000000.jsonl").path, 0o600) == 0)
        listed = try p.run(["list", "holders"], timeLimit: 60)
        #expect(!listed.timedOut && listed.status == 0, "\(listed.stderr)")
        #expect(listed.stderr.contains("unreadable file"), "\(listed.stderr)")
        let verify = try p.run(["verify"], timeLimit: 60)
        #expect(!verify.timedOut && verify.status != 0)
        #expect(verify.stdout.contains("0000000000000000.jsonl: cannot be read: not a regular file"), "\(verify.stdout)")
    }

    /// Finding 6: damage in the part of a log a snapshot holds is not hidden by it.
    @Test func theSnapshotDoesNotHideDamageInWhatItHolds() throws {
        let p = try Self.generated()
        defer { p.cleanUp() }
        #expect(try Self.eventCount(p, cache: true) == 2000)
        #expect(FileManager.default.fileExists(atPath: p.data.appendingPathComponent("cache/state.snapshot").path))
        let log = try Self.ownLog(p)
        var lines = try Self.lines(log)
        lines[500] = Self.replaceClock(lines[500], with: 7)
        try Self.write(lines, log)
        let listed = try p.run(["log", "--limit", "1000000", "--json"])
        let count = (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any])?.count
        #expect(count == 1999)
        #expect(listed.stderr.contains("damaged line"), "\(listed.stderr)")
        // And the warning stays on later opens, restored from the new snapshot.
        #expect(try p.run(["list", "holders"]).stderr.contains("damaged line"))
    }
}
