import Foundation
import Testing

/// The French command line says everything in French: statuses, roles and kinds are
/// labels, not ids; French role names are accepted.
@Suite("French labels through the command line")
struct FrenchLabelsTests {
    @Test func listsAndShowSpeakFrench() throws {
        let p = ParcoursBinary(language: "fr")
        defer { p.cleanUp() }
        try p.ok("programme", "add", "Lance-toi !", "--operator", "Ronalpia")
        try p.ok("cohort", "add", "Lance-toi", "Promo 1", "--start", "2026-01-05")
        try p.ok("cohort", "staff", "Promo 1", "Marie Dupuis", "--role", "témoin")
        try p.ok("cohort", "staff", "Promo 1", "Jean Roux", "--role", "coordinateur")
        try p.ok("session", "add", "Promo 1", "Atelier 1", "--date", "2026-01-10")
        let cohorts = try p.ok("list", "cohorts")
        #expect(cohorts.contains("prévue") && !cohorts.contains("planned"), "\(cohorts)")
        let sessions = try p.ok("list", "sessions")
        #expect(sessions.contains("prévue") && !sessions.contains("planned"), "\(sessions)")
        let organisations = try p.ok("list", "organisations")
        #expect(organisations.contains("opérateur"), "\(organisations)")
        let show = try p.ok("show", "Promo 1")
        #expect(show.contains("Équipe : Marie Dupuis (témoin), Jean Roux (coordinateur·rice)"), "\(show)")
        #expect(show.contains("Porteurs : 0"), "\(show)")
        let everyone = try p.run(["attend", "Atelier 1", "--all"])
        #expect(everyone.status == 1 && everyone.stderr.contains("Personne n'est attendu"), "\(everyone.stderr)")
        let twice = try p.run(["programme", "add", "lance-toi !"])
        #expect(twice.status == 1 && twice.stderr.contains("Il existe déjà un dispositif"), "\(twice.stderr)")
    }
}
