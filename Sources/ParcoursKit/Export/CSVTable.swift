import CSV
import Foundation

/// One table of an export, written as CSV by CSV.swift (it quotes fields holding the
/// separator, quotes or newlines).
public struct CSVTable: Hashable, Sendable {
    public var name: String
    public var header: [String]
    public var rows: [[String]]

    public init(name: String, header: [String], rows: [[String]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    /// UTF-8 with a byte-order mark and CRLF line ends: French Excel then reads accents
    /// and `;` columns on a double-click, and LibreOffice does too.
    public func csv(separator: Character = ";", byteOrderMark: Bool = true) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, delimiter: String(separator), newline: .crlf)
        try writer.write(row: header)
        for row in rows { try writer.write(row: row) }
        stream.close()
        let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return (byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()) + body + Data("\r\n".utf8)
    }
}
