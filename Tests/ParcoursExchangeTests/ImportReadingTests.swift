import Foundation
import ParcoursDomain
import Testing
@testable import ParcoursExchange
import ParcoursKit

@Suite("Reading spreadsheet exports")
struct ImportReadingTests {
    @Test("UTF-8 with a BOM: the BOM is not part of the first header")
    func bom() throws {
        let table = try SpreadsheetTable.read(ImportFixture.bytes("Nom;Commune\nLéa;Annonay\n", bom: true))
        #expect(table.encoding == .utf8WithBOM)
        #expect(table.header == ["Nom", "Commune"])
        #expect(table.rows.map(\.fields) == [["Léa", "Annonay"]])
    }

    @Test("Windows-1252 is detected and converted (accents, œ, €, typographic apostrophe)")
    func windows1252() throws {
        let table = try SpreadsheetTable.read(ImportFixture.bytes("Nom;Projet\nBérard;Œuvre à 5 € l’heure\n", .windowsCP1252))
        #expect(table.encoding == .windows1252)
        #expect(table.rows.map(\.fields) == [["Bérard", "Œuvre à 5 € l’heure"]])
    }

    @Test("Plain UTF-8 without BOM stays UTF-8")
    func utf8() throws {
        let table = try SpreadsheetTable.read(ImportFixture.bytes("nom,commune\nÉlodie,Privas\n"))
        #expect(table.encoding == .utf8)
        #expect(table.rows[0].fields == ["Élodie", "Privas"])
    }

    @Test("Separator: ; and , are detected from the header line", arguments: [";", ","])
    func separators(separator: String) throws {
        let text = ["Nom", "Commune", "Projet"].joined(separator: separator) + "\n"
            + ["Martin", "Annonay", "Tiers-lieu"].joined(separator: separator) + "\n"
        let table = try SpreadsheetTable.read(ImportFixture.bytes(text))
        #expect(table.separator == Character(separator))
        #expect(table.rows[0].fields == ["Martin", "Annonay", "Tiers-lieu"])
    }

    @Test("Quoted fields keep separators and newlines; CRLF rows; line numbers count the quoted newlines")
    func quoted() throws {
        let text = "Nom;Projet;Commune\r\nMartin;\"Café; épicerie\r\net atelier\";Annonay\r\nRoux;Conserves;Tournon\r\n"
        let table = try SpreadsheetTable.read(ImportFixture.bytes(text))
        #expect(table.rows.count == 2)
        #expect(table.rows[0].fields[1].contains("Café; épicerie"))
        #expect(table.rows[0].fields[1].contains("et atelier"))
        #expect(table.rows[0].fields[2] == "Annonay")
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test("Dates: YYYY-MM-DD and DD/MM/YYYY; impossible days refused")
    func dates() {
        #expect(ImportDate.parse("2026-01-12") == Day(iso: "2026-01-12"))
        #expect(ImportDate.parse("12/01/2026") == Day(iso: "2026-01-12"))
        #expect(ImportDate.parse("3/2/2026") == Day(iso: "2026-02-03"))
        #expect(ImportDate.parse("31/02/2026") == nil)
        #expect(ImportDate.parse("2026-02-30") == nil)
        #expect(ImportDate.parse("demain") == nil)
    }
}
