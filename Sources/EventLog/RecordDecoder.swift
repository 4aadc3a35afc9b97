import Foundation

/// Decodes one record line. The fast path reads the fields straight from their bytes;
/// any value it does not expect (escapes, fractions, another time layout) is decoded
/// by `JSONSerialization` instead, and the two must agree (tested).
struct RecordDecoder: Sendable {
    enum Path: Sendable { case fast, fallbackOnly }

    enum Outcome: Equatable {
        case record(LogRecord)
        case damaged(String)
    }

    var upgraders: [RecordUpgrader] = RecordUpgrader.builtIn
    var path: Path = .fast
    /// Types given their shared text instead of a new string per record.
    var knownTypes = KnownTypes([])

    /// Decodes `line` (without its newline) found in the file of `expectedWriter`.
    func decode(_ line: UnsafeBufferPointer<UInt8>, expectedWriter: String?) -> Outcome {
        var scanner = JSONScanner(line)
        let members: [(key: Range<Int>, value: Range<Int>)]
        do throws(JSONScanner.Failure) {
            members = try scanner.scanTopLevelObject()
        } catch {
            if line.isEmpty { return .damaged("empty line") }
            return .damaged("not valid JSON: \(error.message) at byte \(error.offset + 1)")
        }
        // Known keys are matched on their bytes: hashing ten strings per line would
        // cost more than the rest of the decoding. Their places are kept on the stack.
        return withUnsafeTemporaryAllocation(of: Range<Int>?.self, capacity: Key.count) { spans in
            spans.initialize(repeating: nil)
            return decode(line, members: members, spans: spans, expectedWriter: expectedWriter)
        }
    }

    private func decode(_ line: UnsafeBufferPointer<UInt8>, members: [(key: Range<Int>, value: Range<Int>)],
                        spans: UnsafeMutableBufferPointer<Range<Int>?>, expectedWriter: String?) -> Outcome {
        var lastKey: Key?
        for member in members {
            let key: Key?
            if let known = Key.match(UnsafeBufferPointer(rebasing: line[member.key])) {
                key = known
            } else if line[member.key].contains(UInt8(ascii: "\\")) {
                guard let name = decodeString(line, member.key) else { return .damaged("unreadable key") }
                key = Key(rawValue: name)
            } else {
                key = nil  // a field of a newer version: kept in the line, not needed here
            }
            lastKey = key
            guard let key else { continue }
            if spans[key.index] != nil { return .damaged("field \"\(key.rawValue)\" appears twice") }
            spans[key.index] = member.value
        }
        // Format 2 checksums every byte before `,"crc":`, which must close the record.
        var covered: Range<Int>?
        if lastKey == .crc, let crcKey = members.last?.key {
            var comma = crcKey.lowerBound - 1
            while comma > 0, Self.isWhitespace(line[comma]) { comma -= 1 }
            if comma > 0, line[comma] == UInt8(ascii: ",") { covered = 0..<comma }
        }
        let fields = Fields(line: line, spans: spans, decoder: self)
        let version: Int
        switch fields.integer(.v) {
        case .success(let value): version = value
        case .failure(let reason): return .damaged(reason.text)
        }
        if version < EventLogFormat.oldestRead {
            return upgrade(line, members: members, version: version, expectedWriter: expectedWriter)
        }
        return decodeCurrent(fields, version: version, covered: covered, expectedWriter: expectedWriter)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func upgrade(_ line: UnsafeBufferPointer<UInt8>, members: [(key: Range<Int>, value: Range<Int>)],
                         version: Int, expectedWriter: String?) -> Outcome {
        var raw = RecordFields(members.map { member in
            (decodeString(line, member.key) ?? "", Data(UnsafeBufferPointer(rebasing: line[member.value])))
        })
        var current = version
        while current < EventLogFormat.oldestRead {
            guard let upgrader = upgraders.first(where: { $0.fromVersion == current }) else {
                return .damaged("record format version \(current) cannot be upgraded (no upgrader)")
            }
            do {
                try upgrader.upgrade(&raw)
            } catch {
                return .damaged("upgrading record format version \(current) failed: \(error)")
            }
            current += 1
            raw.setVersion(current)
        }
        let upgraded = raw.line()
        return upgraded.withUnsafeBufferPointer { decode($0, expectedWriter: expectedWriter) }
    }

    private func decodeCurrent(_ fields: Fields, version: Int, covered: Range<Int>?, expectedWriter: String?) -> Outcome {
        let newer = version > EventLogFormat.version ? " (record format version \(version))" : ""
        do throws(FieldError) {
            var writer: String
            if path == .fast, let expectedWriter, fields.isPlainString(.writer, equalTo: expectedWriter) {
                // One shared string per file instead of one allocation per record.
                writer = expectedWriter
            } else {
                writer = try fields.string(.writer).get()
            }
            if let expectedWriter {
                if writer != expectedWriter {
                    return .damaged("writer \"\(writer)\" does not match the file name \"\(expectedWriter).jsonl\"")
                }
                // One shared string per file instead of one allocation per record.
                writer = expectedWriter
            }
            let id = try fields.string(.id).get()
            guard !id.isEmpty else { return .damaged("empty id\(newer)") }
            let sequence = try fields.integer(.seq).get()
            guard sequence >= 1 else { return .damaged("sequence \(sequence) is not positive\(newer)") }
            let clock = try fields.integer(.clock).get()
            guard clock >= 1 else { return .damaged("clock \(clock) is not positive\(newer)") }
            let time = try fields.time(.time).get()
            let author = try fields.string(.author).get()
            let type: String
            if path == .fast, let known = fields.plainText(.type).flatMap(knownTypes.match) {
                type = known
            } else {
                type = try fields.string(.type).get()
            }
            let storedCRC = try fields.integer(.crc).get()
            guard let crc = UInt32(exactly: storedCRC) else {
                return .damaged("crc \(storedCRC) is not a 32-bit checksum\(newer)")
            }
            guard let payloadSpan = fields.spans[Key.payload.index] else { throw FieldError("missing field \"payload\"") }
            let payloadBytes = UnsafeBufferPointer(rebasing: fields.line[payloadSpan])
            if version >= 2 {
                // The whole record is covered: a changed clock, sequence, id or author
                // fails here like a changed payload.
                guard let covered else {
                    return .damaged("field \"crc\" is not the last field (record format \(version) checksums every byte before it)")
                }
                let computed = CRC32C.checksum(UnsafeBufferPointer(rebasing: fields.line[covered]))
                guard computed == crc else {
                    return .damaged("checksum mismatch: stored \(crc), the record gives \(computed)")
                }
            } else {
                let computed = CRC32C.checksum(payloadBytes)
                guard computed == crc else {
                    return .damaged("checksum mismatch: stored \(crc), payload gives \(computed)")
                }
            }
            return .record(LogRecord(version: version, id: id, writer: writer, sequence: sequence,
                                     clock: clock, time: time, author: author, type: type,
                                     payload: Data(payloadBytes), crc: crc))
        } catch {
            return .damaged(error.text + newer)
        }
    }

    // MARK: Field values

    struct FieldError: Error {
        let text: String
        init(_ text: String) { self.text = text }
    }

    /// The record fields this version reads, in line order.
    enum Key: String, CaseIterable {
        case author, clock, crc, id, payload, seq, time, type, v, writer

        /// Made once: `allCases` builds a new array at every use.
        static let all = allCases
        static let count = all.count

        var index: Int {
            switch self {
            case .author: 0
            case .clock: 1
            case .crc: 2
            case .id: 3
            case .payload: 4
            case .seq: 5
            case .time: 6
            case .type: 7
            case .v: 8
            case .writer: 9
            }
        }

        private static let names: [[UInt8]] = allCases.map { Array("\"\($0.rawValue)\"".utf8) }

        /// The key whose quoted name is exactly `token`, if any.
        static func match(_ token: UnsafeBufferPointer<UInt8>) -> Key? {
            guard token.count >= 3, token.count <= 9 else { return nil }
            for key in all {
                let name = names[key.index]
                if name.count == token.count, name.withUnsafeBufferPointer({ $0.elementsEqual(token) }) { return key }
            }
            return nil
        }
    }

    struct Fields {
        let line: UnsafeBufferPointer<UInt8>
        let spans: UnsafeMutableBufferPointer<Range<Int>?>
        let decoder: RecordDecoder

        /// Whether the field is a string without escapes whose bytes are `text`'s (told
        /// without making a string of it).
        func isPlainString(_ key: Key, equalTo text: String) -> Bool {
            guard let bytes = plainText(key) else { return false }
            var text = text
            return text.withUTF8 { $0.elementsEqual(bytes) }
        }

        /// The bytes between the quotes of a string field without escapes (nil otherwise).
        func plainText(_ key: Key) -> UnsafeBufferPointer<UInt8>? {
            guard let range = spans[key.index], range.count >= 2, line[range.lowerBound] == UInt8(ascii: "\""),
                  line[range.upperBound - 1] == UInt8(ascii: "\"") else { return nil }
            let bytes = UnsafeBufferPointer(rebasing: line[(range.lowerBound + 1)..<(range.upperBound - 1)])
            return bytes.contains(UInt8(ascii: "\\")) ? nil : bytes
        }

        private func span(_ key: Key) -> Result<UnsafeBufferPointer<UInt8>, FieldError> {
            guard let range = spans[key.index] else { return .failure(FieldError("missing field \"\(key.rawValue)\"")) }
            return .success(UnsafeBufferPointer(rebasing: line[range]))
        }

        func integer(_ key: Key) -> Result<Int, FieldError> {
            span(key).flatMap { bytes in
                guard let first = bytes.first, first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) else {
                    return .failure(FieldError("field \"\(key.rawValue)\" is not an integer"))
                }
                if decoder.path == .fast, let value = RecordDecoder.fastInteger(bytes) { return .success(value) }
                guard let value = RecordDecoder.fallbackInteger(bytes) else {
                    return .failure(FieldError("field \"\(key.rawValue)\" is not an integer"))
                }
                return .success(value)
            }
        }

        func string(_ key: Key) -> Result<String, FieldError> {
            span(key).flatMap { bytes in
                guard bytes.first == UInt8(ascii: "\""), let value = decoder.decodeString(bytes) else {
                    return .failure(FieldError("field \"\(key.rawValue)\" is not a string"))
                }
                return .success(value)
            }
        }

        func time(_ key: Key) -> Result<Date, FieldError> {
            span(key).flatMap { bytes in
                let invalid = { FieldError("field \"\(key.rawValue)\" is not an ISO-8601 UTC time") }
                guard bytes.count >= 2, bytes.first == UInt8(ascii: "\"") else { return .failure(invalid()) }
                if decoder.path == .fast,
                   let date = LogTimestamp.parseFast(UnsafeBufferPointer(rebasing: bytes[1..<(bytes.count - 1)])) {
                    return .success(date)
                }
                guard let text = RecordDecoder.fallbackString(bytes),
                      let date = LogTimestamp.parseFallback(text) else { return .failure(invalid()) }
                return .success(date)
            }
        }
    }

    /// A JSON string token's value: straight from the bytes when it has no escape.
    func decodeString(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        decodeString(UnsafeBufferPointer(rebasing: line[range]))
    }

    func decodeString(_ token: UnsafeBufferPointer<UInt8>) -> String? {
        guard token.count >= 2 else { return nil }
        let inner = UnsafeBufferPointer(rebasing: token[1..<(token.count - 1)])
        if path == .fast, !inner.contains(UInt8(ascii: "\\")) {
            // The scanner has already checked the UTF-8.
            return String(decoding: inner, as: UTF8.self)
        }
        return Self.fallbackString(token)
    }

    static func fastInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        if bytes.count > 1, bytes[0] == UInt8(ascii: "0") { return nil }
        return value
    }

    static func fallbackFragment(_ bytes: UnsafeBufferPointer<UInt8>) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)
    }

    static func fallbackString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        fallbackFragment(bytes) as? String
    }

    static func fallbackInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // An integral number written with a fraction or exponent (3.0, 3e0) still counts.
        if !bytes.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
           let text = String(bytes: bytes, encoding: .utf8), let value = Int(text) {
            return value
        }
        guard let number = fallbackFragment(bytes) as? NSNumber else { return nil }
        let double = number.doubleValue
        guard double.rounded() == double, abs(double) < 9_007_199_254_740_992 else { return nil }
        return Int(double)
    }
}
