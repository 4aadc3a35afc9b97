import Foundation
import Testing

@Suite("Spreadsheets and funder reports through the command line")
struct ImportExportTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/examples")

    func cohort(_ p: ParcoursBinary) throws {
        try p.ok("programme", "add", "Lance-toi !")
        try p.ok("programme", "workshop", "Lance-toi !", "Atelier 1", "--duration", "3h")
        try p.ok("cohort", "add", "Lance-toi !", "Promotion 2026", "--start", "2026-01-12", "--from-template")
    }

    @Test("The Windows-1252 sample imports in one command, again creates nothing, the bad one is refused whole")
    func importSamples() throws {
        let p = ParcoursBinary(language: "fr")
        defer { p.cleanUp() }
        try cohort(p)
        let good = Self.examples.appendingPathComponent("promotion-2026.csv").path
        let bad = Self.examples.appendingPathComponent("promotion-2026-erreurs.csv").path
        let before = p.fingerprint()
        let refused = try p.run(["import", "holders", bad, "--cohort", "Promotion 2026"])
        #expect(refused.status == 1)
        for line in ["ligne 3", "ligne 4", "ligne 5", "ligne 6"] { #expect(refused.stderr.contains(line)) }
        #expect(p.fingerprint() == before)
        let dry = try p.ok("import", "holders", good, "--cohort", "Promotion 2026", "--dry-run")
        #expect(dry.contains("Léa Martin") && dry.contains("Colonnes ignorées : Remarques internes"))
        #expect(p.fingerprint() == before)
        #expect(try p.ok("import", "holders", good, "--cohort", "Promotion 2026").contains("4 porteur(s) créé(s)"))
        #expect(try p.ok("import", "holders", good, "--cohort", "Promotion 2026").contains("4 ligne(s) déjà présente(s)"))
        let attendance = Self.examples.appendingPathComponent("atelier-1-presences.csv").path
        #expect(try p.ok("import", "attendance", attendance, "--session", "Atelier 1").contains("4 présence(s)"))
        let markdown = try p.ok("report", "--programme", "Lance-toi !", "--format", "markdown")
        #expect(markdown.hasPrefix("# Bilan du dispositif « Lance-toi ! »"))
        #expect(markdown.contains("| Léa Martin | Annonay | Tiers-lieu des Collines | 1 | 1 | 100 % | Idée | Idée | Actif | en cours |"))
    }

    @Test("JSON export loaded into an empty directory gives the same report; CSV export has one file per entity")
    func roundTrip() throws {
        let p = ParcoursBinary()
        defer { p.cleanUp() }
        try p.ok("demo")
        let out = p.data.appendingPathComponent("out").path
        try p.ok("export", "--format", "json", "--out", out)
        let copy = ParcoursBinary()
        defer { copy.cleanUp() }
        try copy.ok("import", "json", out + "/parcours-export.json")
        #expect(try copy.ok("report", "--format", "json") == (try p.ok("report", "--format", "json")))
        let again = try copy.run(["import", "json", out + "/parcours-export.json"])
        #expect(again.status == 1)
        try p.ok("export", "--format", "csv", "--out", out)
        for name in ["programmes", "cohorts", "holders", "projects", "participations", "sessions", "attendance", "notes"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/\(name).csv"))
            #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "\(name).csv has a BOM")
        }
    }
}
