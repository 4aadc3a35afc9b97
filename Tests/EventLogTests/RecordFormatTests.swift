import Foundation
import Testing
@testable import EventLog

@Suite struct RecordFormatTests {
    static let tricky: [String] = [
        "Élan — atelier « Premiers pas » à Besançon",
        "œuvre, cœur, l’idée",
        #"guillemets "doubles" et \backslash\ et \"mélange\""#,
        "ligne 1\nligne 2\r\nfin",
        "tab\there",
        "emoji 🌱👩🏽‍🌾 ok",
        "slashes a/b/c and https://exemple.fr/x?y=1",
        "control \u{01}\u{1F} bell \u{07}",
        "",
    ]

    @Test func roundTripThroughTheLog() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let log = try EventLog(directory: temp.child("data"))
        var written: [LogRecord] = []
        for (index, text) in Self.tricky.enumerated() {
            let object: [String: Any] = ["titre": text, "n": index, "liste": [text, ["k/ey": text]]]
            let author = "Zoé « \(text) »"
            let result = try log.append(author: author, time: fixedTime) { _ in
                [pending("séance.note/\(index)\t\"x\"", object), PendingRecord(type: "raw", payload: Data("[\(index),true,null,-1.5e3]".utf8))]
            }
            written += result.appended
            #expect(result.appended.map(\.author) == [author, author])
        }
        #expect(written.count == Self.tricky.count * 2)

        let bytes = fileBytes(logFile(log))
        #expect(lines(of: bytes).count == written.count)  // newlines in text never break a line
        #expect(!String(decoding: bytes, as: UTF8.self).contains(#"\/"#))
        #expect(String(decoding: bytes, as: UTF8.self).contains("Élan — atelier « Premiers pas »"))

        let reopened = try EventLog(directory: temp.child("data"), readOnly: true)
        let read = try reopened.readNew()
        #expect(read == written)
        #expect(reopened.problems.isEmpty)
        for (record, text) in zip(read.filter { $0.type != "raw" }, Self.tricky) {
            let object = try #require(try JSONSerialization.jsonObject(with: record.payload) as? [String: Any])
            #expect(object["titre"] as? String == text)
        }
    }

    @Test func lineIsSortedJSONWithEveryFieldAndTheChecksumLast() throws {
        let record = LogRecord(id: "e1", writer: "0123456789abcdef", sequence: 7, clock: 42, time: fixedTime,
                               author: "Zoé", type: "session.scheduled", payload: payload(["a/b": "é"]))
        let line = RecordEncoder.line(for: record)
        let text = String(decoding: line, as: UTF8.self)
        let covered = #"{"author":"Zoé","clock":42,"id":"e1","payload":{"a/b":"é"},"seq":7,"time":"2026-11-21T10:00:00.123Z","type":"session.scheduled","v":2,"writer":"0123456789abcdef""#
        // Format 2: the checksum covers every byte before `,"crc":`.
        #expect(record.crc == CRC32C.checksum(Array(covered.utf8)))
        #expect(text == covered + #","crc":\#(record.crc)}"# + "\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        #expect(object.keys.sorted() == ["author", "clock", "crc", "id", "payload", "seq", "time", "type", "v", "writer"])
        #expect(decodeLine(Array(line.dropLast())) == .record(record))
    }

    /// docs/log-format.md shows a line the code wrote: it must still be a valid record
    /// of the current format.
    @Test func theDocumentedExampleLineIsAValidRecord() throws {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/log-format.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(#"{"author":"#) })
        let record = try #require(LogLine.record(Array(line.utf8), writer: "9a816afbb98b4bf5"))
        #expect(record.version == EventLogFormat.version)
        #expect(String(decoding: LogLine.encode(record).dropLast(), as: UTF8.self) == String(line))
    }

    /// Format 2 checksums every field a reader uses: changing any of them is damage,
    /// not a silently different record (format 1 let a changed clock through).
    @Test func everyFieldIsCoveredByTheChecksum() {
        let record = LogRecord(id: "e1", writer: "w", sequence: 7, clock: 42, time: fixedTime,
                               author: "Zoé", type: "note.added", payload: payload(["x": 1]))
        let text = String(decoding: RecordEncoder.line(for: record).dropLast(), as: UTF8.self)
        for (from, to) in [(#""clock":42"#, #""clock":43"#), (#""seq":7"#, #""seq":8"#), (#""id":"e1""#, #""id":"e2""#),
                           (#""author":"Zoé""#, #""author":"Zoe""#), (#""type":"note.added""#, #""type":"note.addee""#),
                           (#"10:00:00.123Z"#, #"10:00:01.123Z"#), (#"{"x":1}"#, #"{"x":2}"#)] {
            let changed = text.replacingOccurrences(of: from, with: to)
            #expect(changed != text)
            guard case .damaged(let why) = decodeLine(Array(changed.utf8), writer: "w") else {
                Issue.record("\(from) → \(to) was accepted")
                continue
            }
            #expect(why.hasPrefix("checksum mismatch"), "\(from) → \(to): \(why)")
        }
        // The checksum must close the record: a field after it would not be covered.
        let moved = text.dropLast() + #","extra":1}"#
        guard case .damaged(let why) = decodeLine(Array(moved.utf8), writer: "w") else {
            Issue.record("a field after the checksum was accepted")
            return
        }
        #expect(why.contains("not the last field"))
    }

    /// Files written before format 2 keep loading, next to format-2 records.
    @Test func formatOneRecordsStillLoad() throws {
        let old = LogRecord(version: 1, id: "o1", writer: "w", sequence: 1, clock: 1, time: fixedTime,
                            author: "Zoé", type: "note.added", payload: payload(["x": 1]))
        #expect(old.crc == CRC32C.checksum(old.payload))
        let oldLine = String(decoding: RecordEncoder.line(for: old), as: UTF8.self)
        #expect(oldLine.contains(#""crc":\#(old.crc),"id":"o1""#) && oldLine.contains(#""v":1,"#))
        #expect(decodeLine(Array(oldLine.utf8.dropLast()), writer: "w") == .record(old))

        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        try FileManager.default.createDirectory(at: data.appendingPathComponent("events"), withIntermediateDirectories: true)
        let new = LogRecord(id: "n2", writer: "w", sequence: 2, clock: 2, time: fixedTime, author: "Léa",
                            type: "note.added", payload: payload(["x": 2]))
        try Data(RecordEncoder.line(for: old) + RecordEncoder.line(for: new)).write(to: data.appendingPathComponent("events/w.jsonl"))
        let log = try EventLog(directory: data, readOnly: true)
        #expect(try log.readNew() == [old, new])
        #expect(log.problems.isEmpty)
        let report = try LogVerifier.verify(directory: data)
        #expect(report.isClean && report.records == 2 && report.formatOneRecords == 1)
        #expect(report.description.contains("2 record(s) (1 in format 1"))
    }

    @Test func escapesControlCharacters() {
        var output: [UInt8] = []
        JSONText.appendString("a\"b\\c\nd\te\u{01}f/é", to: &output)
        #expect(String(decoding: output, as: UTF8.self) == #""a\"b\\c\nd\te\u0001f/é""#)
    }

    @Test func timestampsFormatAndParse() {
        #expect(LogTimestamp.format(fixedTime) == "2026-11-21T10:00:00.123Z")
        #expect(LogTimestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(LogTimestamp.format(Date(timeIntervalSince1970: -0.001)) == "1969-12-31T23:59:59.999Z")
        #expect(LogTimestamp.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let date = Date(timeIntervalSince1970: Double.random(in: -2e9...4e9, using: &generator))
            let text = LogTimestamp.format(date)
            let fast = Array(text.utf8).withUnsafeBufferPointer { LogTimestamp.parseFast($0) }
            #expect(fast == LogTimestamp.normalized(date))
            #expect(LogTimestamp.parseFallback(text) == fast)
        }
        #expect(Array("2026-02-30T10:00:00.000Z".utf8).withUnsafeBufferPointer { LogTimestamp.parseFast($0) } == nil)
    }

    /// The fast path and JSONSerialization must read every line the same way.
    @Test func fastPathAndFallbackAgree() {
        var generator = SeededGenerator(seed: 11)
        let alphabet = Array("aé œ’«»\"\\\n\t/🌱\u{01}Z9{}[]:,")
        func randomText() -> String {
            String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        for index in 0..<500 {
            let record = LogRecord(id: randomText() + "\(index)", writer: "w", sequence: index + 1,
                                   clock: Int.random(in: 1...1_000_000_000, using: &generator),
                                   time: LogTimestamp.normalized(Date(timeIntervalSince1970: Double.random(in: 0...3e9, using: &generator))),
                                   author: randomText(), type: randomText(),
                                   payload: payload(["t": randomText(), "l": [randomText(), 1, 2.5]]))
            let line = Array(RecordEncoder.line(for: record).dropLast())
            let fast = decodeLine(line, writer: "w")
            #expect(fast == .record(record))
            #expect(fast == decodeLine(line, writer: "w", path: .fallbackOnly))
        }
    }

    /// A type among the known ones gets their text; any other type, one known but for a
    /// byte, its length, or an escape, is read as usual: the record is the same either way.
    @Test func knownTypesGiveTheSameRecords() {
        let known = KnownTypes(["attendance.marked", "attendance.cleared", "note.added", "é.x"])
        #expect(Array("attendance.marked".utf8).withUnsafeBufferPointer { known.match($0) } == "attendance.marked")
        #expect(Array("é.x".utf8).withUnsafeBufferPointer { known.match($0) } == "é.x")
        for other in ["attendance.markeD", "attendance.marke", "attendance.markedd", "", "note.adde", #"e\u0301.x"#] {
            #expect(Array(other.utf8).withUnsafeBufferPointer { known.match($0) } == nil, "\(other)")
        }
        for (index, type) in ["attendance.marked", "note.added", "note.adde", "other.type", "é.x", ""].enumerated() {
            let record = LogRecord(id: "id\(index)", writer: "w", sequence: index + 1, clock: index + 1,
                                   time: LogTimestamp.normalized(Date(timeIntervalSince1970: 1_800_000_000)),
                                   author: "Léa", type: type, payload: payload(["n": index]))
            let line = Array(RecordEncoder.line(for: record).dropLast())
            let withKnown = decodeLine(line, writer: "w", knownTypes: known)
            #expect(withKnown == .record(record))
            #expect(withKnown == decodeLine(line, writer: "w"))
        }
        // Written with an escape, a known type is still that type.
        let escaped = Array(#"{"author":"a","clock":1,"crc":\#(CRC32C.checksum(Array("{}".utf8))),"id":"i","payload":{},"seq":1,"time":"2026-11-21T10:00:00.000Z","type":"note.added","v":1,"writer":"w"}"#.utf8)
        guard case .record(let record) = decodeLine(escaped, writer: "w", knownTypes: known) else {
            Issue.record("the escaped line was refused")
            return
        }
        #expect(record.type == "note.added")
    }

    @Test func unusualButValidLinesDecodeTheSameBothWays() throws {
        let body = #"{"ok":"\u00e9"}"#
        let crc = CRC32C.checksum(Array(body.utf8))
        let unusual = [
            #"{ "v" : 1, "writer":"w","seq":1e0,"clock":3.0,"crc":\#(crc),"id":"\u0069d","payload": \#(body) ,"time":"2026-11-21T10:00:00Z","type":"a\/b","author":"Zo\u00e9"}"#,
            #"{"author":"Zoé","clock":3,"crc":\#(crc),"id":"id","payload":\#(body),"seq":1,"time":"2026-11-21T11:00:00.000+01:00","type":"a/b","v":1,"writer":"w"}"#,
        ]
        for text in unusual {
            let fast = decodeLine(Array(text.utf8), writer: "w")
            guard case .record(let record) = fast else {
                Issue.record("not decoded: \(fast)")
                continue
            }
            #expect(fast == decodeLine(Array(text.utf8), writer: "w", path: .fallbackOnly))
            #expect(record.clock == 3 && record.sequence == 1 && record.id == "id" && record.author == "Zoé" && record.type == "a/b")
            #expect(record.time == Date(timeIntervalSince1970: 1_795_255_200))
            #expect(String(decoding: record.payload, as: UTF8.self) == body)  // the bytes as written
        }
    }

    @Test func damagedLinesSayWhy() {
        let good = LogRecord(id: "e", writer: "w", sequence: 1, clock: 1, time: fixedTime, author: "a", type: "t",
                             payload: payload(["x": 1]))
        let text = String(decoding: RecordEncoder.line(for: good).dropLast(), as: UTF8.self)
        func reason(_ line: String, writer: String = "w") -> String {
            if case .damaged(let why) = decodeLine(Array(line.utf8), writer: writer) { return why }
            return "decoded"
        }
        #expect(reason("") == "empty line")
        #expect(reason("not json").hasPrefix("not valid JSON"))
        #expect(reason(text.replacingOccurrences(of: #""author":"a","#, with: "")) == #"missing field "author""#)
        #expect(reason(text.replacingOccurrences(of: #"{"x":1}"#, with: #"{"x":2}"#)).hasPrefix("checksum mismatch"))
        #expect(reason(text.replacingOccurrences(of: #""seq":1"#, with: #""seq":"1""#)) == #"field "seq" is not an integer"#)
        #expect(reason(text, writer: "other").contains("does not match the file name"))
        #expect(reason(text.replacingOccurrences(of: #""id":"e""#, with: #""id":"e","id":"f""#)) == #"field "id" appears twice"#)
        #expect(reason(text + "x").hasPrefix("not valid JSON"))
        #expect(reason("{\"a\":\"\u{01}\"}").hasPrefix("not valid JSON"))
    }

    @Test func invalidPayloadsAreRefused() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let log = try EventLog(directory: temp.child("data"))
        for bad in ["", "{\n}", "{\"a\":1} ", "{\"a\":}", "{} {}", "\u{FF}"] {
            #expect(throws: EventLogError.self) {
                try log.append(author: "a", time: fixedTime) { _ in [PendingRecord(type: "t", payload: Data(bad.utf8))] }
            }
        }
        #expect(throws: EventLogError.invalidRecord(type: "", reason: "the type is empty")) {
            try log.append(author: "a", time: fixedTime) { _ in [PendingRecord(type: "", payload: Data("1".utf8))] }
        }
        #expect(try log.readNew().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: logFile(log).path))
    }

    @Test func olderVersionsAreUpgradedThroughTheHook() throws {
        // A synthetic version 0 that called the clock "lamport".
        let body = #"{"titre":"Atelier « idée »"}"#
        let crc = CRC32C.checksum(Array(body.utf8))
        let v0 = #"{"author":"Zoé","crc":\#(crc),"id":"old1","lamport":5,"payload":\#(body),"seq":1,"time":"2026-11-21T10:00:00.123Z","type":"t","v":0,"writer":"w"}"#
        let renameClock = RecordUpgrader(fromVersion: 0) { fields in fields.rename("lamport", to: "clock") }

        guard case .damaged(let why) = decodeLine(Array(v0.utf8), writer: "w") else {
            Issue.record("a v0 line must not load without its upgrader")
            return
        }
        #expect(why.contains("version 0"))

        let upgraded = decodeLine(Array(v0.utf8), writer: "w", upgraders: [renameClock])
        #expect(upgraded == .record(LogRecord(version: 1, id: "old1", writer: "w", sequence: 1, clock: 5, time: fixedTime,
                                              author: "Zoé", type: "t", payload: Data(body.utf8))))

        // And through a data directory.
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let data = temp.child("data")
        try FileManager.default.createDirectory(at: data.appendingPathComponent("events"), withIntermediateDirectories: true)
        try Data((v0 + "\n").utf8).write(to: data.appendingPathComponent("events/w.jsonl"))
        let log = try EventLog(directory: data, readOnly: true, upgraders: [renameClock])
        let records = try log.readNew()
        #expect(records.map(\.clock) == [5])
        #expect(log.problems.isEmpty)
    }

    @Test func newerVersionsAreKept() throws {
        let body = #"{"nouveau":true}"#
        let covered = #"{"author":"a","clock":9,"extra":{"x":[1]},"id":"n1","payload":\#(body),"seq":1,"time":"2026-11-21T10:00:00.123Z","type":"futur.type","v":3,"writer":"w""#
        let v3 = covered + #","crc":\#(CRC32C.checksum(Array(covered.utf8)))}"#
        guard case .record(let record) = decodeLine(Array(v3.utf8), writer: "w") else {
            Issue.record("a newer record must be kept")
            return
        }
        #expect(record.version == 3 && record.type == "futur.type" && record.clock == 9)
    }
}
