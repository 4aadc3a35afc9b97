import Foundation
import ParcoursDomain
import Testing
@testable import ParcoursDemo
@testable import ParcoursExchange
import ParcoursKit

/// A file's shape, its bytes and its cells are checked before anything is written; every
/// problem names its line (as an editor counts them) and its column.
@Suite("Strict spreadsheet import")
struct StrictImportTests {
    /// The problems reading `data` refuses it with (empty if it was read).
    static func readProblems(_ data: Data) -> [ImportProblem] {
        ImportFixture.problems { _ = try SpreadsheetTable.read(data) }
    }

    @Test("An unclosed quote refuses the whole file, naming the line and column it opens at; nothing written")
    func unclosedQuote() throws {
        let f = try ImportFixture()
        let before = try f.snapshot()
        let text = "Nom;Prénom;Commune\nMartin;Léa;Annonay\nRoux;\"Frédéric;Tournon\nNguyen;Thi;Privas\nBlanc;Zoé;Lyon\nPetit;Emma;Vals\n"
        let problems = ImportFixture.problems { try f.importHolders(text) }
        #expect(problems == [ImportProblem(line: 3, column: "Prénom", kind: .unclosedQuote)])
        #expect(problems.first?.text(.en) == "line 3, column “Prénom”: this quote is never closed (the rest of the file would be read as one value): close it or remove it")
        #expect(try f.snapshot() == before)
        #expect(f.workspace.state.holders.isEmpty)
    }

    @Test("Rows with a value too many or too few are named by line (quoted line breaks counted) and column")
    func fieldCounts() throws {
        let f = try ImportFixture()
        let before = try f.snapshot()
        let text = "nom,prenom,commune,remarques internes\r\nMartin,Léa,Annonay,\"suivi\r\nCAF\"\r\n"
            + "Roux, Frédéric, Tournon, Ardèche, 07\r\n\r\nNguyen,Thi\r\n,,\r\nBlanc,Zoé,Lyon,\r\n"
        let problems = ImportFixture.problems { try f.importHolders(text) }
        #expect(problems == [
            ImportProblem(line: 4, column: nil, columnNumber: 5, kind: .fieldCount(found: 5, expected: 4)),
            ImportProblem(line: 6, column: "commune", kind: .fieldCount(found: 2, expected: 4)),
        ])
        #expect(problems.map { $0.text(.fr) }.first?.hasPrefix("ligne 4, colonne 5 : 5 valeur(s) au lieu de 4") == true)
        #expect(try f.snapshot() == before)
    }

    @Test("Text after a closing quote is named, and listed with the other rows' problems at once")
    func textAfterQuote() throws {
        let f = try ImportFixture()
        let text = "Nom;Prénom;Étape\n\"Martin\" dit \"Léo\";Léo;idee\nRoux;Frédéric;rêverie\n"
        let problems = ImportFixture.problems { try f.importHolders(text) }
        #expect(problems == [
            ImportProblem(line: 2, column: "Nom", kind: .textAfterQuote),
            ImportProblem(line: 3, column: "Étape", kind: .unknownStage("rêverie")),
        ])
        // With no quote after it, the library would read the rest of the file as that value.
        let runaway = "Nom;Prénom\nRoux;Frédéric\n\"Martin\" dit Léo;Léo\nBlanc;Zoé\n"
        #expect(ImportFixture.problems { try f.importHolders(runaway) } == [ImportProblem(line: 3, column: "Nom", kind: .textAfterQuote)])
        #expect(f.workspace.state.holders.isEmpty)
    }

    @Test("Damaged UTF-8 (one bad byte among valid accents) is refused at its line and column, not read as Windows-1252")
    func damagedUTF8() {
        var data = Data("Nom;Prénom;Commune\nMartin;Léa;Annonay\nRoux;Fr".utf8)
        data.append(0xE9)   // a Windows-1252 "é" pasted into a UTF-8 file
        data.append(contentsOf: Array("d;Tournon\n".utf8))
        #expect(Self.readProblems(data) == [ImportProblem(line: 3, column: "Prénom", kind: .damagedUTF8(byte: 0xE9))])
        #expect(Self.readProblems(data).first?.text(.en).hasPrefix("line 3, column “Prénom”: invalid byte 0xE9") == true)
        // With a BOM, even a lone bad byte is damaged UTF-8.
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data("Nom\nRoux\n".utf8) + Data([0xFF, 0x0A])
        #expect(Self.readProblems(bom) == [ImportProblem(line: 3, column: "Nom", kind: .damagedUTF8(byte: 0xFF))])
    }

    @Test("Windows-1252 stays detected; a byte it leaves undefined, or a NUL, is refused at its line")
    func windows1252AndNeither() throws {
        let cp1252 = ImportFixture.bytes("Nom;Projet\nBérard;Œuvre à 5 € l’heure\nÉlodie;Café\n", .windowsCP1252)
        #expect(try SpreadsheetTable.read(cp1252).encoding == .windows1252)
        var undefined = ImportFixture.bytes("Nom;Projet\nBérard;Œuvre\nÉlodie;Caf", .windowsCP1252)
        undefined.append(contentsOf: [0x81, 0x0A])
        #expect(Self.readProblems(undefined) == [ImportProblem(line: 3, column: "Projet", kind: .unknownEncoding(byte: 0x81))])
        let utf16 = "Nom\nLéa\n".data(using: .utf16LittleEndian)!
        #expect(Self.readProblems(utf16) == [ImportProblem(line: 1, column: nil, columnNumber: 1, kind: .notText)])
    }

    @Test("Names and titles follow the domain's rules cell by cell: every problem at once, with line and column")
    func cells() throws {
        let f = try ImportFixture()   // today is 2026-01-20
        let before = try f.snapshot()
        let long = String(repeating: "a", count: 100_000)
        let text = """
            Nom;Prénom;Projet;Commune;Orienté par;Date d'entrée
            Martin;Léa;Tiers-lieu;Annonay;;12/01/2026
            \(long);Frédéric;Conserves;Tournon;;
            Nguyen;T\u{1B}[2Jhi;Café;Privas\u{202E};;
            Blanc;Zoé;"Ferme
            pédagogique";Lyon;Mission\u{7}locale;2999-01-01
            """
        let problems = ImportFixture.problems { try f.importHolders(text) }
        #expect(problems == [
            ImportProblem(line: 3, column: "Nom", kind: .refused(.textTooLong(.holderName, length: 100_000, limit: 200))),
            ImportProblem(line: 4, column: "Prénom", kind: .refused(.controlCharacter(.holderName, code: 0x1B, position: 2))),
            ImportProblem(line: 4, column: "Commune", kind: .refused(.controlCharacter(.commune, code: 0x202E, position: 7))),
            ImportProblem(line: 5, column: "Projet", kind: .refused(.controlCharacter(.projectTitle, code: 0x0A, position: 6))),
            ImportProblem(line: 5, column: "Orienté par", kind: .refused(.controlCharacter(.organisationName, code: 0x07, position: 8))),
            ImportProblem(line: 5, column: "Date d'entrée",
                          kind: .refused(.dateInFuture(.entryDate, date: Day(iso: "2999-01-01")!, today: Day(iso: "2026-01-20")!))),
        ])
        #expect(try f.snapshot() == before)
    }

    @Test("A first name and a name each within the limit but too long together are named at the name")
    func joinedName() throws {
        let f = try ImportFixture()
        let half = String(repeating: "a", count: 150)
        let problems = ImportFixture.problems { try f.importHolders("Nom;Prénom\n\(half);\(half)\n") }
        #expect(problems == [ImportProblem(line: 2, column: "Nom", kind: .refused(.textTooLong(.holderName, length: 301, limit: 200)))])
    }

    @Test("An attendance remark follows the remark rules: line breaks kept, control characters refused")
    func remarks() throws {
        let f = try ImportFixture()
        try f.importHolders("Nom;Prénom\nMartin;Léa\nRoux;Frédéric\n")
        let session = f.workspace.state.sessions.values.first!.id
        let text = "Nom;Prénom;Présence;Remarque\nMartin;Léa;A;\"malade\r\nprévenu\"\nRoux;Frédéric;P;en \u{1B}retard\n"
        let problems = ImportFixture.problems {
            _ = try AttendanceImportPlan.make(table: try SpreadsheetTable.read(ImportFixture.bytes(text)),
                                              state: f.workspace.state, session: session)
        }
        #expect(problems == [ImportProblem(line: 4, column: "Remarque", kind: .refused(.controlCharacter(.remark, code: 0x1B, position: 4)))])
        let good = "Nom;Prénom;Présence;Remarque\nMartin;Léa;A;\"malade\r\nprévenu\"\n"
        let plan = try AttendanceImportPlan.make(table: try SpreadsheetTable.read(ImportFixture.bytes(good)),
                                                 state: f.workspace.state, session: session)
        #expect(plan.rows.map(\.remark) == ["malade\nprévenu"])
    }

    @Test("Blank lines and Excel's empty trailing rows are still skipped, whatever their separators")
    func blankLines() throws {
        let table = try SpreadsheetTable.read(ImportFixture.bytes("Nom;Commune\n\nMartin;Annonay\n;\n;;;\n\n"))
        #expect(table.rows.map(\.line) == [3])
        #expect(table.problems.isEmpty)
    }

    @Test("The layout reads every record as CSV.swift does (reading checks it row by row), on random texts")
    func layoutMatchesTheLibrary() throws {
        var random = SeededGenerator(seed: 14)
        let pieces = ["a", "é", ";", ";", "\"", "\"", "\"\"", "\r", "\n", "\r\n", " ", ","]
        for _ in 0..<3_000 {
            let text = "Nom;Commune\n" + (0..<Int.random(in: 0...24, using: &random)).map { _ in random.pick(pieces) }.joined()
            do {
                _ = try SpreadsheetTable.read(Data(text.utf8))
            } catch ImportError.unreadable(let reason) {
                Issue.record("\(text.debugDescription): \(reason)")
            } catch {}
            // Records start on increasing lines, never past the last line.
            let starts = SpreadsheetLayout.scan(text, separator: ";").records.map(\.line)
            let scalars = Array(text.unicodeScalars)
            let lines = 1 + scalars.indices.filter {
                scalars[$0] == "\n" || (scalars[$0] == "\r" && ($0 + 1 == scalars.count || scalars[$0 + 1] != "\n"))
            }.count
            #expect(starts == starts.sorted() && Set(starts).count == starts.count && (starts.last ?? 1) <= lines, "\(text.debugDescription)")
        }
    }
}
