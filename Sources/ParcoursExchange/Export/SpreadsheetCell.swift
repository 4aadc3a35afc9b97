import SafeText

/// A CSV cell made safe for a spreadsheet and a terminal. A cell a spreadsheet would read
/// as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(1)`, `-2+3`) is neutralised as OWASP
/// recommends: a leading `'` (the spreadsheet then shows text) and the cell quoted.
/// Leading tab and CR count as triggers too (spreadsheets trim them into a live formula),
/// and so do leading spaces before a trigger. Control characters are shown visibly
/// (`TerminalSafeText`, line feeds kept: a note keeps its lines).
///
/// Numbers Parcours computed itself (counts, minutes, capacity) are not user text: in the
/// columns a table declares computed, a plain number such as `-3` or `2,5` is written as
/// it is, so spreadsheets still read it as a number.
enum SpreadsheetCell {
    /// The characters that start a formula in Excel, LibreOffice and Google Sheets.
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The text to write and whether to quote it.
    static func make(_ value: String, computed: Bool = false) -> (text: String, quoted: Bool) {
        if computed, isPlainNumber(value) { return (value, false) }
        let safe = TerminalSafeText.make(value, lineBreaks: .kept)
        return startsFormula(value) ? ("'" + safe, true) : (safe, false)
    }

    /// Whether a spreadsheet could read `value` as a formula: its first character after
    /// any spaces is a trigger.
    static func startsFormula(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first(where: { $0 != " " }) else { return false }
        return triggers.contains(first)
    }

    /// `-12`, `3`, `2.5`, `2,5`: digits with an optional leading minus and one decimal part.
    static func isPlainNumber(_ value: String) -> Bool {
        var digits = Substring(value)
        if digits.first == "-" { digits = digits.dropFirst() }
        let parts = digits.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
