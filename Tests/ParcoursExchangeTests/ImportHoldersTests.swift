import Foundation
import ParcoursDomain
import Testing
@testable import ParcoursExchange
import ParcoursKit

@Suite("Importing holders")
struct ImportHoldersTests {
    @Test("French headers, first name joined, stage labels in any case and accents, enrolled in the cohort")
    func french() throws {
        let f = try ImportFixture()
        let outcome = try f.importHolders("""
            NOM;Prénom;Projet;Commune;Courriel;Étape;Orienté par;Date d'entrée;Couleur préférée
            Martin;Léa;Tiers-lieu;Annonay;lea@example.org;Idée;Mairie d'Annonay;12/01/2026;bleu
            Roux;Frédéric;Conserves;Tournon;;ETUDE;;2026-01-12;
            Nguyen;Thi;Café;Privas;;Émergence;;;
            """, encoding: .windowsCP1252)
        #expect(outcome.created == 3)
        let lea = try #require(f.holder("Léa Martin"))
        #expect(lea.email == "lea@example.org")
        #expect(lea.referredBy.flatMap { f.workspace.state.organisations[$0]?.name } == "Mairie d'Annonay")
        #expect(f.workspace.state.projects(holder: lea.id).map(\.stage) == [.idee])
        #expect(f.workspace.state.projects(holder: try #require(f.holder("Frédéric Roux")).id).map(\.stage) == [.etude])
        #expect(f.workspace.state.projects(holder: try #require(f.holder("Thi Nguyen")).id).map(\.stage) == [.emergence])
        #expect(f.workspace.state.participation(holder: lea.id, cohort: f.cohort)?.status == .inscrit)
        #expect(f.workspace.state.notes(about: .holder(lea.id)).map(\.text).first?.contains("2026-01-12") == true)
    }

    @Test("English headers, status column and --status default")
    func english() throws {
        let f = try ImportFixture()
        try f.importHolders("""
            First name,Name,Town,Stage,Status
            Léa,Martin,Annonay,Feasibility study,candidat
            Thi,Nguyen,Privas,idea,
            """, status: .enCours)
        let state = f.workspace.state
        #expect(state.participation(holder: try #require(f.holder("Léa Martin")).id, cohort: f.cohort)?.status == .candidat)
        #expect(state.participation(holder: try #require(f.holder("Thi Nguyen")).id, cohort: f.cohort)?.status == .enCours)
    }

    @Test("Unknown columns are named in the plan and otherwise ignored")
    func unknownColumns() throws {
        let f = try ImportFixture()
        let plan = try HolderImportPlan.make(table: try SpreadsheetTable.read(ImportFixture.bytes("Nom;Pointure;Commune\nMartin;38;Annonay\n")),
                                             state: f.workspace.state, cohort: f.cohort, today: f.workspace.today)
        #expect(plan.unknownColumns == ["Pointure"])
        #expect(plan.rows.map(\.draft.commune) == ["Annonay"])
    }

    @Test("Bad rows: nothing written (same bytes), every problem listed with line and column")
    func badRows() throws {
        let f = try ImportFixture()
        let before = try f.snapshot()
        let problems = ImportFixture.problems {
            try f.importHolders("""
                nom,prenom,etape,date d'entree
                Martin,Léa,idee,12/01/2026
                ,Sans,idee,
                Roux,Frédéric,Rêverie,
                Nguyen,Thi,etude,31/02/2026
                Martin,Léa,idee,
                """)
        }
        #expect(problems.map(\.line) == [3, 4, 5, 6])
        #expect(problems.map(\.column) == ["nom", "etape", "date d'entree", nil])
        #expect(problems.map(\.kind) == [.missingName, .unknownStage("Rêverie"), .impossibleDate("31/02/2026"),
                                         .duplicate(name: "Léa Martin", firstLine: 2)])
        #expect(try f.snapshot() == before)
        #expect(f.workspace.state.holders.isEmpty)
    }

    @Test("A domain refusal midway writes nothing: every row is decided on a scratch copy first")
    func refusalMidway() throws {
        let f = try ImportFixture()
        // Two organisations with the same name make "orienté par" ambiguous for the domain.
        try f.workspace.perform(.addOrganisation(name: "Mission locale", kind: .prescriber))
        try f.workspace.perform(.addOrganisation(name: "Mission Locale", kind: .funder))
        let before = try f.snapshot()
        let problems = ImportFixture.problems {
            try f.importHolders("""
                Nom;Commune;Orienté par
                Martin;Annonay;
                Roux;Tournon;mission locale
                """)
        }
        #expect(problems.map(\.line) == [3])
        #expect(try f.snapshot() == before)
        #expect(f.holder("Martin") == nil)
    }

    @Test("Importing the same file again creates no duplicate and counts the rows already there")
    func reimport() throws {
        let f = try ImportFixture()
        let file = """
            Nom;Prénom;Courriel;Commune
            Martin;Léa;lea@example.org;Annonay
            Roux;Frédéric;;Tournon
            """
        #expect(try f.importHolders(file).created == 2)
        let before = try f.snapshot()
        let again = try f.importHolders(file)
        #expect(again.created == 0)
        #expect(again.alreadyThere == 2)
        #expect(f.workspace.state.holders.count == 2)
        #expect(try f.snapshot() == before)
    }
}
