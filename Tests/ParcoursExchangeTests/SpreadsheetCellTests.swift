import Foundation
import Testing
@testable import ParcoursExchange
import ParcoursKit

/// CSV cells a spreadsheet could run are neutralised (OWASP); Parcours's own numbers are not.
@Suite struct SpreadsheetCellTests {
    @Test func formulaTriggersGetAQuoteAndQuotes() {
        for value in ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "\t=1+1", "\r=1+1", "  =1+1", "-abc", "-3"] {
            let cell = SpreadsheetCell.make(value)
            #expect(cell.text.hasPrefix("'") && cell.quoted, "\(value)")
        }
        #expect(SpreadsheetCell.make("\t=1+1").text == "'␉=1+1")
        #expect(SpreadsheetCell.make("a=1").text == "a=1")
        #expect(SpreadsheetCell.make("Léa Martin") == ("Léa Martin", false))
    }

    @Test func numbersParcoursComputedStayNumbers() {
        for value in ["-3", "12", "2,5", "-0.75"] {
            #expect(SpreadsheetCell.make(value, computed: true) == (value, false))
        }
        // A computed column holding something else is still neutralised.
        #expect(SpreadsheetCell.make("-abc", computed: true).text == "'-abc")
        #expect(SpreadsheetCell.make("-3-3", computed: true).text == "'-3-3")
    }

    @Test func controlsAreShownAndLinesKept() {
        #expect(SpreadsheetCell.make("a\r\nb\u{1b}[2J\u{9b}").text == "a\nb␛[2J<U+009B>")
    }

    @Test func theTableWritesNeutralisedCellsQuoted() throws {
        let table = CSVTable(name: "t", header: ["nom", "n"], rows: [["=HYPERLINK(\"x\")", "-3"], ["-3", "4"]], computed: [1])
        let text = String(decoding: try table.csv(), as: UTF8.self)
        #expect(text == "\u{FEFF}nom;n\r\n\"'=HYPERLINK(\"\"x\"\")\";-3\r\n\"'-3\";4\r\n")
    }
}
