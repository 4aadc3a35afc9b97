import CSV
import Foundation
import ParcoursKit

/// One table of an export, written as CSV by CSV.swift (it quotes fields holding the
/// separator, quotes or newlines). Every cell is made safe (`SpreadsheetCell`): controls
/// shown, formulas neutralised.
public struct CSVTable: Hashable, Sendable {
    public var name: String
    public var header: [String]
    public var rows: [[String]]
    /// Columns (by index) holding numbers Parcours computed, never user text: a plain
    /// number there (even negative) is written as a number, not neutralised.
    public var computed: Set<Int>

    public init(name: String, header: [String], rows: [[String]], computed: Set<Int> = []) {
        self.name = name
        self.header = header
        self.rows = rows
        self.computed = computed
    }

    /// UTF-8 with a byte-order mark and CRLF line ends: French Excel then reads accents
    /// and `;` columns on a double-click, and LibreOffice does too.
    public func csv(separator: Character = ";", byteOrderMark: Bool = true) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, delimiter: String(separator), newline: .crlf)
        for (index, row) in ([header] + rows).enumerated() {
            let cells = row.enumerated().map { column, value in
                SpreadsheetCell.make(value, computed: index > 0 && computed.contains(column))
            }
            try writer.write(row: cells.map(\.text), quotedAtIndex: { cells[$0].quoted })
        }
        stream.close()
        let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return (byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()) + body + Data("\r\n".utf8)
    }
}
