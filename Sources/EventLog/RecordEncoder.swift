import Foundation

/// Assembles a record line by hand around the payload bytes, so the bytes checksummed
/// are the bytes on disk. Format 2: keys sorted, then `"crc"` last, whose CRC-32C covers
/// every byte of the line before `,"crc":`. Format 1 (still read, written only by
/// tests): keys sorted, the CRC-32C of the payload bytes alone.
enum RecordEncoder {
    /// The record's line, ending with `\n`.
    static func line(for record: LogRecord) -> [UInt8] {
        var output = covered(record)
        if record.version >= 2 {
            output.append(contentsOf: Array(#","crc":"#.utf8))
            JSONText.appendInteger(record.crc, to: &output)
        }
        output.append(UInt8(ascii: "}"))
        output.append(0x0A)
        return output
    }

    /// Computes the record's checksum and returns its line, encoding it once (the writer).
    static func seal(_ record: inout LogRecord) -> [UInt8] {
        guard record.version >= 2 else {
            record.setChecksum(CRC32C.checksum(record.payload))
            return line(for: record)
        }
        var output = covered(record)
        record.setChecksum(CRC32C.checksum(output))
        output.append(contentsOf: Array(#","crc":"#.utf8))
        JSONText.appendInteger(record.crc, to: &output)
        output.append(UInt8(ascii: "}"))
        output.append(0x0A)
        return output
    }

    /// The checksum a record of its version carries.
    static func checksum(of record: LogRecord) -> UInt32 {
        record.version >= 2 ? CRC32C.checksum(covered(record)) : CRC32C.checksum(record.payload)
    }

    /// Format 2: the line up to (not including) `,"crc":`. Format 1: the line without
    /// its closing brace.
    private static func covered(_ record: LogRecord) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(record.payload.count + 220)
        func key(_ name: String) {
            output.append(UInt8(ascii: output.isEmpty ? "{" : ","))
            JSONText.appendString(name, to: &output)
            output.append(UInt8(ascii: ":"))
        }
        key("author"); JSONText.appendString(record.author, to: &output)
        key("clock"); JSONText.appendInteger(record.clock, to: &output)
        if record.version < 2 { key("crc"); JSONText.appendInteger(record.crc, to: &output) }
        key("id"); JSONText.appendString(record.id, to: &output)
        key("payload"); output.append(contentsOf: record.payload)
        key("seq"); JSONText.appendInteger(record.sequence, to: &output)
        key("time"); JSONText.appendString(LogTimestamp.format(record.time), to: &output)
        key("type"); JSONText.appendString(record.type, to: &output)
        key("v"); JSONText.appendInteger(record.version, to: &output)
        key("writer"); JSONText.appendString(record.writer, to: &output)
        return output
    }

    /// Why a payload cannot be written, or nil when it is one JSON value on one line.
    static func payloadProblem(_ payload: Data) -> String? {
        if payload.isEmpty { return "the payload is empty" }
        if payload.contains(0x0A) || payload.contains(0x0D) {
            return "the payload contains a line break (encode it without pretty-printing)"
        }
        return payload.withUnsafeBytes { raw -> String? in
            var scanner = JSONScanner(raw.bindMemory(to: UInt8.self))
            do throws(JSONScanner.Failure) {
                try scanner.scanSingleValue()
                return nil
            } catch {
                return "the payload is not one JSON value (\(error.message) at byte \(error.offset))"
            }
        }
    }
}
