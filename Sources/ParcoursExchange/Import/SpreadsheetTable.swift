import CSV
import Foundation
import ParcoursKit

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
    /// The rows whose values can be read: as many as the header has columns.
    public var rows: [Row]
    public var separator: Character
    public var encoding: SpreadsheetEncoding
    /// Rows that cannot be read (a value too many or too few, text after a closing quote),
    /// left out of `rows`: an import lists them with the problems of the other rows.
    public var problems: [ImportProblem]

    public init(header: [String], rows: [Row], separator: Character, encoding: SpreadsheetEncoding,
                problems: [ImportProblem] = []) {
        self.header = header
        self.rows = rows
        self.separator = separator
        self.encoding = encoding
        self.problems = problems
    }

    /// Reads a CSV export: encoding and separator detected, quoting and CRLF handled by
    /// CSV.swift; where each row starts, and its shape, from `SpreadsheetLayout`. Rows whose
    /// fields are all empty (trailing lines Excel adds, blank lines) are skipped. Refused
    /// whole (`ImportError.rejected`, naming the line and column): bytes that are not text
    /// (`SpreadsheetEncoding.decode`), and a quote never closed.
    public static func read(_ data: Data) throws(ImportError) -> SpreadsheetTable {
        let text: String, encoding: SpreadsheetEncoding
        do {
            (text, encoding) = try SpreadsheetEncoding.decode(data)
        } catch {
            throw .rejected([problem(error, in: data)])
        }
        let separator = detectSeparator(text)
        let delimiter = separator.unicodeScalars.first!
        let layout = SpreadsheetLayout.scan(text, separator: delimiter)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        } catch {
            throw .unreadable(reason: String(describing: error))
        }
        var header: [String]?
        var rows: [Row] = []
        var problems: [ImportProblem] = []
        var index = 0
        while let fields = reader.next() {
            // The layout reads as the library does; a difference would misname every line after.
            guard layout.records.indices.contains(index), layout.records[index].fieldCount == fields.count else {
                throw .unreadable(reason: "row \(index + 1) read differently")
            }
            let record = layout.records[index]
            index += 1
            guard let columns = header else {
                header = fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                if let place = record.textAfterQuote {
                    problems.append(ImportProblem(line: place.line, field: place.field, header: [], kind: .textAfterQuote))
                }
                continue
            }
            if layout.unclosedQuote != nil, index == layout.records.count { break }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            if let place = record.textAfterQuote {
                problems.append(ImportProblem(line: place.line, field: place.field, header: columns, kind: .textAfterQuote))
            } else if fields.count != columns.count {
                // Named at the first value past the header, or the first column left empty.
                problems.append(ImportProblem(line: record.line, field: min(fields.count, columns.count), header: columns,
                                              kind: .fieldCount(found: fields.count, expected: columns.count)))
            } else {
                rows.append(Row(line: record.line, fields: fields))
            }
        }
        if let error = reader.error { throw .unreadable(reason: String(describing: error)) }
        if let open = layout.unclosedQuote {
            // A closing quote followed by text reads on as quoted: when nothing closes it
            // again, that text is the cause, not the opening quote.
            if let place = layout.records.last?.textAfterQuote {
                problems.append(ImportProblem(line: place.line, field: place.field, header: header ?? [], kind: .textAfterQuote))
            } else {
                problems.append(ImportProblem(line: open.line, field: open.field, header: header ?? [], kind: .unclosedQuote))
            }
            throw .rejected(problems)
        }
        guard let header, header.contains(where: { !$0.isEmpty }) else {
            throw .emptyFile
        }
        return SpreadsheetTable(header: header, rows: rows, separator: separator, encoding: encoding, problems: problems)
    }

    /// Where bytes that are not text are, as a spreadsheet user finds them: the text before
    /// them (UTF-8 up to the first bad byte, else Windows-1252 up to the first undefined
    /// one) is laid out to name the line and the column.
    static func problem(_ refusal: SpreadsheetEncoding.Refusal, in data: Data) -> ImportProblem {
        var bytes = [UInt8](data.prefix(refusal.offset))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let before = SpreadsheetEncoding.utf8Check(bytes).firstBad == nil
            ? String(decoding: bytes, as: UTF8.self) : SpreadsheetEncoding.windows1252(bytes)
        let separator = detectSeparator(before).unicodeScalars.first!
        let layout = SpreadsheetLayout.scan(before, separator: separator)
        var header: [String] = []
        if layout.end.line > 1, let reader = try? CSVReader(string: before, hasHeaderRow: false, delimiter: separator) {
            header = (reader.next() ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        let kind: ImportProblem.Kind
        switch refusal.kind {
        case .damagedUTF8: kind = .damagedUTF8(byte: refusal.byte)
        case .neither: kind = .unknownEncoding(byte: refusal.byte)
        case .notText: kind = .notText
        }
        return ImportProblem(line: layout.end.line, field: layout.end.field, header: header, kind: kind)
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
