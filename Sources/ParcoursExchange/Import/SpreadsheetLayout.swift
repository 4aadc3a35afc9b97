/// Where each record of a CSV text starts and how many fields it has, read the way
/// CSV.swift reads it (a field opening with a quote runs to the next lone quote), so the
/// import can name lines and catch what the library passes over in silence: a quote that
/// is never closed (the rest of the file becomes one value), text after a closing quote
/// (the library keeps the quote, drops the next character and reads on as quoted), and,
/// compared with the header, a record with a field too many or too few.
///
/// Lines are counted as an editor or a spreadsheet shows them: "\r\n", "\n" and "\r" each
/// end one, inside quoted values too.
struct SpreadsheetLayout: Hashable {
    /// A place in the file: a line (from 1) and a field of the record (from 0).
    struct Place: Hashable {
        var line: Int
        var field: Int
    }

    struct Record: Hashable {
        /// The line the record starts on.
        var line: Int
        var fieldCount: Int
        /// The first closing quote followed by something else than a separator or a line end.
        var textAfterQuote: Place?
    }

    var records: [Record] = []
    /// Where the quote that runs to the end of the file was opened.
    var unclosedQuote: Place?
    /// The place the text ends at: where a byte that follows it would be read.
    var end = Place(line: 1, field: 0)

    static func scan(_ text: String, separator: Unicode.Scalar) -> SpreadsheetLayout {
        var scanner = Scanner(scalars: text.unicodeScalars.makeIterator(), separator: separator)
        return scanner.run()
    }

    private enum Ending { case separator, lineEnd, endOfText }

    private struct Scanner {
        var scalars: String.UnicodeScalarView.Iterator
        let separator: Unicode.Scalar
        var back: Unicode.Scalar?
        var line = 1
        var layout = SpreadsheetLayout()

        mutating func next() -> Unicode.Scalar? {
            if let b = back {
                back = nil
                return b
            }
            return scalars.next()
        }

        /// A line end starting with `c` ("\r\n" counts once).
        mutating func endLine(_ c: Unicode.Scalar) {
            line += 1
            if c == "\r" {
                let following = next()
                if following != "\n" { back = following }
            }
        }

        mutating func run() -> SpreadsheetLayout {
            while var c = next() {
                var record = Record(line: line, fieldCount: 0)
                fields: while true {
                    let field = record.fieldCount
                    let opened = Place(line: line, field: field)
                    let ending = c == "\"" ? quoted(opened, &record) : unquoted(first: c)
                    record.fieldCount += 1
                    switch ending {
                    case .lineEnd:
                        layout.end = Place(line: line, field: 0)
                        break fields
                    case .endOfText:
                        layout.end = Place(line: line, field: field)
                        break fields
                    case .separator:
                        layout.end = Place(line: line, field: field + 1)
                        guard let following = next() else {
                            // A separator at the very end: one more, empty, field.
                            record.fieldCount += 1
                            break fields
                        }
                        c = following
                    }
                }
                layout.records.append(record)
                if layout.unclosedQuote != nil { break }
            }
            return layout
        }

        /// Reads an unquoted field starting with `first`.
        mutating func unquoted(first: Unicode.Scalar) -> Ending {
            var c: Unicode.Scalar? = first
            while let scalar = c {
                if scalar == "\r" || scalar == "\n" {
                    endLine(scalar)
                    return .lineEnd
                }
                if scalar == separator { return .separator }
                c = next()
            }
            return .endOfText
        }

        /// Reads a quoted field whose opening quote was read.
        mutating func quoted(_ opened: Place, _ record: inout Record) -> Ending {
            while let c = next() {
                if c == "\"" {
                    guard let following = next() else { return .endOfText }
                    if following == "\r" || following == "\n" {
                        endLine(following)
                        return .lineEnd
                    }
                    if following == separator { return .separator }
                    if following == "\"" { continue }
                    // CSV.swift keeps the quote, drops `following` and reads on as quoted.
                    if record.textAfterQuote == nil {
                        record.textAfterQuote = Place(line: line, field: opened.field)
                    }
                } else if c == "\r" || c == "\n" {
                    endLine(c)
                }
            }
            layout.unclosedQuote = opened
            return .endOfText
        }
    }
}
