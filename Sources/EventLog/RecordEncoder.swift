import Foundation

/// Assembles a record line by hand around the payload bytes, keys sorted, so the bytes
/// checksummed are the bytes on disk.
enum RecordEncoder {
    /// The record's line, ending with `\n`.
    static func line(for record: LogRecord) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(record.payload.count + 200)
        func key(_ name: String) {
            output.append(UInt8(ascii: output.isEmpty ? "{" : ","))
            JSONText.appendString(name, to: &output)
            output.append(UInt8(ascii: ":"))
        }
        key("author"); JSONText.appendString(record.author, to: &output)
        key("clock"); JSONText.appendInteger(record.clock, to: &output)
        key("crc"); JSONText.appendInteger(record.crc, to: &output)
        key("id"); JSONText.appendString(record.id, to: &output)
        key("payload"); output.append(contentsOf: record.payload)
        key("seq"); JSONText.appendInteger(record.sequence, to: &output)
        key("time"); JSONText.appendString(LogTimestamp.format(record.time), to: &output)
        key("type"); JSONText.appendString(record.type, to: &output)
        key("v"); JSONText.appendInteger(record.version, to: &output)
        key("writer"); JSONText.appendString(record.writer, to: &output)
        output.append(UInt8(ascii: "}"))
        output.append(0x0A)
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
