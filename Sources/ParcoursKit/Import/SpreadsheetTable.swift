import CSV
import Foundation

/// A spreadsheet export read into a header and rows, each row knowing the line of the
/// file it starts on (quoted fields may span lines) so problems can name it.
public struct SpreadsheetTable: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        /// The line of the file the row starts on (the header is line 1).
        public var line: Int
        public var fields: [String]

        /// The trimmed field at `index`, or "" past the end of a short row.
        public subscript(index: Int?) -> String {
            guard let index, fields.indices.contains(index) else { return "" }
            return fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    public var header: [String]
    public var rows: [Row]
    public var separator: Character
    public var encoding: SpreadsheetEncoding

    public init(header: [String], rows: [Row], separator: Character, encoding: SpreadsheetEncoding) {
        self.header = header
        self.rows = rows
        self.separator = separator
        self.encoding = encoding
    }

    /// Reads a CSV export: encoding and separator detected, quoting and CRLF handled by
    /// CSV.swift. Rows whose fields are all empty (trailing lines Excel adds) are skipped.
    public static func read(_ data: Data) throws(ImportError) -> SpreadsheetTable {
        let (text, encoding) = SpreadsheetEncoding.decode(data)
        let separator = detectSeparator(text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false,
                                   delimiter: separator.unicodeScalars.first!)
        } catch {
            throw .unreadable(reason: String(describing: error))
        }
        var header: [String]?
        var rows: [Row] = []
        var line = 1
        while let fields = reader.next() {
            let start = line
            // Swift counts "\r\n" as one Character, so this counts lines as an editor does.
            line += 1 + fields.reduce(0) { $0 + $1.filter(\.isNewline).count }
            if header == nil {
                header = fields
                continue
            }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            rows.append(Row(line: start, fields: fields))
        }
        if let error = reader.error { throw .unreadable(reason: String(describing: error)) }
        guard let header, header.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw .emptyFile
        }
        return SpreadsheetTable(header: header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) },
                                rows: rows, separator: separator, encoding: encoding)
    }

    /// French exports use ";" (the comma is the decimal mark), others ",", some a tab.
    /// The header line decides: whichever of them occurs most outside quotes.
    static func detectSeparator(_ text: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle(); continue }
            if !quoted, character.isNewline { break }
            if !quoted, counts[character] != nil { counts[character]! += 1 }
        }
        let best = counts.max { ($0.value, $0.key == ";" ? 2 : $0.key == "," ? 1 : 0) < ($1.value, $1.key == ";" ? 2 : $1.key == "," ? 1 : 0) }!
        return best.value == 0 ? ";" : best.key
    }
}
