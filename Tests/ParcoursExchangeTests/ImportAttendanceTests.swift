import Foundation
import ParcoursDomain
import Testing
@testable import ParcoursExchange
import ParcoursKit

@Suite("Importing attendance")
struct ImportAttendanceTests {
    func prepared() throws -> (ImportFixture, EntityID) {
        let f = try ImportFixture()
        try f.importHolders("Nom;Prénom;Commune\nMartin;Léa;Annonay\nRoux;Frédéric;Tournon\nNguyen;Thi;Privas\n")
        return (f, f.workspace.state.sessions.values.first!.id)
    }

    @Test("P/A/E and words, names in any case; re-import records nothing new")
    func marks() throws {
        let (f, session) = try prepared()
        let text = "Nom;Prénom;Présence;Remarque\nMARTIN;lea;P;\nRoux;Frédéric;absent;malade\nNguyen;Thi;Excusé;\n"
        let plan = try AttendanceImportPlan.make(table: try SpreadsheetTable.read(ImportFixture.bytes(text)),
                                                 state: f.workspace.state, session: session)
        #expect(try f.workspace.run(plan).created == 3)
        let state = f.workspace.state
        #expect(state.mark(session: session, holder: try #require(f.holder("Léa Martin")).id)?.mark == .present)
        #expect(state.mark(session: session, holder: try #require(f.holder("Frédéric Roux")).id)?.remark == "malade")
        #expect(state.mark(session: session, holder: try #require(f.holder("Thi Nguyen")).id)?.mark == .excuse)
        let again = try AttendanceImportPlan.make(table: try SpreadsheetTable.read(ImportFixture.bytes(text)),
                                                  state: f.workspace.state, session: session)
        #expect(again.changes.isEmpty)
    }

    @Test("Unknown names and marks refuse the whole sheet")
    func bad() throws {
        let (f, session) = try prepared()
        let text = "Nom;Présence\nLéa Martin;P\nInconnu;P\nRoux;peut-être\n"
        let problems = ImportFixture.problems {
            _ = try AttendanceImportPlan.make(table: try SpreadsheetTable.read(ImportFixture.bytes(text)),
                                              state: f.workspace.state, session: session)
        }
        #expect(problems.map(\.line) == [3, 4])
        #expect(problems.map(\.kind) == [.unknownHolder("Inconnu"), .unknownMark("peut-être")])
    }
}
